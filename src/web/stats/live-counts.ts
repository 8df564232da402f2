// Live counts from the dossier list (GET /api/dossiers, pageSize=1, the total only): overdue now,
// due later today. Refreshed every minute, like the work lists.
import { useQuery } from '@tanstack/react-query';
import { getJson, type ListResponse, type QueryValue, withQuery } from '../http/client.ts';
import { addDays } from './periods.ts';

/** The first instant of the day after `today` in Vietnam (UTC+7, no daylight saving). */
export function endOfDayVietnam(today: string): string {
  return `${addDays(today, 1)}T00:00:00+07:00`;
}

export function useDossierCount(params: Record<string, QueryValue> | undefined) {
  return useQuery({
    queryKey: ['dossiers', 'list', 'count', params],
    queryFn: ({ signal }) =>
      getJson<ListResponse<unknown>>(withQuery('/api/dossiers', { ...params, pageSize: 1 }), signal),
    select: (data) => data.total,
    enabled: params !== undefined,
    refetchInterval: 60_000,
  });
}

/** The unit and everything below it, as the dossier list scopes it. */
export function unitScope(unitId: number): Record<string, QueryValue> {
  return { unitId, includeSubunits: 'true' };
}

export function overdueNowParams(unitId: number): Record<string, QueryValue> {
  return { ...unitScope(unitId), list: 'overdue' };
}

/** Still open, not overdue yet, due before midnight. */
export function dueTodayParams(unitId: number, today: string): Record<string, QueryValue> {
  return {
    ...unitScope(unitId),
    status: 'received,in_progress,awaiting_fee',
    overdue: 'false',
    dueBefore: endOfDayVietnam(today),
  };
}
