// The leaders' statistics dashboard (/can-bo/thong-ke): unit and period, today's live figures, key
// figures, the periodic report (Biểu 06) with drill-down to sub-units, fields, procedures and the
// dossiers behind any number, charts over time and by sub-unit, and the Decision 766 indicators.
import { Alert, Anchor, Breadcrumbs, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFields, useUnits } from '../http/catalog-queries.ts';
import { NotAllowed } from '../staff/not-allowed.tsx';
import { useStaffUser } from '../staff/staff-context.tsx';
import {
  type DashboardParams,
  dashboardSearch,
  periodOf,
  useDashboardParams,
} from '../stats/dashboard-params.ts';
import { IndicatorList } from '../stats/indicator-list.tsx';
import { KpiTiles } from '../stats/kpi-tiles.tsx';
import { overdueNowParams, useDossierCount } from '../stats/live-counts.ts';
import { bucketsOf, formatIsoDate, periodProblem, todayIn } from '../stats/periods.ts';
import { RateBars } from '../stats/rate-bars.tsx';
import { PeriodPicker, UnitPicker } from '../stats/report-controls.tsx';
import { ReportSection } from '../stats/report-section.tsx';
import { type ReportQuery, useIndicators, useReport } from '../stats/stats-api.ts';
import { TodayView } from '../stats/today-view.tsx';
import { TrendChart } from '../stats/trend-chart.tsx';
import { canSeeStats, type ScopedUnit, unitTrail, visibleUnits } from '../stats/unit-scope.ts';
import { ErrorState, LoadingState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import '../stats/stats.css';

function Trail({
  unitId,
  scoped,
  params,
}: {
  unitId: number;
  scoped: ScopedUnit[];
  params: DashboardParams;
}) {
  const { t } = useTranslation();
  const fields = useFields();
  const trail = unitTrail(unitId, scoped);
  const field = params.fieldId === null ? undefined : fields.data?.items.find((f) => f.id === params.fieldId);
  const link = (patch: Partial<DashboardParams>) =>
    dashboardSearch({ ...params, drill: null, drillPage: 1, fieldId: null, ...patch });
  const crumbs = trail.map((unit, index) => {
    const isLast = index === trail.length - 1 && !field;
    return isLast ? (
      <span key={unit.id} aria-current="page">
        {unit.name}
      </span>
    ) : (
      <Anchor
        key={unit.id}
        component={Link}
        to={link({ unitId: unit.id, ...(index === trail.length - 1 ? { groupBy: 'field' as const } : {}) })}
      >
        {unit.name}
      </Anchor>
    );
  });
  if (field) {
    crumbs.push(
      <span key="field" aria-current="page">
        {t('stats.fieldCrumb', { name: field.name })}
      </span>,
    );
  }
  return (
    <nav aria-label={t('stats.breadcrumb')}>
      <Breadcrumbs separator="›" className="stats-trail">
        {crumbs}
      </Breadcrumbs>
    </nav>
  );
}

function SubunitRates({ query }: { query: ReportQuery }) {
  const { t } = useTranslation();
  const report = useReport({ ...query, groupBy: 'unit' });
  const rows = (report.data?.items ?? []).map((row) => ({
    id: row.id ?? row.key,
    name: row.id === query.unitId ? `${row.name} ${t('stats.table.ownRow')}` : row.name,
    onTimeRate: row.onTimeRate,
    onlineRate: row.onlineRate,
    note: row.onTimeRate === null && row.onlineRate === null ? t('stats.units.noData') : undefined,
  }));
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="units-title">
      <Title order={2} size="h4" id="units-title" mb="xs">
        {t('stats.units.title')}
      </Title>
      {report.isError && <ErrorState error={report.error} />}
      {report.isPending ? (
        <LoadingState />
      ) : (
        <RateBars
          rows={rows}
          caption={t('stats.units.title')}
          nameHeading={t('stats.table.name_unit')}
          emptyText={t('stats.table.empty')}
        />
      )}
      <Text size="xs" c="dark.4" mt="xs">
        {t('stats.units.note')}
      </Text>
    </Paper>
  );
}

function Dashboard({ scoped }: { scoped: ScopedUnit[] }) {
  const { t } = useTranslation();
  const { params, update } = useDashboardParams();
  const today = todayIn();
  const unitId = scoped.some((unit) => unit.id === params.unitId)
    ? (params.unitId as number)
    : (scoped[0]?.id ?? 0);
  const period = periodOf(params, today);
  const problem = periodProblem(period, today);
  const groupBy = params.fieldId !== null ? 'procedure' : params.groupBy;
  const query: ReportQuery | undefined = problem ? undefined : { unitId, ...period, groupBy };
  const total = useReport(query && { ...query, groupBy: 'unit' });
  const indicators = useIndicators(query && { unitId, from: period.from, to: period.to });
  const overdueNow = useDossierCount(overdueNowParams(unitId));
  const { from, to } = period;
  const buckets = useMemo(() => (problem ? [] : bucketsOf({ from, to })), [problem, from, to]);
  const unitName = scoped.find((unit) => unit.id === unitId)?.name ?? '';
  usePageTitle(`${t('stats.title')} — ${unitName}`);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('stats.title')}
          </Title>
          <Trail unitId={unitId} scoped={scoped} params={params} />
        </Stack>
        <TodayView unitId={unitId} today={today} />
      </Group>
      <Paper
        component="section"
        withBorder
        p="sm"
        aria-label={t('stats.controls')}
        className="stats-controls"
      >
        <Group gap="md" align="flex-end" wrap="wrap">
          <UnitPicker
            units={scoped}
            value={unitId}
            onChange={(id) => update({ unitId: id, fieldId: null })}
          />
          <PeriodPicker
            kind={params.period}
            period={period}
            today={today}
            onChange={(kind, custom) =>
              update({
                period: kind,
                from: custom?.from ?? '',
                to: custom?.to ?? '',
                fieldId: params.fieldId,
              })
            }
          />
          {!problem && (
            <Text size="sm" fw={600} pb={8} role="status">
              {t('stats.period.range', { from: formatIsoDate(period.from), to: formatIsoDate(period.to) })}
            </Text>
          )}
        </Group>
      </Paper>
      {problem && (
        <Alert color="crimson" role="alert">
          {t(`stats.period.${problem}`)}
        </Alert>
      )}
      {query && (
        <>
          <section aria-labelledby="kpi-title">
            <h2 id="kpi-title" className="visually-hidden">
              {t('stats.kpi.title')}
            </h2>
            {total.isError && <ErrorState error={total.error} onRetry={() => void total.refetch()} />}
            {total.data && (
              <KpiTiles
                total={total.data.total}
                indicators={indicators.data?.indicators}
                overdueNow={overdueNow.data}
              />
            )}
          </section>
          <ReportSection query={query} params={params} today={today} update={update} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" style={{ alignItems: 'start' }}>
            <TrendChart unitId={unitId} buckets={buckets} />
            <SubunitRates query={query} />
          </SimpleGrid>
          {indicators.data && <IndicatorList indicators={indicators.data.indicators} />}
          {indicators.isError && <ErrorState error={indicators.error} />}
        </>
      )}
    </Stack>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const user = useStaffUser();
  const units = useUnits();
  const scoped = useMemo(() => (units.data ? visibleUnits(user, units.data.items) : []), [user, units.data]);
  if (!canSeeStats(user)) return <NotAllowed text={t('stats.notAllowed')} />;
  if (units.isPending) return <LoadingState />;
  if (units.isError) return <ErrorState error={units.error} onRetry={() => void units.refetch()} />;
  if (scoped.length === 0) return <NotAllowed text={t('stats.notAllowed')} />;
  return <Dashboard scoped={scoped} />;
}
