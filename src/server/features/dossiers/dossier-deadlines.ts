// Deadlines of a dossier and of its steps, in the resolving unit's working time.
import { addWorkingHours, type CalendarSpec, dueAt } from '../../../domain/calendar/index.ts';
import type { ProcedureStep } from './dossier-repository.ts';

export interface ProcedureTime {
  processing_time: number;
  processing_time_unit: 'working_days' | 'calendar_days' | 'working_hours';
  online_processing_time: number | null;
}

/** The legal deadline: the procedure's time (the shorter online time for online dossiers). */
export function dossierDueAt(spec: CalendarSpec, p: ProcedureTime, channel: string, receivedAt: Date): Date {
  const amount =
    channel === 'online' && p.online_processing_time !== null ? p.online_processing_time : p.processing_time;
  return dueAt(spec, receivedAt, amount, p.processing_time_unit);
}

/** A step's own deadline: its time budget in working hours from when it started. */
export function stepDueAt(
  spec: CalendarSpec,
  steps: ProcedureStep[],
  position: number,
  startedAt: Date,
): Date | null {
  const step = steps.find((s) => s.position === position);
  return step ? addWorkingHours(spec, startedAt, step.hours) : null;
}
