// The report block of the dashboard: grouping and downloads, the Biểu 06 table (narrowed to one
// field's procedures when a field row was opened, by the server, so that the downloads are too),
// the dossiers behind a chosen number, the help.
import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFields } from '../http/catalog-queries.ts';
import { ErrorState, LoadingState } from '../ui/query-state.tsx';
import type { DashboardParams } from './dashboard-params.ts';
import { type DrillScope, drillKey, drillQueries, readDrillKey } from './drill-filters.ts';
import { DrillPanel } from './drill-panel.tsx';
import { formatIsoDate } from './periods.ts';
import { ExportLinks, GroupBySwitch } from './report-controls.tsx';
import { ReportHelp } from './report-help.tsx';
import { brokenIdentities } from './report-rows.ts';
import { groupKey, headingKey, ReportTable } from './report-table.tsx';
import { type ReportQuery, useReport } from './stats-api.ts';

export function ReportSection({
  query,
  params,
  today,
  update,
}: {
  query: ReportQuery;
  params: DashboardParams;
  today: string;
  update: (patch: Partial<DashboardParams>) => void;
}) {
  const { t } = useTranslation();
  const fieldId = params.fieldId !== null && query.groupBy === 'procedure' ? params.fieldId : undefined;
  const fieldQuery: ReportQuery = fieldId === undefined ? query : { ...query, fieldId };
  const report = useReport(fieldQuery);
  const fields = useFields();
  const fieldName = fields.data?.items.find((field) => field.id === params.fieldId)?.name;

  if (report.isPending) return <LoadingState />;
  if (report.isError) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;

  const data = report.data;
  const rows = data.items;
  const total = data.total;
  const scope: DrillScope = {
    unitId: query.unitId,
    includeSubunits: true,
    groupBy: query.groupBy,
    from: query.from,
    to: query.to,
    today,
    fieldId,
  };
  const drill = readDrillKey(params.drill);
  const drillList = drill ? drillQueries(drill.column, scope, drill.row) : null;
  const drillRowName =
    drill?.row.id === null ? t('stats.table.totalRow') : rows.find((row) => row.id === drill?.row.id)?.name;
  const drillGroup = drill ? groupKey(drill.column) : null;
  const groupName =
    params.fieldId !== null && fieldName
      ? t('stats.table.ofField', { name: fieldName })
      : t(`stats.groupBy.${query.groupBy}`).toLocaleLowerCase('vi');
  const caption = t('stats.table.caption', {
    unit: data.unit.name,
    from: formatIsoDate(data.from),
    to: formatIsoDate(data.to),
    groupBy: groupName,
  });
  const broken = brokenIdentities(total);

  return (
    <Stack gap="sm">
      <Paper component="section" withBorder p="md" aria-labelledby="report-title">
        <Stack gap="xs">
          <Group justify="space-between" align="flex-end" gap="sm">
            <Title order={2} size="h4" id="report-title">
              {t('stats.table.title')}
            </Title>
            <ExportLinks query={fieldQuery} />
          </Group>
          <Group justify="space-between" align="flex-end" gap="sm">
            <GroupBySwitch value={query.groupBy} onChange={(groupBy) => update({ groupBy, fieldId: null })} />
            <Text size="sm" c="dark.4" maw={560}>
              {t('stats.table.clickHint')}
            </Text>
          </Group>
          {broken.length > 0 && (
            <Alert color="crimson" role="alert">
              {t('stats.table.broken', { rules: broken.join(', ') })}
            </Alert>
          )}
          <div style={{ opacity: report.isPlaceholderData ? 0.6 : 1 }} aria-busy={report.isFetching}>
            <ReportTable
              rows={rows}
              total={total}
              groupBy={query.groupBy}
              caption={caption}
              scope={scope}
              activeDrill={drill}
              onDrill={(column, row) => {
                const key = drillKey(column, row);
                update({ drill: params.drill === key ? null : key });
              }}
              onOpenRow={(row) => {
                if (row.id === null) return;
                if (query.groupBy === 'unit') update({ unitId: row.id });
                else if (query.groupBy === 'field') update({ groupBy: 'procedure', fieldId: row.id });
              }}
            />
          </div>
          <ReportHelp />
        </Stack>
      </Paper>
      {drill && drillList && (
        <DrillPanel
          key={params.drill}
          column={drill.column}
          heading={
            drillGroup
              ? `${t(`stats.table.${drillGroup}`)}: ${t(`stats.table.${headingKey[drill.column]}`)}`
              : t(`stats.table.${headingKey[drill.column]}`)
          }
          rowName={drillRowName ?? ''}
          queries={drillList}
          page={params.drillPage}
          onPage={(drillPage) => update({ drillPage })}
          onClose={() => update({ drill: null })}
          isPendingNow={drill.column.startsWith('pending') || drill.column === 'carriedOver'}
        />
      )}
    </Stack>
  );
}
