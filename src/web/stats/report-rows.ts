// Report rows as the dashboard needs them beyond the API: the sum of some rows (the procedures of
// one field) with its rates, and the identities of Biểu 06 that every row must obey.
import { countKeys, type ReportRow } from '../../domain/stats/report-columns.ts';

const ratio = (numerator: number, denominator: number) =>
  denominator === 0 ? null : numerator / denominator;

/** A weighted mean over (7): exact for the average days and, short of clamping, the satisfaction. */
function perResolved(rows: readonly ReportRow[], pick: (row: ReportRow) => number | null): number | null {
  let weight = 0;
  let sum = 0;
  for (const row of rows) {
    const value = pick(row);
    if (value === null || row.resolvedTotal === 0) continue;
    weight += row.resolvedTotal;
    sum += value * row.resolvedTotal;
  }
  return weight === 0 ? null : sum / weight;
}

/** The totals row of some rows, its rates as the API defines them (REPORT_DEFINITIONS). */
export function sumRows(rows: readonly ReportRow[], name: string): ReportRow {
  const total = { key: 'total', id: null, name } as Record<string, unknown>;
  for (const key of countKeys) total[key] = rows.reduce((sum, row) => sum + row[key], 0);
  const t = total as unknown as ReportRow;
  return {
    ...t,
    onlineRate: ratio(t.receivedOnline, t.receivedOnline + t.receivedDirect),
    onTimeRate: ratio(t.resolvedEarly + t.resolvedOnTime, t.resolvedTotal),
    averageProcessingDays: perResolved(rows, (row) => row.averageProcessingDays),
    satisfactionRate: perResolved(rows, (row) => row.satisfactionRate),
  };
}

/** The identities of the form; an empty list when the row obeys them all. */
export function brokenIdentities(row: ReportRow): string[] {
  const broken: string[] = [];
  if (row.receivedTotal !== row.receivedOnline + row.receivedDirect + row.carriedOver)
    broken.push('(3)=(4)+(5)+(6)');
  if (row.resolvedTotal !== row.resolvedEarly + row.resolvedOnTime + row.resolvedLate)
    broken.push('(7)=(8)+(9)+(10)');
  if (row.pendingTotal !== row.pendingWithinDeadline + row.pendingOverdue) broken.push('(11)=(12)+(13)');
  return broken;
}
