// What an officer's roles open: their first page, the units they administer, safe return paths.
import { describe, expect, test } from 'vitest';
import type { StaffUser } from '../http/auth-queries.ts';
import { homePath, managedUnitIds, safeNextPath } from './staff-roles.ts';

const user = (roles: StaffUser['roles']): StaffUser => ({ id: 1, username: 'u', fullName: 'U', roles });
const units = [
  { id: 1, parentId: null },
  { id: 2, parentId: 1 },
  { id: 3, parentId: 2 },
  { id: 4, parentId: 2 },
  { id: 5, parentId: 1 },
];

describe('staff roles', () => {
  test('reception lands on the counter, specialists on the work lists, administrators on users', () => {
    expect(homePath(user([{ role: 'reception', unitId: 4 }]))).toBe('/can-bo/tiep-nhan');
    expect(homePath(user([{ role: 'specialist', unitId: 2 }]))).toBe('/can-bo/ho-so');
    expect(homePath(user([{ role: 'unit-admin', unitId: 2 }]))).toBe('/can-bo/nguoi-dung');
  });

  test('an administrator manages their unit and everything below it', () => {
    expect(managedUnitIds(user([{ role: 'unit-admin', unitId: 2 }]), units)).toEqual([2, 3, 4]);
    expect(managedUnitIds(user([{ role: 'province-admin', unitId: 1 }]), units)).toEqual([1, 2, 3, 4, 5]);
    expect(managedUnitIds(user([{ role: 'leader', unitId: 2 }]), units)).toEqual([]);
  });

  test('only a staff path is a place to return to after signing in', () => {
    expect(safeNextPath('/can-bo/ho-so/ABC-261127-0001?x=1')).toBe('/can-bo/ho-so/ABC-261127-0001?x=1');
    expect(safeNextPath('/can-bo')).toBe('/can-bo');
    expect(safeNextPath('https://evil.example/can-bo')).toBeUndefined();
    expect(safeNextPath('//evil.example')).toBeUndefined();
    expect(safeNextPath('/can-boxyz')).toBeUndefined();
    expect(safeNextPath(null)).toBeUndefined();
  });
});
