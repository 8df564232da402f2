import { describe, expect, it } from 'vitest';
import type { ReportRow } from '../../domain/stats/report-columns.ts';
import { brokenIdentities, sumRows } from './report-rows.ts';
import { visibleUnits } from './unit-scope.ts';

function row(id: number, counts: Partial<ReportRow>): ReportRow {
  return {
    key: String(id),
    id,
    name: `#${id}`,
    receivedTotal: 0,
    receivedOnline: 0,
    receivedDirect: 0,
    carriedOver: 0,
    resolvedTotal: 0,
    resolvedEarly: 0,
    resolvedOnTime: 0,
    resolvedLate: 0,
    pendingTotal: 0,
    pendingWithinDeadline: 0,
    pendingOverdue: 0,
    refused: 0,
    withdrawn: 0,
    onlineRate: null,
    onTimeRate: null,
    averageProcessingDays: null,
    satisfactionRate: null,
    ...counts,
  };
}

describe('report rows', () => {
  it('sums rows with the API’s rates', () => {
    const a = row(1, {
      receivedTotal: 4,
      receivedOnline: 1,
      receivedDirect: 3,
      resolvedTotal: 2,
      resolvedOnTime: 1,
      resolvedLate: 1,
      pendingTotal: 2,
      pendingWithinDeadline: 2,
      averageProcessingDays: 3,
      satisfactionRate: 0.5,
    });
    const b = row(2, {
      receivedTotal: 2,
      receivedDirect: 1,
      carriedOver: 1,
      resolvedTotal: 2,
      resolvedEarly: 2,
      averageProcessingDays: 1,
      satisfactionRate: 1,
    });
    const total = sumRows([a, b], 'Tổng cộng');
    expect(total).toMatchObject({ receivedTotal: 6, receivedOnline: 1, receivedDirect: 4, resolvedTotal: 4 });
    expect(total.onlineRate).toBeCloseTo(1 / 5);
    expect(total.onTimeRate).toBeCloseTo(3 / 4);
    expect(total.averageProcessingDays).toBeCloseTo(2);
    expect(total.satisfactionRate).toBeCloseTo(0.75);
    expect(brokenIdentities(total)).toEqual([]);
    expect(brokenIdentities({ ...total, receivedTotal: 7 })).toEqual(['(3)=(4)+(5)+(6)']);
  });

  it('gives a leader the unit and its subtree, another role only its unit', () => {
    const units = [
      { id: 1, code: 'p', name: 'Tỉnh', level: 'province', parentId: null, address: null },
      { id: 2, code: 'd', name: 'Huyện', level: 'district', parentId: 1, address: null },
      { id: 3, code: 'c1', name: 'Xã 1', level: 'commune', parentId: 2, address: null },
      { id: 4, code: 'c2', name: 'Xã 2', level: 'commune', parentId: 2, address: null },
      { id: 5, code: 'd2', name: 'Huyện 2', level: 'district', parentId: 1, address: null },
    ];
    const leader = { id: 1, username: 'l', fullName: 'L', roles: [{ role: 'leader' as const, unitId: 2 }] };
    expect(visibleUnits(leader, units).map((u) => [u.id, u.depth])).toEqual([
      [2, 0],
      [3, 1],
      [4, 1],
    ]);
    const reception = { ...leader, roles: [{ role: 'reception' as const, unitId: 3 }] };
    expect(visibleUnits(reception, units).map((u) => u.id)).toEqual([3]);
  });
});
