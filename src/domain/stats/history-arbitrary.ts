// Random dossier histories for the statistics' property tests (fast-check): channels, online
// submissions refused or accepted, supplements that pause the clock and move the due date,
// apologies (which move nothing), finishes early / on time / late, rejections, withdrawals,
// deliveries and ratings, at times of day chosen to sit on both sides of local midnight.
// Test support only: production code never imports it.
import fc from 'fast-check';
import { wallToInstant } from '../calendar/time-zone.ts';
import { dayOf, localDay } from './buckets.ts';
import type { DossierTimeline, TimelineStep } from './reference-report.ts';
import type { StatsDossierState } from './stats-delta.ts';

export const HISTORY_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** Histories start from here and run a few months: across month ends and a new year. */
export const HISTORY_FIRST_DAY = dayOf('2024-11-20');
export const HISTORY_DAYS = 100;

/** Local minutes of the day: just after midnight, office hours, just before midnight. */
const MINUTES = [0, 5, 7 * 60 + 30, 11 * 60 + 59, 16 * 60 + 59, 23 * 60 + 55, 23 * 60 + 59];

const gap = fc.record({
  days: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 25 })),
  minute: fc.constantFrom(...MINUTES),
});
type Gap = { days: number; minute: number };

const middleOp = fc.oneof(
  fc.record({ kind: fc.constant('supplement' as const), pause: gap, resume: fc.option(gap, { nil: null }) }),
  fc.record({ kind: fc.constant('apologize' as const), at: gap }),
);

export const dossierPlanArb = fc.record({
  unit: fc.nat(),
  procedure: fc.nat(),
  channel: fc.constantFrom('online' as const, 'counter' as const, 'post' as const),
  startDay: fc.integer({ min: 0, max: HISTORY_DAYS - 10 }),
  startMinute: fc.constantFrom(...MINUTES),
  /** online only: what the reception does with the submission */
  reception: fc.constantFrom(
    'accept' as const,
    'accept' as const,
    'accept' as const,
    'refuse' as const,
    'withdraw' as const,
    'wait' as const,
  ),
  receptionGap: gap,
  dueDays: fc.integer({ min: 0, max: 20 }),
  dueMinute: fc.constantFrom(...MINUTES),
  middle: fc.array(middleOp, { maxLength: 3 }),
  end: fc.constantFrom(
    'finish' as const,
    'finish' as const,
    'reject' as const,
    'withdraw' as const,
    'stop' as const,
    'open' as const,
  ),
  endGap: gap,
  delivery: fc.option(fc.record({ at: gap, method: fc.constantFrom('electronic', 'counter', 'post') }), {
    nil: null,
  }),
  rating: fc.option(
    fc.record({
      at: gap,
      score: fc.constantFrom('very_satisfied' as const, 'satisfied' as const, 'dissatisfied' as const),
    }),
    { nil: null },
  ),
  digitised: fc.boolean(),
});
export type DossierPlan = typeof dossierPlanArb extends fc.Arbitrary<infer T> ? T : never;

function instant(day: number, minute: number): Date {
  return new Date(wallToInstant(HISTORY_TIME_ZONE, day * 86_400_000 + minute * 60_000));
}

/** The timeline of one planned dossier, with the state after each change as the pipeline writes it. */
export function buildTimeline(plan: DossierPlan, units: number[], procedures: number[]): DossierTimeline {
  const tz = HISTORY_TIME_ZONE;
  let t = instant(HISTORY_FIRST_DAY + plan.startDay, plan.startMinute);
  const next = (g: Gap) => {
    const candidate = instant(localDay(tz, t) + g.days, g.minute);
    t = candidate > t ? candidate : new Date(t.getTime() + 60_000);
    return t;
  };
  const steps: TimelineStep[] = [];
  let s: StatsDossierState = {
    resolving_unit_id: units[plan.unit % units.length] as number,
    procedure_id: procedures[plan.procedure % procedures.length] as number,
    channel: plan.channel,
    status: plan.channel === 'online' ? 'submitted' : 'received',
    received_at: null,
    due_at: null,
    paused_at: null,
    finished_at: null,
    finish_class: null,
    closed_at: null,
    delivered_at: null,
    delivery: null,
  };
  const push = (at: Date, patch: Partial<StatsDossierState>) => {
    s = { ...s, ...patch };
    steps.push({ at, state: s });
  };
  const receive = (at: Date) =>
    push(at, {
      status: 'received',
      received_at: at,
      due_at: instant(localDay(tz, at) + plan.dueDays, plan.dueMinute),
    });
  if (plan.channel === 'online') {
    push(t, {});
    const at = next(plan.receptionGap);
    if (plan.reception === 'refuse') push(at, { status: 'refused', closed_at: at });
    else if (plan.reception === 'withdraw') push(at, { status: 'withdrawn', closed_at: at });
    else if (plan.reception === 'accept') receive(at);
    if (plan.reception !== 'accept') return { steps, digitised: plan.digitised };
  } else {
    receive(t);
  }
  let supplements = 0;
  for (const op of plan.middle) {
    if (op.kind === 'apologize') {
      next(op.at); // the appointment moves, the legal due date does not: no state the statistics read
      continue;
    }
    const pausedAt = next(op.pause);
    supplements += 1;
    push(pausedAt, { status: 'awaiting_supplement', paused_at: pausedAt });
    if (op.resume === null) break;
    const resumedAt = next(op.resume);
    const pausedMs = resumedAt.getTime() - pausedAt.getTime();
    push(resumedAt, {
      status: 'in_progress',
      paused_at: null,
      due_at: s.due_at ? new Date(s.due_at.getTime() + pausedMs) : null,
    });
  }
  if (plan.end !== 'open') {
    const at = next(plan.endGap);
    if (plan.end === 'withdraw' || plan.end === 'stop') {
      push(at, { status: plan.end === 'stop' ? 'stopped' : 'withdrawn', closed_at: at, paused_at: null });
    } else if (s.status !== 'awaiting_supplement') {
      // Decree 118/2025 Art. 11: a second supplement request makes the dossier late.
      const dueDay = s.due_at ? localDay(tz, s.due_at) : 0;
      const finishDay = localDay(tz, at);
      const cls =
        supplements >= 2 ? 'late' : finishDay < dueDay ? 'early' : finishDay === dueDay ? 'on_time' : 'late';
      push(at, {
        status: plan.end === 'reject' ? 'rejected' : 'result_ready',
        finished_at: at,
        finish_class: cls,
      });
      if (plan.delivery) {
        const deliveredAt = next(plan.delivery.at);
        push(deliveredAt, {
          status: 'delivered',
          delivered_at: deliveredAt,
          delivery: { method: plan.delivery.method },
        });
      }
    }
  }
  const isFinished = s.finished_at !== null;
  const ratings = isFinished && plan.rating ? [{ at: next(plan.rating.at), score: plan.rating.score }] : [];
  return { steps, digitised: plan.digitised, ratings };
}

/** A period that may start before, cut through or end after the histories. */
export const periodArb = fc
  .record({ from: fc.integer({ min: -5, max: HISTORY_DAYS + 10 }), length: fc.integer({ min: 0, max: 70 }) })
  .map(({ from, length }) => ({ from: HISTORY_FIRST_DAY + from, to: HISTORY_FIRST_DAY + from + length }));
