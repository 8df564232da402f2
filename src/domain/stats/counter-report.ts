// From counter sums to report columns. For a period [from, to] the repository sums every counter
// over the days before `from` (P at start) and over the days up to `to` (P at end, i.e. before
// to + 1); the columns follow from the two prefix sums alone.

import { bucketsOfDay, type Grain, prefixScans } from './buckets.ts';
import { type ReportTally, tallyFrom } from './report-columns.ts';
import { type CounterDelta, type CounterValues, counterColumns, zeroValues } from './stats-delta.ts';

/** The report tally of one group from its two prefix sums. */
export function tallyFromPrefixes(atStart: CounterValues, atEnd: CounterValues): ReportTally {
  const flow = (c: keyof CounterValues) => atEnd[c] - atStart[c];
  return tallyFrom({
    receivedOnline: flow('received_online'), // (4)
    receivedDirect: flow('received_direct'), // (5)
    openAtStart: atStart.open_delta, // (6) open at the end of the day before the period
    resolvedEarly: flow('resolved_early'), // (8)
    resolvedOnTime: flow('resolved_on_time'), // (9)
    resolvedLate: flow('resolved_late'), // (10)
    openAtEnd: atEnd.open_delta, // (11) open at the end of the last day
    overdueAtEnd: atEnd.overdue_delta, // (13)
    refused: flow('refused'),
    withdrawn: flow('withdrawn'),
    processingMinutes: flow('processing_minutes'),
    receivedDigitised: flow('received_digitised'),
    delivered: flow('delivered'),
    deliveredElectronic: flow('delivered_electronic'),
    rated: flow('rated'),
    ratedDissatisfied: flow('rated_dissatisfied'),
  });
}

/**
 * The counters held in memory exactly as the database holds them (day, month and year buckets),
 * with the same prefix-sum reading: the model the property tests check the SQL against.
 */
export class MemoryCounters {
  private readonly rows = new Map<
    string,
    { unitId: number; procedureId: number; grain: Grain; start: number; values: CounterValues }
  >();

  apply(deltas: CounterDelta[]): void {
    for (const d of deltas) {
      for (const b of bucketsOfDay(d.day)) {
        const key = `${d.unitId}:${d.procedureId}:${b.grain}:${b.start}`;
        let row = this.rows.get(key);
        if (!row) {
          row = {
            unitId: d.unitId,
            procedureId: d.procedureId,
            grain: b.grain,
            start: b.start,
            values: zeroValues(),
          };
          this.rows.set(key, row);
        }
        for (const c of counterColumns) row.values[c] += d.values[c];
      }
    }
  }

  /**
   * The tally per group for the period [from, to] (day numbers, both included), read as the SQL
   * reads it: the rows of prefixScans, each counted for the points whose range holds it.
   */
  report(
    from: number,
    to: number,
    groupOf: (unitId: number, procedureId: number) => number | null,
  ): Map<number, ReportTally> {
    const atStart = new Map<number, CounterValues>();
    const atEnd = new Map<number, CounterValues>();
    const inRange = (start: number, r: { lo: number | null; hi: number }) =>
      (r.lo === null || start >= r.lo) && start < r.hi;
    const add = (sums: Map<number, CounterValues>, group: number, values: CounterValues) => {
      let into = sums.get(group);
      if (!into) {
        into = zeroValues();
        sums.set(group, into);
      }
      for (const c of counterColumns) into[c] += values[c];
    };
    const scans = prefixScans(from, to);
    for (const row of this.rows.values()) {
      const group = groupOf(row.unitId, row.procedureId);
      if (group === null) continue;
      for (const scan of scans) {
        if (scan.grain !== row.grain || !inRange(row.start, scan)) continue;
        if (inRange(row.start, scan.start)) add(atStart, group, row.values);
        if (inRange(row.start, scan.end)) add(atEnd, group, row.values);
      }
    }
    const out = new Map<number, ReportTally>();
    for (const g of new Set([...atStart.keys(), ...atEnd.keys()])) {
      out.set(g, tallyFromPrefixes(atStart.get(g) ?? zeroValues(), atEnd.get(g) ?? zeroValues()));
    }
    return out;
  }
}
