// How one change of a dossier moves the statistics counters: pure, so the same rules run in the
// action pipeline (through applyStatsChange) and in the property tests beside a reference that
// walks each dossier's timeline.
//
// Counters are kept per (resolving unit, procedure, local day of that unit):
// - flows, on the day they happen: received online / direct, resolved early / on time / late,
//   refused, withdrawn, processing minutes, digitised receptions, deliveries, ratings;
// - two signed ledgers whose sum over all days ≤ E gives a balance at the end of day E:
//   open_delta (+1 on the day received, −1 on the day closed) → open dossiers, columns (6), (11);
//   overdue_delta (+1 from the first day an open dossier counts as overdue, −1 when that stops)
//   → column (13). An overdue +1 is written ahead, on the day after the due day; when the due day
//   moves (supplement) or the dossier closes, it is taken back from max(old start, today).
import { type DossierStatus, isClockPaused, isOpen } from '../dossier/lifecycle.ts';
import { localDay } from './buckets.ts';

/** The dossier columns the statistics read (snake_case, as the dossiers table and its rows have them). */
export interface StatsDossierState {
  resolving_unit_id: number;
  procedure_id: number;
  channel: 'online' | 'counter' | 'post';
  status: DossierStatus;
  received_at: Date | null;
  due_at: Date | null;
  paused_at: Date | null;
  finished_at: Date | null;
  finish_class: 'early' | 'on_time' | 'late' | null;
  closed_at: Date | null;
  delivered_at: Date | null;
  /** `{method: 'counter' | 'post' | 'electronic', …}`, as an object or its JSON text */
  delivery?: unknown;
}

export const counterColumns = [
  'received_online',
  'received_direct',
  'resolved_early',
  'resolved_on_time',
  'resolved_late',
  'refused',
  'withdrawn',
  'open_delta',
  'overdue_delta',
  'processing_minutes',
  'received_digitised',
  'delivered',
  'delivered_electronic',
  'rated',
  'rated_dissatisfied',
] as const;
export type CounterColumn = (typeof counterColumns)[number];
export type CounterValues = Record<CounterColumn, number>;

export interface CounterDelta {
  unitId: number;
  procedureId: number;
  /** local day number of the resolving unit */
  day: number;
  values: CounterValues;
}

export function zeroValues(): CounterValues {
  return Object.fromEntries(counterColumns.map((c) => [c, 0])) as CounterValues;
}

/** Received: the clock started. A refused or merely submitted dossier never was. */
export function wasReceived(s: StatsDossierState): boolean {
  return s.received_at !== null && s.status !== 'submitted' && s.status !== 'refused';
}

/** Counts as open (pending): received and in an open status. */
export function isOpenDossier(s: StatsDossierState): boolean {
  return wasReceived(s) && isOpen(s.status);
}

/**
 * The first day at whose end an open dossier counts as overdue (column 13), or null: the day after
 * its due day (due on or after the period's last day → within deadline). While the clock is paused
 * for a supplement (Decree 118/2025 Art. 11) the deadline waits too: a dossier paused on or before
 * its due day stays within deadline until the supplement comes and its due date moves.
 */
export function overdueFrom(s: StatsDossierState, timeZone: string): number | null {
  if (!isOpenDossier(s) || s.due_at === null) return null;
  const due = localDay(timeZone, s.due_at);
  if (isClockPaused(s.status) && s.paused_at !== null && due >= localDay(timeZone, s.paused_at)) return null;
  return due + 1;
}

function deliveryMethod(delivery: unknown): string | null {
  let d = delivery;
  if (typeof d === 'string') {
    try {
      d = JSON.parse(d);
    } catch {
      return null;
    }
  }
  return d && typeof d === 'object' && 'method' in d ? String((d as { method: unknown }).method) : null;
}

type Entry = { day: number; column: CounterColumn; n: number };

/** Everything a dossier in state `s` has added to the flows and to open_delta over its life. */
function footprint(s: StatsDossierState, timeZone: string, now: Date, digitised: boolean): Entry[] {
  const day = (at: Date | null) => localDay(timeZone, at ?? now);
  const out: Entry[] = [];
  if (s.status === 'refused') out.push({ day: day(s.closed_at), column: 'refused', n: 1 });
  if (!wasReceived(s) || s.received_at === null) return out;
  const received = day(s.received_at);
  // (4) online, (5) counter and post: on the day the clock started; open from that day on.
  out.push({ day: received, column: s.channel === 'online' ? 'received_online' : 'received_direct', n: 1 });
  out.push({ day: received, column: 'open_delta', n: 1 });
  if (digitised) out.push({ day: received, column: 'received_digitised', n: 1 });
  if (s.finished_at !== null) {
    // (8) (9) (10): on the finish day, by the class recorded when it finished.
    const finished = day(s.finished_at);
    const cls = s.finish_class ?? 'late';
    out.push({ day: finished, column: `resolved_${cls}`, n: 1 });
    const minutes = Math.max(0, Math.round((s.finished_at.getTime() - s.received_at.getTime()) / 60_000));
    out.push({ day: finished, column: 'processing_minutes', n: minutes });
  }
  if (s.status === 'withdrawn' || s.status === 'stopped') {
    out.push({ day: day(s.closed_at), column: 'withdrawn', n: 1 });
  }
  if (!isOpen(s.status)) out.push({ day: day(s.finished_at ?? s.closed_at), column: 'open_delta', n: -1 });
  if (s.delivered_at !== null) {
    out.push({ day: day(s.delivered_at), column: 'delivered', n: 1 });
    if (deliveryMethod(s.delivery) === 'electronic') {
      out.push({ day: day(s.delivered_at), column: 'delivered_electronic', n: 1 });
    }
  }
  return out;
}

/**
 * The counter changes of one dossier change, made at `now`: the footprint of `after` minus that
 * of `before` (null before creation), and the overdue ledger moved from the old to the new state.
 * `digitised` says whether a newly received dossier has a scanned file attached (Decision 766).
 */
export function statsDelta(
  before: StatsDossierState | null,
  after: StatsDossierState | null,
  ctx: { timeZone: string; now: Date; digitised?: boolean },
): CounterDelta[] {
  const byKey = new Map<string, CounterDelta>();
  const add = (s: StatsDossierState, e: Entry, sign: number) => {
    if (e.n === 0) return;
    const key = `${s.resolving_unit_id}:${s.procedure_id}:${e.day}`;
    let d = byKey.get(key);
    if (!d) {
      d = { unitId: s.resolving_unit_id, procedureId: s.procedure_id, day: e.day, values: zeroValues() };
      byKey.set(key, d);
    }
    d.values[e.column] += sign * e.n;
  };
  const isNewlyReceived = after !== null && wasReceived(after) && (before === null || !wasReceived(before));
  if (before) for (const e of footprint(before, ctx.timeZone, ctx.now, false)) add(before, e, -1);
  if (after) {
    const digitised = isNewlyReceived && ctx.digitised === true;
    for (const e of footprint(after, ctx.timeZone, ctx.now, digitised)) add(after, e, 1);
  }
  // The overdue ledger, moved today: see the module comment. A dossier that is new to the
  // statistics brings its whole life with it, so its overdue run starts where its due day says.
  const today = localDay(ctx.timeZone, ctx.now);
  const startDay = isNewlyReceived ? Number.NEGATIVE_INFINITY : today;
  const from = before ? overdueFrom(before, ctx.timeZone) : null;
  const to = after ? overdueFrom(after, ctx.timeZone) : null;
  const sameGroup =
    before !== null &&
    after !== null &&
    before.resolving_unit_id === after.resolving_unit_id &&
    before.procedure_id === after.procedure_id;
  if (from !== to || !sameGroup) {
    if (before && from !== null)
      add(before, { day: Math.max(from, today), column: 'overdue_delta', n: 1 }, -1);
    if (after && to !== null) add(after, { day: Math.max(to, startDay), column: 'overdue_delta', n: 1 }, 1);
  }
  return [...byKey.values()]
    .filter((d) => counterColumns.some((c) => d.values[c] !== 0))
    .sort((a, b) => a.unitId - b.unitId || a.procedureId - b.procedureId || a.day - b.day);
}
