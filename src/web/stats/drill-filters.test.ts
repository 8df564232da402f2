import { describe, expect, it } from 'vitest';
import { type DrillScope, drillKey, drillQueries, readDrillKey } from './drill-filters.ts';

const scope: DrillScope = {
  unitId: 10,
  includeSubunits: true,
  groupBy: 'unit',
  from: '2026-10-01',
  to: '2026-11-27',
  today: '2026-11-27',
};

describe('the dossiers behind a number', () => {
  it('selects a child unit with its subtree, the unit itself alone', () => {
    expect(drillQueries('receivedOnline', scope, { id: 11 })).toEqual([
      {
        params: {
          unitId: 11,
          includeSubunits: 'true',
          resolvingOnly: 'true',
          receivedFrom: '2026-10-01',
          receivedTo: '2026-11-27',
          channel: 'online',
        },
      },
    ]);
    expect(drillQueries('pendingOverdue', scope, { id: 10 })).toEqual([
      { params: { unitId: 10, resolvingOnly: 'true', openOn: '2026-11-27', deadlineOn: 'overdue' } },
    ]);
  });

  it('lists (5) in two parts, counter and post', () => {
    const parts = drillQueries('receivedDirect', scope, { id: null });
    expect(parts?.map((p) => [p.part, p.params.channel])).toEqual([
      ['counter', 'counter'],
      ['post', 'post'],
    ]);
  });

  it('uses the finish day and class for (7)–(10), the field or procedure of the row', () => {
    expect(drillQueries('resolvedLate', { ...scope, groupBy: 'field' }, { id: 3 })).toEqual([
      {
        params: {
          unitId: 10,
          includeSubunits: 'true',
          resolvingOnly: 'true',
          fieldId: 3,
          finishedFrom: '2026-10-01',
          finishedTo: '2026-11-27',
          finishClass: 'late',
        },
      },
    ]);
    const total = drillQueries('resolvedTotal', { ...scope, groupBy: 'procedure', fieldId: 3 }, { id: null });
    expect(total?.[0]?.params.fieldId).toBe(3);
    const one = drillQueries('resolvedTotal', { ...scope, groupBy: 'procedure' }, { id: 99 });
    expect(one?.[0]?.params.procedureId).toBe(99);
  });

  it('lists the balances as they stood: (3) held in the period, (6) open the day before, (11)–(13) at its end', () => {
    const past = { ...scope, from: '2025-04-01', to: '2025-06-30' };
    expect(drillQueries('receivedTotal', past, { id: null })?.[0]?.params).toMatchObject({
      handledFrom: '2025-04-01',
      handledTo: '2025-06-30',
    });
    expect(drillQueries('carriedOver', past, { id: null })?.[0]?.params.openOn).toBe('2025-03-31');
    expect(
      drillQueries('carriedOver', { ...past, from: '2024-03-01' }, { id: null })?.[0]?.params.openOn,
    ).toBe('2024-02-29');
    expect(drillQueries('pendingTotal', past, { id: null })?.[0]?.params).toMatchObject({
      openOn: '2025-06-30',
    });
    expect(drillQueries('pendingWithinDeadline', past, { id: null })?.[0]?.params.deadlineOn).toBe('within');
    expect(drillQueries('refused', past, { id: null })?.[0]?.params).toMatchObject({
      status: 'refused',
      closedFrom: '2025-04-01',
      closedTo: '2025-06-30',
    });
    expect(drillQueries('withdrawn', past, { id: null })?.[0]?.params.status).toBe('withdrawn,stopped');
  });

  it('keeps the drilled number in the URL', () => {
    expect(readDrillKey(drillKey('pendingOverdue', { id: 12 }))).toEqual({
      column: 'pendingOverdue',
      row: { id: 12 },
    });
    expect(readDrillKey(drillKey('resolvedLate', { id: null }))).toEqual({
      column: 'resolvedLate',
      row: { id: null },
    });
    expect(readDrillKey('nonsense@1')).toBeNull();
    expect(readDrillKey('receivedTotal@x')).toBeNull();
  });
});
