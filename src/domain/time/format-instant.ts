// Instants leave the server as ISO 8601 in the unit's time zone with its offset (API.md).
import { offsetAt } from '../calendar/time-zone.ts';

export function formatInstant(at: Date, timeZone: string): string {
  const offsetMs = offsetAt(timeZone, at.getTime());
  const local = new Date(at.getTime() + offsetMs).toISOString().slice(0, 19);
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${local}${offsetMs >= 0 ? '+' : '-'}${hh}:${mm}`;
}
