// The key figures of the period at a glance: received, resolved, on-time and online rates, what is
// overdue right now and satisfaction, each with the counts it comes from.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportRow } from '../../domain/stats/report-columns.ts';
import { formatCount, formatRate } from './format.ts';
import type { Indicators } from './stats-api.ts';

function Tile({
  label,
  value,
  hint,
  tone,
}: {
  label: string;
  value: string;
  hint: ReactNode;
  tone?: 'alert';
}) {
  return (
    <div className={tone ? `kpi kpi--${tone}` : 'kpi'}>
      <dt className="kpi__label">{label}</dt>
      <dd className="kpi__value">{value}</dd>
      <dd className="kpi__hint">{hint}</dd>
    </div>
  );
}

export function KpiTiles({
  total,
  indicators,
  overdueNow,
}: {
  total: ReportRow;
  indicators: Indicators['indicators'] | undefined;
  overdueNow: number | undefined;
}) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatCount(value, i18n.language);
  const rate = (value: number | null | undefined) => formatRate(value, i18n.language);
  const inPeriod = total.receivedOnline + total.receivedDirect;
  return (
    <dl className="kpi-grid">
      <Tile
        label={t('stats.kpi.received')}
        value={n(inPeriod)}
        hint={t('stats.kpi.receivedHint', { total: n(total.receivedTotal), carried: n(total.carriedOver) })}
      />
      <Tile
        label={t('stats.kpi.resolved')}
        value={n(total.resolvedTotal)}
        hint={t('stats.kpi.resolvedHint', {
          early: n(total.resolvedEarly),
          onTime: n(total.resolvedOnTime),
          late: n(total.resolvedLate),
        })}
      />
      <Tile
        label={t('stats.kpi.onTime')}
        value={rate(total.onTimeRate)}
        hint={t('stats.kpi.onTimeHint', { rate: rate(indicators?.onTime.value) })}
      />
      <Tile
        label={t('stats.kpi.online')}
        value={rate(total.onlineRate)}
        hint={t('stats.kpi.onlineHint', { online: n(total.receivedOnline), received: n(inPeriod) })}
      />
      <Tile
        label={t('stats.kpi.overdue')}
        value={overdueNow === undefined ? '…' : n(overdueNow)}
        hint={t('stats.kpi.overdueHint', { count: total.pendingOverdue, formatted: n(total.pendingOverdue) })}
        {...(overdueNow ? { tone: 'alert' as const } : {})}
      />
      <Tile
        label={t('stats.kpi.satisfaction')}
        value={rate(indicators?.satisfaction.value ?? total.satisfactionRate)}
        hint={t('stats.kpi.satisfactionHint', {
          count: indicators?.satisfaction.ratings ?? 0,
          formatted: n(indicators?.satisfaction.ratings ?? 0),
        })}
      />
    </dl>
  );
}
