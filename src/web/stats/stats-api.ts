// The statistics endpoints (API.md "Statistics") as typed TanStack Query hooks: the periodic report
// (Biểu 06), the Decision 766 indicators, one report per chart bucket, and the public per-unit rates.
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { ReportRow } from '../../domain/stats/report-columns.ts';
import { getJson, withQuery } from '../http/client.ts';
import type { Bucket, Period } from './periods.ts';

export type { ReportRow };
export type GroupBy = 'unit' | 'field' | 'procedure';
export const groupBys: readonly GroupBy[] = ['unit', 'field', 'procedure'];

export interface UnitRef {
  id: number;
  code: string;
  name: string;
}

export interface Report {
  unit: UnitRef;
  from: string;
  to: string;
  groupBy: GroupBy;
  includeSubunits: boolean;
  items: ReportRow[];
  total: ReportRow;
}

export interface ReportQuery extends Period {
  unitId: number;
  groupBy: GroupBy;
  includeSubunits?: boolean;
  /** by field or procedure: one field's rows only */
  fieldId?: number | undefined;
}

export interface Indicator {
  value: number | null;
  numerator: number;
  denominator: number;
}

export interface Indicators {
  unit: UnitRef;
  from: string;
  to: string;
  indicators: {
    onTime: Indicator;
    onlineSubmission: Indicator;
    onlineProcedures: Indicator;
    digitisedDossiers: Indicator;
    electronicResults: Indicator;
    satisfaction: Indicator & { lateShare: number | null; dissatisfiedShare: number | null; ratings: number };
    averageProcessingDays: number | null;
  };
}

export interface PublicUnitStats {
  unitId: number;
  unitName: string;
  level: string;
  parentId: number | null;
  receivedTotal: number;
  resolvedTotal: number;
  onTimeRate: number | null;
  onlineRate: number | null;
  enoughData: boolean;
}

export interface PublicStats {
  from: string;
  to: string;
  minimumDossiers: number;
  items: PublicUnitStats[];
}

const reportParams = (q: ReportQuery) => ({
  unitId: q.unitId,
  from: q.from,
  to: q.to,
  groupBy: q.groupBy,
  includeSubunits: q.includeSubunits === false ? 'false' : undefined,
  fieldId: q.fieldId,
});

/** The address of the report as JSON, CSV, Excel or PDF (the downloads are plain links). */
export function reportPath(query: ReportQuery, format: 'json' | 'csv' | 'xlsx' | 'pdf' = 'json'): string {
  const path = format === 'json' ? '/api/stats/report' : `/api/stats/report.${format}`;
  return withQuery(path, reportParams(query));
}

// Past periods do not change often; the current one moves with every action, so a minute is enough.
const statsStaleTime = 60_000;

/** `live`: refreshed every minute (today's figures). */
export function useReport(query: ReportQuery | undefined, options: { live?: boolean } = {}) {
  return useQuery({
    queryKey: ['stats', 'report', query],
    queryFn: ({ signal }) => getJson<Report>(reportPath(query as ReportQuery), signal),
    enabled: query !== undefined,
    placeholderData: keepPreviousData,
    staleTime: statsStaleTime,
    refetchInterval: options.live ? 60_000 : false,
  });
}

export function useIndicators(query: (Period & { unitId: number }) | undefined) {
  return useQuery({
    queryKey: ['stats', 'indicators', query],
    queryFn: ({ signal }) => getJson<Indicators>(withQuery('/api/stats/indicators', { ...query }), signal),
    enabled: query !== undefined,
    placeholderData: keepPreviousData,
    staleTime: statsStaleTime,
  });
}

/** One report total per bucket, fetched in parallel and each cached on its own. */
export function useReportSeries(unitId: number | undefined, buckets: readonly Bucket[]) {
  return useQueries({
    queries: buckets.map((bucket) => {
      const query: ReportQuery = { unitId: unitId ?? 0, from: bucket.from, to: bucket.to, groupBy: 'unit' };
      return {
        queryKey: ['stats', 'report', query],
        queryFn: ({ signal }: { signal: AbortSignal }) => getJson<Report>(reportPath(query), signal),
        enabled: unitId !== undefined,
        staleTime: statsStaleTime,
      };
    }),
    combine: (results) => ({
      totals: results.map((result) => result.data?.total),
      isPending: results.some((result) => result.isPending),
      error: results.find((result) => result.isError)?.error,
    }),
  });
}

export function usePublicStats(period: Period) {
  return useQuery({
    queryKey: ['stats', 'public', period],
    queryFn: ({ signal }) => getJson<PublicStats>(withQuery('/api/public/stats', { ...period }), signal),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}
