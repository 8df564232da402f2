// Levels come from the unit tree, ordered from the top, whatever their codes are.
import { describe, expect, test } from 'vitest';
import type { Unit } from '../http/catalog-queries.ts';
import { levelsInTreeOrder } from './levels.ts';

const unit = (id: number, level: string, parentId: number | null): Unit => ({
  id,
  code: `U${id}`,
  name: `Unit ${id}`,
  level,
  parentId,
  address: null,
});

describe('levels of the unit tree', () => {
  test('a three-level tree listed out of order gives province, district, commune', () => {
    const units = [
      unit(5, 'commune', 2),
      unit(2, 'district', 1),
      unit(1, 'province', null),
      unit(6, 'commune', 2),
    ];
    expect(levelsInTreeOrder(units)).toEqual(['province', 'district', 'commune']);
  });

  test('a two-level tree after the 2025 reform gives province, commune', () => {
    expect(levelsInTreeOrder([unit(3, 'commune', 1), unit(1, 'province', null)])).toEqual([
      'province',
      'commune',
    ]);
  });

  test('an unknown level code is kept, and a parent cycle does not hang', () => {
    const units = [unit(1, 'zone', 2), unit(2, 'ward', 1)];
    expect(levelsInTreeOrder(units).sort()).toEqual(['ward', 'zone']);
  });
});
