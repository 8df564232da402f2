// Which dossiers stand behind a number of the report: the dossier-list filters (GET /api/dossiers)
// that select them, per column of Biểu 06 and per row. A column with no exact filter gives null,
// and the number is shown without a link rather than with a list that would not add up.
import { countKeys, type ReportCounts } from '../../domain/stats/report-columns.ts';
import type { QueryValue } from '../http/client.ts';
import type { GroupBy } from './stats-api.ts';

export type CountKey = keyof ReportCounts;

/** Statuses of a dossier received and not yet finished (the report's "pending"). */
const pendingStatuses = 'received,in_progress,awaiting_supplement,awaiting_fee';

export interface DrillScope {
  /** The unit of the report on screen. */
  unitId: number;
  includeSubunits: boolean;
  groupBy: GroupBy;
  from: string;
  to: string;
  /** Today in Vietnam: the pending columns can be listed only for a period that reaches it. */
  today: string;
  /** When the procedure rows are those of one field (a field row was opened). */
  fieldId?: number | undefined;
}

/** The row a number is in: a group's id, or null for the totals row. */
export interface DrillRow {
  id: number | null;
}

export interface DrillQuery {
  /** A sub-list's name (i18n key under `channel`) when one column needs two lists, e.g. (5). */
  part?: 'counter' | 'post';
  params: Record<string, QueryValue>;
}

function rowScope(scope: DrillScope, row: DrillRow): Record<string, QueryValue> {
  const base = { unitId: scope.unitId, includeSubunits: scope.includeSubunits ? 'true' : undefined };
  if (row.id === null) return { ...base, fieldId: scope.fieldId };
  switch (scope.groupBy) {
    case 'unit':
      // The unit's own row counts its own dossiers; a child unit's row, its whole subtree.
      return row.id === scope.unitId ? { unitId: row.id } : { unitId: row.id, includeSubunits: 'true' };
    case 'field':
      return { ...base, fieldId: row.id };
    case 'procedure':
      return { ...base, procedureId: row.id };
  }
}

const finishClasses: Partial<Record<CountKey, string>> = {
  resolvedEarly: 'early',
  resolvedOnTime: 'on_time',
  resolvedLate: 'late',
};

/** The list (or lists) behind a number; null when the dossier list cannot select exactly those. */
export function drillQueries(column: CountKey, scope: DrillScope, row: DrillRow): DrillQuery[] | null {
  const where = rowScope(scope, row);
  const received = { ...where, receivedFrom: scope.from, receivedTo: scope.to };
  const finished = { ...where, finishedFrom: scope.from, finishedTo: scope.to };
  // What is pending at the end of a past period may have finished since: only "now" is listable.
  const reachesToday = scope.to >= scope.today;
  switch (column) {
    case 'receivedOnline':
      return [{ params: { ...received, channel: 'online' } }];
    case 'receivedDirect':
      return [
        { part: 'counter', params: { ...received, channel: 'counter' } },
        { part: 'post', params: { ...received, channel: 'post' } },
      ];
    case 'resolvedTotal':
      return [{ params: finished }];
    case 'resolvedEarly':
    case 'resolvedOnTime':
    case 'resolvedLate':
      return [{ params: { ...finished, finishClass: finishClasses[column] } }];
    case 'pendingTotal':
      return reachesToday ? [{ params: { ...where, status: pendingStatuses } }] : null;
    case 'pendingWithinDeadline':
      return reachesToday ? [{ params: { ...where, status: pendingStatuses, overdue: 'false' } }] : null;
    case 'pendingOverdue':
      return reachesToday ? [{ params: { ...where, overdue: 'true' } }] : null;
    default:
      // (3) and (6) need "still open at the start of the period", which the list cannot filter by.
      return null;
  }
}

/** The column of a drill in the URL: `pendingOverdue@12` (a row) or `pendingOverdue@total`. */
export function drillKey(column: CountKey, row: DrillRow): string {
  return `${column}@${row.id ?? 'total'}`;
}

export function readDrillKey(value: string | null): { column: CountKey; row: DrillRow } | null {
  const match = /^([a-zA-Z]+)@(total|\d{1,10})$/.exec(value ?? '');
  const column = match?.[1] as CountKey | undefined;
  if (!match || !column || !(countKeys as readonly string[]).includes(column)) return null;
  return { column, row: { id: match[2] === 'total' ? null : Number(match[2]) } };
}
