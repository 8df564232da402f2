// The periodic report (Circular 01/2020/TT-VPCP, Biểu 06) for a unit and a period, grouped by
// unit, field or procedure, with a totals row. Reads counters only (see stats-repository.ts).
import { dayOf } from '../../../domain/stats/buckets.ts';
import { tallyFromPrefixes } from '../../../domain/stats/counter-report.ts';
import {
  addTally,
  emptyTally,
  presentRow,
  type ReportRow,
  type ReportTally,
} from '../../../domain/stats/report-columns.ts';
import { periodIssues } from '../../../domain/stats/report-period.ts';
import type { Db } from '../../db/database.ts';
import { BadRequestError, NotFoundError } from '../../http/problem.ts';
import type { Staff } from '../auth/staff.ts';
import { maySeeUnitStats } from './stats-policy.ts';
import { type GroupBy, listGroups, sumPrefixes } from './stats-repository.ts';

export interface ReportQuery {
  unitId: number;
  /** 'YYYY-MM-DD', local dates of the resolving units, both included */
  from: string;
  to: string;
  groupBy: GroupBy;
  includeSubunits: boolean;
  /** by field or procedure: only this field's procedures */
  fieldId?: number | undefined;
}

export interface Report {
  unit: { id: number; code: string; name: string };
  from: string;
  to: string;
  groupBy: GroupBy;
  includeSubunits: boolean;
  fieldId?: number | undefined;
  items: ReportRow[];
  total: ReportRow;
}

/** 400 with the field for a bad period; 404 for a unit that does not exist or is not the caller's. */
export async function checkReportScope(
  db: Db,
  input: { staff: Staff | null; unitId: number; from: string; to: string },
) {
  const issues = periodIssues(input.from, input.to);
  if (issues.length > 0) {
    throw new BadRequestError(
      `Invalid period: ${issues.map((i) => `${i.field} ${i.message}`).join('; ')}.`,
      issues.map((i) => ({ path: `querystring.${i.field}`, message: i.message })),
    );
  }
  const unit = await db
    .selectFrom('units')
    .select(['id', 'code', 'name'])
    .where('id', '=', input.unitId)
    .executeTakeFirst();
  if (!unit || (input.staff !== null && !maySeeUnitStats(input.staff, unit.id))) {
    throw new NotFoundError(`No unit ${input.unitId}.`);
  }
  return unit;
}

/**
 * The report. `staff` is the caller, scoped to the units they can see; null only for the command
 * line, which runs with the database's own rights.
 */
export async function getReport(input: { db: Db; staff: Staff | null; query: ReportQuery }): Promise<Report> {
  const { db, query } = input;
  const unit = await checkReportScope(db, { staff: input.staff, ...query });
  const scope = { unitId: unit.id, includeSubunits: query.includeSubunits };
  const from = dayOf(query.from);
  const to = dayOf(query.to);
  const prefixes = await sumPrefixes(db, { scope, groupBy: query.groupBy, from, to, fieldId: query.fieldId });
  const tallies = new Map<number, ReportTally>(
    prefixes.map((p) => [p.groupId, tallyFromPrefixes(p.atStart, p.atEnd)]),
  );
  const groups = await listGroups(db, scope, query.groupBy, [...tallies.keys()]);
  const total = emptyTally();
  const items = groups
    .map((g) => {
      const tally = tallies.get(g.id) ?? emptyTally();
      addTally(total, tally);
      return presentRow(g, tally);
    })
    // By field or procedure, a group with nothing to count in the period is left out.
    .filter((row) => query.groupBy === 'unit' || !isEmptyRow(row));
  return {
    unit,
    from: query.from,
    to: query.to,
    groupBy: query.groupBy,
    includeSubunits: query.includeSubunits,
    ...(query.fieldId !== undefined ? { fieldId: query.fieldId } : {}),
    items,
    total: presentRow({ key: 'total', id: null, name: 'Tổng cộng' }, total),
  };
}

function isEmptyRow(row: ReportRow): boolean {
  return (
    row.receivedTotal === 0 &&
    row.resolvedTotal === 0 &&
    row.pendingTotal === 0 &&
    row.refused === 0 &&
    row.withdrawn === 0
  );
}
