// Received, resolved and the on-time rate over time: one report per bucket (day, month or year),
// drawn as paired bars with the rate as a line on its own 0–100 % axis; the same numbers as a table
// for screen readers and for anyone who prefers to read them.
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportRow } from '../../domain/stats/report-columns.ts';
import { ErrorState, LoadingState } from '../ui/query-state.tsx';
import { labelEvery, niceMax } from './chart-scale.ts';
import { formatCount, formatRate } from './format.ts';
import { type Bucket, bucketLabel, formatIsoDate } from './periods.ts';
import { useReportSeries } from './stats-api.ts';

const W = 720;
const H = 240;
const pad = { left: 44, right: 44, top: 12, bottom: 28 };

interface Point {
  label: string;
  bucket: Bucket;
  received: number;
  resolved: number;
  onTimeRate: number | null;
}

function toPoints(buckets: readonly Bucket[], totals: (ReportRow | undefined)[], month: string): Point[] {
  return buckets.map((bucket, index) => {
    const total = totals[index];
    return {
      label: bucketLabel(bucket, month),
      bucket,
      received: total ? total.receivedOnline + total.receivedDirect : 0,
      resolved: total?.resolvedTotal ?? 0,
      onTimeRate: total?.onTimeRate ?? null,
    };
  });
}

function Chart({ points, titleId, summary }: { points: Point[]; titleId: string; summary: string }) {
  const { t } = useTranslation();
  const top = niceMax(Math.max(...points.map((p) => Math.max(p.received, p.resolved))));
  const plotW = W - pad.left - pad.right;
  const plotH = H - pad.top - pad.bottom;
  const slot = plotW / Math.max(points.length, 1);
  const bar = Math.max(1.5, Math.min(18, slot * 0.36));
  const y = (value: number) => pad.top + plotH - (value / top) * plotH;
  const yRate = (rate: number) => pad.top + plotH - rate * plotH;
  const every = labelEvery(points.length);
  const line = points
    .map((p, i) => (p.onTimeRate === null ? null : `${pad.left + slot * (i + 0.5)},${yRate(p.onTimeRate)}`))
    .filter((p): p is string => p !== null);
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className="chart"
      role="img"
      aria-labelledby={`${titleId}-t`}
      aria-describedby={`${titleId}-d`}
    >
      <title id={`${titleId}-t`}>{t('stats.trend.title')}</title>
      <desc id={`${titleId}-d`}>{summary}</desc>
      {[0, 0.25, 0.5, 0.75, 1].map((f) => (
        <g key={f} className="chart__grid">
          <line x1={pad.left} x2={W - pad.right} y1={y(top * f)} y2={y(top * f)} />
          <text x={pad.left - 6} y={y(top * f) + 4} textAnchor="end">
            {Math.round(top * f)}
          </text>
          <text x={W - pad.right + 6} y={yRate(f) + 4} textAnchor="start">
            {Math.round(f * 100)}%
          </text>
        </g>
      ))}
      {points.map((p, i) => {
        const x = pad.left + slot * (i + 0.5);
        return (
          <g key={p.bucket.from}>
            <rect
              className="chart__received"
              x={x - bar}
              y={y(p.received)}
              width={bar}
              height={y(0) - y(p.received)}
            >
              <title>{`${p.label}: ${t('stats.trend.received')} ${p.received}`}</title>
            </rect>
            <rect
              className="chart__resolved"
              x={x}
              y={y(p.resolved)}
              width={bar}
              height={y(0) - y(p.resolved)}
            >
              <title>{`${p.label}: ${t('stats.trend.resolved')} ${p.resolved}`}</title>
            </rect>
            {i % every === 0 && (
              <text className="chart__axis" x={x} y={H - 8} textAnchor="middle">
                {p.label}
              </text>
            )}
          </g>
        );
      })}
      {line.length > 1 && <polyline className="chart__rate" points={line.join(' ')} />}
      {points.map((p, i) =>
        p.onTimeRate === null ? null : (
          <circle
            key={`r${p.bucket.from}`}
            className="chart__rate-dot"
            cx={pad.left + slot * (i + 0.5)}
            cy={yRate(p.onTimeRate)}
            r={3}
          />
        ),
      )}
    </svg>
  );
}

export function TrendChart({ unitId, buckets }: { unitId: number; buckets: readonly Bucket[] }) {
  const { t, i18n } = useTranslation();
  const series = useReportSeries(unitId, buckets);
  const titleId = useId();
  const lang = i18n.language;
  const points = toPoints(buckets, series.totals, t('stats.trend.monthPrefix'));
  const received = points.reduce((sum, p) => sum + p.received, 0);
  const resolved = points.reduce((sum, p) => sum + p.resolved, 0);
  const busiest = points.reduce<Point | undefined>(
    (best, p) => (!best || p.received > best.received ? p : best),
    undefined,
  );
  const summary = t('stats.trend.summary', {
    count: points.length,
    unit: t(`stats.trend.size_${buckets[0]?.size ?? 'day'}`),
    received: formatCount(received, lang),
    resolved: formatCount(resolved, lang),
    busiest: busiest?.label ?? '—',
  });

  return (
    <Paper component="section" withBorder p="md" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={titleId}>
          {t('stats.trend.title')}
        </Title>
        {series.error ? (
          <ErrorState error={series.error} />
        ) : series.isPending ? (
          <LoadingState />
        ) : (
          <>
            <Chart points={points} titleId={titleId} summary={summary} />
            <ul className="chart-legend">
              <li>
                <span className="swatch chart__received" aria-hidden="true" /> {t('stats.trend.received')}
              </li>
              <li>
                <span className="swatch chart__resolved" aria-hidden="true" /> {t('stats.trend.resolved')}
              </li>
              <li>
                <span className="swatch swatch--line" aria-hidden="true" /> {t('stats.trend.onTimeRate')}
              </li>
            </ul>
            <Text size="sm">{summary}</Text>
            <details className="chart-data">
              <summary>{t('stats.showTable')}</summary>
              <table className="data-table">
                <caption className="visually-hidden">{t('stats.trend.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('stats.trend.bucket')}</th>
                    <th scope="col">{t('stats.trend.received')}</th>
                    <th scope="col">{t('stats.trend.resolved')}</th>
                    <th scope="col">{t('stats.trend.onTimeRate')}</th>
                  </tr>
                </thead>
                <tbody>
                  {points.map((p) => (
                    <tr key={p.bucket.from}>
                      <th scope="row">
                        {p.bucket.size === 'day'
                          ? formatIsoDate(p.bucket.from)
                          : `${formatIsoDate(p.bucket.from)} – ${formatIsoDate(p.bucket.to)}`}
                      </th>
                      <td>{formatCount(p.received, lang)}</td>
                      <td>{formatCount(p.resolved, lang)}</td>
                      <td>{formatRate(p.onTimeRate, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </>
        )}
      </Stack>
    </Paper>
  );
}
