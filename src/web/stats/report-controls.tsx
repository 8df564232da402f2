// What the dashboard shows: the unit (among those the officer may see), the period (presets or
// custom dates, checked before asking), the grouping of the table, and the downloads.
import { Button, Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldedOptionsFilter } from '../catalog/option-filter.ts';
import { type Period, type PeriodKind, periodKinds, periodProblem } from './periods.ts';
import { type GroupBy, groupBys, type ReportQuery, reportPath } from './stats-api.ts';
import type { ScopedUnit } from './unit-scope.ts';

export function UnitPicker({
  units,
  value,
  onChange,
}: {
  units: readonly ScopedUnit[];
  value: number;
  onChange: (unitId: number) => void;
}) {
  const { t } = useTranslation();
  const depth = new Map(units.map((unit) => [String(unit.id), unit.depth]));
  return (
    <Select
      label={t('stats.unit')}
      placeholder={t('stats.unitPlaceholder')}
      nothingFoundMessage={t('stats.nothingFound')}
      searchable
      filter={foldedOptionsFilter}
      limit={300}
      allowDeselect={false}
      data={units.map((unit) => ({ value: String(unit.id), label: unit.name }))}
      value={String(value)}
      onChange={(id) => id && onChange(Number(id))}
      renderOption={({ option }) => (
        <span style={{ paddingInlineStart: `${(depth.get(option.value) ?? 0) * 0.875}rem` }}>
          {option.label}
        </span>
      )}
      w={{ base: '100%', sm: 300 }}
    />
  );
}

export function PeriodPicker({
  kind,
  period,
  today,
  onChange,
}: {
  kind: PeriodKind;
  period: Period;
  today: string;
  onChange: (kind: PeriodKind, custom?: Period) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Period>(period);
  const [tried, setTried] = useState(false);
  useEffect(() => setDraft(period), [period]);
  const problem = periodProblem(draft, today);
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Select
        label={t('stats.period.label')}
        allowDeselect={false}
        data={periodKinds.map((value) => ({ value, label: t(`stats.period.${value}`) }))}
        value={kind}
        onChange={(value) => {
          if (!value) return;
          setTried(false);
          if (value === 'custom') onChange('custom', period);
          else onChange(value as PeriodKind);
        }}
        w={{ base: '100%', sm: 200 }}
      />
      {kind === 'custom' && (
        <form
          className="period-custom"
          onSubmit={(event) => {
            event.preventDefault();
            setTried(true);
            if (!problem) onChange('custom', draft);
          }}
        >
          <TextInput
            type="date"
            label={t('stats.period.from')}
            value={draft.from}
            max={today}
            onChange={(event) => setDraft({ ...draft, from: event.currentTarget.value })}
            error={
              tried && problem && problem !== 'reversed' && problem !== 'tooLong'
                ? t(`stats.period.${problem}`)
                : undefined
            }
          />
          <TextInput
            type="date"
            label={t('stats.period.to')}
            value={draft.to}
            onChange={(event) => setDraft({ ...draft, to: event.currentTarget.value })}
            error={
              tried && (problem === 'reversed' || problem === 'tooLong')
                ? t(`stats.period.${problem}`)
                : undefined
            }
          />
          <Button type="submit" variant="light">
            {t('stats.period.apply')}
          </Button>
        </form>
      )}
    </Group>
  );
}

export function GroupBySwitch({ value, onChange }: { value: GroupBy; onChange: (groupBy: GroupBy) => void }) {
  const { t } = useTranslation();
  return (
    <div>
      <span className="control-label" id="group-by-label">
        {t('stats.groupBy.label')}
      </span>
      <SegmentedControl
        aria-labelledby="group-by-label"
        value={value}
        onChange={(next) => onChange(next as GroupBy)}
        data={groupBys.map((g) => ({ value: g, label: t(`stats.groupBy.${g}`) }))}
      />
    </div>
  );
}

export function ExportLinks({ query }: { query: ReportQuery }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="group" aria-label={t('stats.export.title')}>
      <Button component="a" href={reportPath(query, 'xlsx')} download variant="outline" size="sm">
        {t('stats.export.xlsx')}
      </Button>
      <Button component="a" href={reportPath(query, 'pdf')} download variant="outline" size="sm">
        {t('stats.export.pdf')}
      </Button>
      <Button component="a" href={reportPath(query, 'csv')} download variant="outline" size="sm">
        {t('stats.export.csv')}
      </Button>
    </Group>
  );
}
