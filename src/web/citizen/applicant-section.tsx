// The applicant's part of the online form, one column for a phone: who applies, how to reach them, the
// authorised representative if any, and the language of the emails.
import { Checkbox, Radio, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicantDraft, FormErrors, FormField } from './submission-form.ts';

/** The DOM id of a field's input, to put focus on the first one in error. */
export function fieldId(field: FormField): string {
  return `citizen-${field}`;
}

interface ApplicantSectionProps {
  value: ApplicantDraft;
  onChange: (patch: Partial<ApplicantDraft>) => void;
  errors: FormErrors;
  allowsOrganisation: boolean;
}

export function ApplicantSection({ value, onChange, errors, allowsOrganisation }: ApplicantSectionProps) {
  const { t } = useTranslation();
  const isOrganisation = value.type === 'organisation';
  const errorOf = (field: FormField) => {
    if (!errors[field]) return undefined;
    if (field === 'idNumber' && isOrganisation) return t('submit.errors.taxCode');
    return t(`submit.errors.${field}`);
  };
  const text = (field: FormField & keyof ApplicantDraft) => ({
    id: fieldId(field),
    value: String(value[field]),
    onChange: (event: ChangeEvent<HTMLInputElement>) => onChange({ [field]: event.currentTarget.value }),
    error: errorOf(field),
    size: 'md' as const,
    inputWrapperOrder: ['label', 'description', 'input', 'error'] as (
      | 'label'
      | 'description'
      | 'input'
      | 'error'
    )[],
  });

  return (
    <Stack gap="md">
      {allowsOrganisation && (
        <Stack gap={4}>
          <Text component="span" fw={500} id="citizen-type-label">
            {t('submit.applicantType')}
          </Text>
          <SegmentedControl
            aria-labelledby="citizen-type-label"
            fullWidth
            size="md"
            value={value.type}
            onChange={(type) => onChange({ type: type === 'organisation' ? 'organisation' : 'citizen' })}
            data={[
              { value: 'citizen', label: t('submit.person') },
              { value: 'organisation', label: t('submit.organisation') },
            ]}
          />
        </Stack>
      )}
      <TextInput
        label={isOrganisation ? t('submit.organisationName') : t('submit.name')}
        required
        autoComplete={isOrganisation ? 'organization' : 'name'}
        maxLength={200}
        {...text('name')}
      />
      <TextInput
        label={isOrganisation ? t('submit.taxCode') : t('submit.idNumber')}
        description={isOrganisation ? t('submit.taxCodeHint') : t('submit.idNumberHint')}
        required
        inputMode={isOrganisation ? 'text' : 'numeric'}
        autoComplete="off"
        maxLength={20}
        {...text('idNumber')}
      />
      <TextInput
        label={t('submit.phone')}
        description={t('submit.phoneHint')}
        required
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        maxLength={20}
        {...text('phone')}
      />
      <TextInput
        label={t('submit.email')}
        description={t('submit.emailHint')}
        type="email"
        inputMode="email"
        autoComplete="email"
        maxLength={200}
        {...text('email')}
      />
      <TextInput
        label={t('submit.address')}
        autoComplete="street-address"
        maxLength={500}
        {...text('address')}
      />
      <Checkbox
        size="md"
        label={t('submit.hasRepresentative')}
        description={t('submit.hasRepresentativeHint')}
        checked={value.hasRepresentative}
        onChange={(event) => onChange({ hasRepresentative: event.currentTarget.checked })}
      />
      {value.hasRepresentative && (
        <Stack gap="md" className="citizen-indent">
          <TextInput
            label={t('submit.representativeName')}
            required
            maxLength={200}
            autoComplete="off"
            {...text('representativeName')}
          />
          <TextInput
            label={t('submit.representativeIdNumber')}
            description={t('submit.idNumberHint')}
            required
            inputMode="numeric"
            maxLength={20}
            autoComplete="off"
            {...text('representativeIdNumber')}
          />
          <TextInput
            label={t('submit.representativePhone')}
            type="tel"
            inputMode="tel"
            maxLength={20}
            autoComplete="off"
            {...text('representativePhone')}
          />
        </Stack>
      )}
      <Radio.Group
        label={t('submit.language')}
        description={t('submit.languageHint')}
        value={value.language}
        onChange={(language) => onChange({ language: language === 'en' ? 'en' : 'vi' })}
      >
        <Stack gap="xs" mt={6}>
          <Radio size="md" value="vi" label={t('language.vi')} />
          <Radio size="md" value="en" label={t('language.en')} />
        </Stack>
      </Radio.Group>
    </Stack>
  );
}
