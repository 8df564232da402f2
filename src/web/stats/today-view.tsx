// "Hôm nay": today's flow at the unit and below it, live — received and resolved today (the report
// for today), due before midnight and overdue now (the dossier list). Refreshed every minute.
import { Anchor, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCount } from './format.ts';
import { dueTodayParams, overdueNowParams, useDossierCount } from './live-counts.ts';
import { formatIsoDate } from './periods.ts';
import { useReport } from './stats-api.ts';

function Figure({ label, value, alert }: { label: string; value: number | undefined; alert?: boolean }) {
  const { i18n } = useTranslation();
  return (
    <div className={alert && value ? 'today__figure today__figure--alert' : 'today__figure'}>
      <dt>{label}</dt>
      <dd>{value === undefined ? '…' : formatCount(value, i18n.language)}</dd>
    </div>
  );
}

export function TodayView({ unitId, today }: { unitId: number; today: string }) {
  const { t } = useTranslation();
  const report = useReport({ unitId, from: today, to: today, groupBy: 'unit' }, { live: true });
  const dueToday = useDossierCount(dueTodayParams(unitId, today));
  const overdue = useDossierCount(overdueNowParams(unitId));
  const total = report.data?.unit.id === unitId ? report.data.total : undefined;
  return (
    <Paper component="section" withBorder p="sm" className="today" aria-labelledby="today-title">
      <Group justify="space-between" gap="xs" mb={4}>
        <Title order={2} size="h5" id="today-title">
          {t('stats.today.title', { date: formatIsoDate(today) })}
        </Title>
        <Text size="xs" c="dark.4">
          {t('stats.today.live')}
        </Text>
      </Group>
      <dl className="today__figures">
        <Figure
          label={t('stats.today.received')}
          value={total && total.receivedOnline + total.receivedDirect}
        />
        <Figure label={t('stats.today.resolved')} value={total?.resolvedTotal} />
        <Figure label={t('stats.today.dueToday')} value={dueToday.data} />
        <Figure label={t('stats.today.overdue')} value={overdue.data} alert />
      </dl>
      <Anchor component={Link} to="/can-bo/ho-so?list=overdue" size="sm">
        {t('stats.today.openOverdue')}
      </Anchor>
    </Paper>
  );
}
