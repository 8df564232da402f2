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
          receivedFrom: '2026-10-01',
          receivedTo: '2026-11-27',
          channel: 'online',
        },
      },
    ]);
    expect(drillQueries('pendingOverdue', scope, { id: 10 })).toEqual([
      { params: { unitId: 10, overdue: 'true' } },
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

  it('has no list for (3) and (6), nor for pending columns of a period that ended', () => {
    expect(drillQueries('receivedTotal', scope, { id: null })).toBeNull();
    expect(drillQueries('carriedOver', scope, { id: null })).toBeNull();
    expect(drillQueries('pendingTotal', { ...scope, to: '2026-09-30' }, { id: null })).toBeNull();
    expect(drillQueries('pendingTotal', scope, { id: null })).not.toBeNull();
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
