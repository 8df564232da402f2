// The service-quality indicators a province is scored on (Decision 766/QĐ-TTg), for a unit with
// every unit below it and a period; from the same counters as the report.
import { sql } from 'kysely';
import { dayOf } from '../../../domain/stats/buckets.ts';
import { tallyFromPrefixes } from '../../../domain/stats/counter-report.ts';
import { addTally, emptyTally, ratio } from '../../../domain/stats/report-columns.ts';
import type { Db } from '../../db/database.ts';
import type { Staff } from '../auth/staff.ts';
import { checkReportScope } from './get-report.ts';
import { sumPrefixes } from './stats-repository.ts';

export interface Indicator {
  /** fraction 0–1, null when the denominator is 0 */
  value: number | null;
  numerator: number;
  denominator: number;
}

export interface Indicators {
  unit: { id: number; code: string; name: string };
  from: string;
  to: string;
  indicators: {
    /** (finished early or on time + pending within deadline) ÷ (finished + pending): (8)+(9)+(12) ÷ (7)+(11) */
    onTime: Indicator;
    /** received online ÷ received in the period: (4) ÷ ((4)+(5)) */
    onlineSubmission: Indicator;
    /** procedures the units offer with online service (full or partial, Decree 42/2022 Art. 11) ÷ all they offer */
    onlineProcedures: Indicator;
    /** dossiers received in the period with a scanned file attached ÷ received in the period (Circular 01/2023) */
    digitisedDossiers: Indicator;
    /** results delivered electronically ÷ results delivered in the period */
    electronicResults: Indicator;
    /**
     * 1 − late share − dissatisfied share, both over the dossiers resolved in the period: (10) ÷ (7)
     * and the "dissatisfied" ratings given in the period ÷ (7); clamped to 0–1.
     */
    satisfaction: Indicator & { lateShare: number | null; dissatisfiedShare: number | null; ratings: number };
    /** mean calendar days from reception to finish over (7) (not a fraction) */
    averageProcessingDays: number | null;
  };
}

const indicator = (numerator: number, denominator: number): Indicator => ({
  value: ratio(numerator, denominator),
  numerator,
  denominator,
});

export async function getIndicators(input: {
  db: Db;
  staff: Staff | null;
  query: { unitId: number; from: string; to: string };
}): Promise<Indicators> {
  const { db, query } = input;
  const unit = await checkReportScope(db, { staff: input.staff, ...query });
  const scope = { unitId: unit.id, includeSubunits: true };
  const prefixes = await sumPrefixes(db, {
    scope,
    groupBy: 'unit',
    from: dayOf(query.from),
    to: dayOf(query.to),
  });
  const t = emptyTally();
  for (const p of prefixes) addTally(t, tallyFromPrefixes(p.atStart, p.atEnd));
  const offered = await db
    .selectFrom('unit_procedures as up')
    .innerJoin('units as u', 'u.id', 'up.unit_id')
    .innerJoin('procedures as p', 'p.id', 'up.procedure_id')
    .select((eb) => [
      eb.fn.count<number>('p.id').distinct().as('offered'),
      eb.fn
        .count<number>('p.id')
        .distinct()
        .filterWhere('p.online_level', 'in', ['full', 'partial'])
        .as('online'),
    ])
    .where(sql<boolean>`u.path @> array[${unit.id}]::int[]`)
    .executeTakeFirstOrThrow();
  const received = t.receivedOnline + t.receivedDirect;
  const resolved = t.resolvedTotal;
  const satisfaction = indicator(Math.max(0, resolved - t.resolvedLate - t.ratedDissatisfied), resolved);
  return {
    unit,
    from: query.from,
    to: query.to,
    indicators: {
      onTime: indicator(
        t.resolvedEarly + t.resolvedOnTime + t.pendingWithinDeadline,
        t.resolvedTotal + t.pendingTotal,
      ),
      onlineSubmission: indicator(t.receivedOnline, received),
      onlineProcedures: indicator(Number(offered.online), Number(offered.offered)),
      digitisedDossiers: indicator(t.receivedDigitised, received),
      electronicResults: indicator(t.deliveredElectronic, t.delivered),
      satisfaction: {
        ...satisfaction,
        value: satisfaction.value === null ? null : Math.min(1, satisfaction.value),
        lateShare: ratio(t.resolvedLate, resolved),
        dissatisfiedShare: ratio(t.ratedDissatisfied, resolved),
        ratings: t.rated,
      },
      averageProcessingDays:
        resolved === 0 ? null : Math.round((t.processingMinutes / resolved / 1440) * 100) / 100,
    },
  };
}
