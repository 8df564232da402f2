// Times as officers read them: "09:15 27/11/2026" in the unit's own wall time, and remaining working time.
import type { TFunction } from 'i18next';

/** A working day is 7.5 hours (07:30–11:30 and 13:30–17:00, DESIGN.md "Working time"). */
export const workingDayMinutes = 450;

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/** "hh:mm dd/mm/yyyy" from the server's ISO time, read in the offset it was written with (the unit's). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = ISO.exec(iso);
  if (!m) return iso;
  return `${m[4]}:${m[5]} ${m[3]}/${m[2]}/${m[1]}`;
}

/** "dd/mm/yyyy" of the same. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = ISO.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

export interface WorkingSpan {
  days: number;
  hours: number;
  minutes: number;
}

/** Splits working minutes (sign ignored) into working days of 7.5 hours, hours and minutes. */
export function splitWorkingMinutes(total: number): WorkingSpan {
  const abs = Math.round(Math.abs(total));
  const days = Math.floor(abs / workingDayMinutes);
  const rest = abs - days * workingDayMinutes;
  return { days, hours: Math.floor(rest / 60), minutes: rest % 60 };
}

/** "2 ngày 3 giờ": days and hours; minutes only when less than an hour is left. */
export function spanText(t: TFunction, span: WorkingSpan): string {
  const parts: string[] = [];
  if (span.days > 0) parts.push(t('remaining.days', { count: span.days }));
  if (span.hours > 0) parts.push(t('remaining.hours', { count: span.hours }));
  if (span.days === 0 && span.hours === 0) parts.push(t('remaining.minutes', { count: span.minutes }));
  return parts.join(' ');
}

/** "còn 2 ngày 3 giờ làm việc", "quá hạn 4 giờ", "đến hạn"; null when no clock runs. */
export function remainingText(t: TFunction, minutes: number | null | undefined): string | null {
  if (minutes === null || minutes === undefined) return null;
  if (Math.round(minutes) === 0) return t('remaining.dueNow');
  const time = spanText(t, splitWorkingMinutes(minutes));
  return minutes > 0 ? t('remaining.left', { time }) : t('remaining.overdue', { time });
}
