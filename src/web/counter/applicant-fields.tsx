// The applicant's fields at the counter, in the order they are read off the ID card; errors per field.
import { Checkbox, Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { ChangeEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicantDraft, FieldErrors, FieldKey } from './counter-form.ts';

interface ApplicantFieldsProps {
  value: ApplicantDraft;
  onChange: (patch: Partial<ApplicantDraft>) => void;
  errors: FieldErrors;
  nameRef: Ref<HTMLInputElement>;
}

export function ApplicantFields({ value, onChange, errors, nameRef }: ApplicantFieldsProps) {
  const { t } = useTranslation();
  const isOrganisation = value.type === 'organisation';
  const errorOf = (field: FieldKey) => (errors[field] ? t(`counter.errors.${field}`) : undefined);
  const text = (field: keyof ApplicantDraft) => ({
    value: String(value[field]),
    onChange: (event: ChangeEvent<HTMLInputElement>) => onChange({ [field]: event.currentTarget.value }),
  });

  return (
    <Stack gap={8}>
      <Group gap="sm" wrap="nowrap">
        <Text component="span" size="sm" fw={500} id="applicant-type-label">
          {t('counter.applicantType')}
        </Text>
        <SegmentedControl
          aria-labelledby="applicant-type-label"
          size="sm"
          style={{ flex: 1 }}
          value={value.type}
          onChange={(type) => onChange({ type: type === 'organisation' ? 'organisation' : 'citizen' })}
          data={[
            { value: 'citizen', label: t('counter.citizen') },
            { value: 'organisation', label: t('counter.organisation') },
          ]}
        />
      </Group>
      <TextInput
        ref={nameRef}
        label={isOrganisation ? t('counter.organisationName') : t('counter.name')}
        required
        autoComplete="off"
        maxLength={200}
        {...text('name')}
        error={errorOf('name')}
      />
      <SimpleGrid cols={2} spacing="sm">
        <TextInput
          label={isOrganisation ? t('counter.taxCode') : t('counter.idNumber')}
          description={isOrganisation ? undefined : t('counter.idNumberHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          required
          inputMode={isOrganisation ? 'text' : 'numeric'}
          autoComplete="off"
          maxLength={20}
          {...text('idNumber')}
          error={errorOf('idNumber')}
        />
        <TextInput
          label={t('counter.phone')}
          description={t('counter.phoneHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          required
          type="tel"
          inputMode="tel"
          autoComplete="off"
          maxLength={20}
          {...text('phone')}
          error={errorOf('phone')}
        />
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="sm">
        <TextInput
          label={t('counter.email')}
          type="email"
          autoComplete="off"
          maxLength={200}
          {...text('email')}
          error={errorOf('email')}
        />
        <TextInput
          label={t('counter.address')}
          autoComplete="off"
          maxLength={500}
          {...text('address')}
          error={errorOf('address')}
        />
      </SimpleGrid>
      <Checkbox
        label={t('counter.hasRepresentative')}
        checked={value.hasRepresentative}
        onChange={(event) => onChange({ hasRepresentative: event.currentTarget.checked })}
      />
      {value.hasRepresentative && (
        <SimpleGrid cols={3} spacing="sm">
          <TextInput
            label={t('counter.representativeName')}
            required
            maxLength={200}
            {...text('representativeName')}
            error={errorOf('representativeName')}
          />
          <TextInput
            label={t('counter.representativeIdNumber')}
            required
            inputMode="numeric"
            maxLength={20}
            {...text('representativeIdNumber')}
            error={errorOf('representativeIdNumber')}
          />
          <TextInput
            label={t('counter.representativePhone')}
            type="tel"
            maxLength={20}
            {...text('representativePhone')}
            error={errorOf('representativePhone')}
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}
