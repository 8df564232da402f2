// Levels of the unit tree are data: derive the distinct ones from the units, highest level first.
import type { Unit } from '../http/catalog-queries.ts';

function depthOf(unit: Unit, byId: Map<number, Unit>): number {
  let depth = 0;
  let parentId = unit.parentId;
  // Bounded by the number of units, so a malformed cycle cannot hang the page.
  while (parentId !== null && depth < byId.size) {
    const parent = byId.get(parentId);
    if (!parent) break;
    depth += 1;
    parentId = parent.parentId;
  }
  return depth;
}

/** Distinct `level` codes ordered by their shallowest place in the tree (province before commune). */
export function levelsInTreeOrder(units: readonly Unit[]): string[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const shallowest = new Map<string, number>();
  for (const unit of units) {
    const depth = depthOf(unit, byId);
    const known = shallowest.get(unit.level);
    if (known === undefined || depth < known) shallowest.set(unit.level, depth);
  }
  return [...shallowest.entries()]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .map(([level]) => level);
}
