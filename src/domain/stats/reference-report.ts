// The straightforward report: walks each dossier's timeline and asks, for the period, what the
// form's columns ask. No counters, no prefix sums: the property tests hold the real report (the
// counters, in memory and in PostgreSQL) against this one.

import { localDay } from './buckets.ts';
import { emptyTally, type ReportTally } from './report-columns.ts';
import { isOpenDossier, type StatsDossierState, wasReceived } from './stats-delta.ts';

export interface TimelineStep {
  /** when the change happened */
  at: Date;
  /** the dossier as it was after the change */
  state: StatsDossierState;
}

export interface DossierTimeline {
  steps: TimelineStep[];
  /** a scanned file was attached when it was received */
  digitised?: boolean;
  ratings?: { at: Date; score: 'very_satisfied' | 'satisfied' | 'dissatisfied' }[];
}

function stateAtEndOf(t: DossierTimeline, day: number, timeZone: string): StatsDossierState | null {
  let state: StatsDossierState | null = null;
  for (const step of t.steps) {
    if (localDay(timeZone, step.at) <= day) state = step.state;
  }
  return state;
}

/** Column (13) by hand: open, due before the last day, and not waiting in time for a supplement. */
function isOverdueAtEndOf(s: StatsDossierState, day: number, timeZone: string): boolean {
  if (s.due_at === null) return false;
  const due = localDay(timeZone, s.due_at);
  const pausedInTime =
    s.status === 'awaiting_supplement' && s.paused_at !== null && due >= localDay(timeZone, s.paused_at);
  return !pausedInTime && due < day;
}

/** The tally of every group for the period [from, to] (local day numbers, both included). */
export function referenceReport(
  timelines: DossierTimeline[],
  period: { from: number; to: number },
  timeZone: string,
  groupOf: (unitId: number, procedureId: number) => number | null,
): Map<number, ReportTally> {
  const out = new Map<number, ReportTally>();
  const inPeriod = (at: Date | null) => {
    if (at === null) return false;
    const d = localDay(timeZone, at);
    return d >= period.from && d <= period.to;
  };
  for (const t of timelines) {
    const last = t.steps.at(-1)?.state;
    if (!last) continue;
    const group = groupOf(last.resolving_unit_id, last.procedure_id);
    if (group === null) continue;
    let tally = out.get(group);
    if (!tally) {
      tally = emptyTally();
      out.set(group, tally);
    }
    if (last.status === 'refused' && inPeriod(last.closed_at)) tally.refused += 1;
    for (const r of t.ratings ?? []) {
      if (!inPeriod(r.at)) continue;
      tally.rated += 1;
      if (r.score === 'dissatisfied') tally.ratedDissatisfied += 1;
    }
    if (!wasReceived(last) || last.received_at === null) continue;
    const received = last.received_at;
    if (inPeriod(received)) {
      if (last.channel === 'online')
        tally.receivedOnline += 1; // (4)
      else tally.receivedDirect += 1; // (5)
      tally.receivedTotal += 1;
      if (t.digitised) tally.receivedDigitised += 1;
    }
    const beforeStart = stateAtEndOf(t, period.from - 1, timeZone);
    if (beforeStart && isOpenDossier(beforeStart)) {
      tally.carriedOver += 1; // (6)
      tally.receivedTotal += 1;
    }
    if (last.finished_at !== null && inPeriod(last.finished_at)) {
      tally.resolvedTotal += 1; // (7)
      const cls = last.finish_class ?? 'late';
      if (cls === 'early') tally.resolvedEarly += 1;
      else if (cls === 'on_time') tally.resolvedOnTime += 1;
      else tally.resolvedLate += 1;
      tally.processingMinutes += Math.max(
        0,
        Math.round((last.finished_at.getTime() - received.getTime()) / 60_000),
      );
    }
    const atEnd = stateAtEndOf(t, period.to, timeZone);
    if (atEnd && isOpenDossier(atEnd)) {
      tally.pendingTotal += 1; // (11)
      if (isOverdueAtEndOf(atEnd, period.to, timeZone))
        tally.pendingOverdue += 1; // (13)
      else tally.pendingWithinDeadline += 1; // (12)
    }
    if ((last.status === 'withdrawn' || last.status === 'stopped') && inPeriod(last.closed_at)) {
      tally.withdrawn += 1;
    }
    if (last.delivered_at !== null && inPeriod(last.delivered_at)) {
      tally.delivered += 1;
      const method = (last.delivery as { method?: string } | null | undefined)?.method;
      if (method === 'electronic') tally.deliveredElectronic += 1;
    }
  }
  return out;
}
