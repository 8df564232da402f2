// Picks the officer who takes the dossier: the unit's staff list, or a number field when there is none.
import { Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { foldedOptionsFilter } from '../catalog/option-filter.ts';
import { useUnitStaff } from '../http/staff-queries.ts';

interface AssigneeFieldProps {
  unitId: number;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

export function AssigneeField({ unitId, value, onChange, error }: AssigneeFieldProps) {
  const { t } = useTranslation();
  const staff = useUnitStaff(unitId);

  // 404 while GET /api/staff was being written; any other refusal (another unit's staff) falls back too.
  if (staff.isError) {
    return (
      <TextInput
        label={t('actionForm.assigneeId')}
        description={t('actionForm.assigneeIdHint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        inputMode="numeric"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
        data-autofocus
      />
    );
  }

  const options = (staff.data?.items ?? []).map((member) => {
    const roles = member.roles
      .filter((grant) => grant.unitId === unitId)
      .map((grant) => t(`role.${grant.role}`))
      .join(', ');
    return { value: String(member.id), label: roles ? `${member.fullName} — ${roles}` : member.fullName };
  });

  return (
    <Select
      label={t('actionForm.assignee')}
      placeholder={t('actionForm.assigneePlaceholder')}
      data={options}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      searchable
      clearable
      filter={foldedOptionsFilter}
      nothingFoundMessage={staff.isPending ? t('app.loading') : t('catalog.nothingFound')}
      error={error}
      comboboxProps={{ withinPortal: true }}
      data-autofocus
    />
  );
}
