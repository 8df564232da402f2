// Classifies dossiers against their due instant: finished early / on time / late, pending within deadline / overdue.
import { compile, localDayOf } from './compiled-spec.ts';
import { epochMs } from './iso-date.ts';
import type { CalendarSpec, FinishClass, PendingClass } from './types.ts';

/**
 * Compared by local calendar day in the unit's time zone: before the due day → early, on it → on time,
 * after it → late (legal-reference.md, "Early / on time / late"; the indicators count early + on time).
 */
export function classifyFinish(spec: CalendarSpec, finishedAt: Date, dueAt: Date): FinishClass {
  const c = compile(spec);
  const finished = localDayOf(c, epochMs(finishedAt, 'finishedAt'));
  const due = localDayOf(c, epochMs(dueAt, 'dueAt'));
  if (finished < due) return 'early';
  return finished === due ? 'on_time' : 'late';
}

/** A pending dossier is overdue once `now` is past its due instant (the due instant itself is still in time). */
export function classifyPending(now: Date, dueAt: Date): PendingClass {
  const nowMs = epochMs(now, 'now');
  return nowMs > epochMs(dueAt, 'dueAt') ? 'overdue' : 'within_deadline';
}
