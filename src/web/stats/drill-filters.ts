// Which dossiers stand behind a number of the report: the dossier-list filters (GET /api/dossiers)
// that select them, per column of Biểu 06 and per row. Every column has one: the balances (3), (6),
// (11)–(13) through "received by a day and not closed before another" (handledFrom/To, openOn), so
// that the list of a past period shows what was open then, even if it has finished since. The
// dossiers are counted where the report counts them, at their resolving unit (resolvingOnly).
import { countKeys, type ReportCounts } from '../../domain/stats/report-columns.ts';
import type { QueryValue } from '../http/client.ts';
import type { GroupBy } from './stats-api.ts';

export type CountKey = keyof ReportCounts;

export interface DrillScope {
  /** The unit of the report on screen. */
  unitId: number;
  includeSubunits: boolean;
  groupBy: GroupBy;
  from: string;
  to: string;
  /** Today in Vietnam (no longer needed: every column can be listed for any period). */
  today?: string;
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
  const base = {
    unitId: scope.unitId,
    includeSubunits: scope.includeSubunits ? 'true' : undefined,
    resolvingOnly: 'true',
  };
  if (row.id === null) return { ...base, fieldId: scope.fieldId };
  switch (scope.groupBy) {
    case 'unit':
      // The unit's own row counts its own dossiers; a child unit's row, its whole subtree.
      // With a field chosen, only that field's procedures.
      return row.id === scope.unitId
        ? { unitId: row.id, resolvingOnly: 'true', fieldId: scope.fieldId }
        : { unitId: row.id, includeSubunits: 'true', resolvingOnly: 'true', fieldId: scope.fieldId };
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

/** The day before an ISO date (the end of which is the start of a period). */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The list (or lists) behind a number; null when the dossier list cannot select exactly those. */
export function drillQueries(column: CountKey, scope: DrillScope, row: DrillRow): DrillQuery[] | null {
  const where = rowScope(scope, row);
  const received = { ...where, receivedFrom: scope.from, receivedTo: scope.to };
  const finished = { ...where, finishedFrom: scope.from, finishedTo: scope.to };
  const closed = { ...where, closedFrom: scope.from, closedTo: scope.to };
  const openAtEnd = { ...where, openOn: scope.to };
  switch (column) {
    case 'receivedTotal':
      return [{ params: { ...where, handledFrom: scope.from, handledTo: scope.to } }];
    case 'receivedOnline':
      return [{ params: { ...received, channel: 'online' } }];
    case 'receivedDirect':
      return [
        { part: 'counter', params: { ...received, channel: 'counter' } },
        { part: 'post', params: { ...received, channel: 'post' } },
      ];
    case 'carriedOver':
      return [{ params: { ...where, openOn: dayBefore(scope.from) } }];
    case 'resolvedTotal':
      return [{ params: finished }];
    case 'resolvedEarly':
    case 'resolvedOnTime':
    case 'resolvedLate':
      return [{ params: { ...finished, finishClass: finishClasses[column] } }];
    case 'pendingTotal':
      return [{ params: openAtEnd }];
    case 'pendingWithinDeadline':
      return [{ params: { ...openAtEnd, deadlineOn: 'within' } }];
    case 'pendingOverdue':
      return [{ params: { ...openAtEnd, deadlineOn: 'overdue' } }];
    case 'refused':
      return [{ params: { ...closed, status: 'refused' } }];
    case 'withdrawn':
      return [{ params: { ...closed, status: 'withdrawn,stopped' } }];
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
