// Where to submit: the units that offer the procedure, as a native select (the phone's own picker), grouped
// by the unit above them when they belong to several.
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ProcedureDetail, useUnits } from '../http/catalog-queries.ts';

type OfferingUnit = ProcedureDetail['units'][number];

interface Group {
  group: string;
  items: { value: string; label: string }[];
}

function groupByParent(
  units: readonly OfferingUnit[],
  parentName: (id: number) => string | undefined,
): Group[] {
  const groups = new Map<string, Group>();
  for (const unit of units) {
    const group = parentName(unit.id) ?? '';
    const entry = groups.get(group) ?? { group, items: [] };
    entry.items.push({ value: String(unit.id), label: unit.name });
    groups.set(group, entry);
  }
  return [...groups.values()];
}

export function UnitChoice({
  id,
  units,
  value,
  onChange,
  error,
}: {
  id: string;
  units: readonly OfferingUnit[];
  value: string;
  onChange: (unitId: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const tree = useUnits();
  const byId = new Map((tree.data?.items ?? []).map((unit) => [unit.id, unit]));
  const parentName = (unitId: number) => {
    const parentId = byId.get(unitId)?.parentId;
    return parentId ? byId.get(parentId)?.name : undefined;
  };
  const groups = groupByParent(units, parentName);
  const placeholder = { value: '', label: t('submit.unitPlaceholder'), disabled: true };
  const data =
    groups.length > 1
      ? [placeholder, ...groups]
      : [placeholder, ...units.map((u) => ({ value: String(u.id), label: u.name }))];

  return (
    <NativeSelect
      id={id}
      label={t('submit.unit')}
      description={t('submit.unitHint')}
      inputWrapperOrder={['label', 'description', 'input', 'error']}
      required
      size="md"
      data={data}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
