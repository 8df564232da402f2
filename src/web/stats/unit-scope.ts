// The units whose statistics an officer may read, as the server decides it (session-repository):
// leaders and administrators see their unit and every unit below it; other roles their own unit.
import type { StaffRole, StaffUser } from '../http/auth-queries.ts';
import type { Unit } from '../http/catalog-queries.ts';

/** Roles that open the statistics dashboard. */
export const statsRoles: readonly StaffRole[] = ['leader', 'unit-admin', 'province-admin'];

export function canSeeStats(user: StaffUser): boolean {
  return user.roles.some((grant) => statsRoles.includes(grant.role));
}

function childrenOf(units: readonly Unit[]): Map<number, Unit[]> {
  const children = new Map<number, Unit[]>();
  for (const unit of units) {
    if (unit.parentId === null) continue;
    children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]);
  }
  return children;
}

export interface ScopedUnit extends Unit {
  /** Depth below the officer's top unit (0 for it), for indenting the picker. */
  depth: number;
}

/** The visible units in tree order (each granted unit, then its subtree), top units first. */
export function visibleUnits(user: StaffUser, units: readonly Unit[]): ScopedUnit[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const children = childrenOf(units);
  const depthOf = (unit: Unit): number => {
    let depth = 0;
    let parent = unit.parentId === null ? undefined : byId.get(unit.parentId);
    while (parent && depth < 20) {
      depth += 1;
      parent = parent.parentId === null ? undefined : byId.get(parent.parentId);
    }
    return depth;
  };
  const roots = user.roles
    .map((grant) => ({ unit: byId.get(grant.unitId), deep: statsRoles.includes(grant.role) }))
    .filter((root): root is { unit: Unit; deep: boolean } => root.unit !== undefined)
    .sort((a, b) => depthOf(a.unit) - depthOf(b.unit));
  const seen = new Set<number>();
  const result: ScopedUnit[] = [];
  for (const root of roots) {
    const base = depthOf(root.unit);
    const visit = (unit: Unit) => {
      if (seen.has(unit.id)) return;
      seen.add(unit.id);
      result.push({ ...unit, depth: depthOf(unit) - base });
      if (root.deep) for (const child of children.get(unit.id) ?? []) visit(child);
    };
    visit(root.unit);
  }
  return result;
}

/** The path from the officer's top visible unit down to a unit, for the breadcrumb. */
export function unitTrail(unitId: number, scoped: readonly ScopedUnit[]): ScopedUnit[] {
  const byId = new Map(scoped.map((unit) => [unit.id, unit]));
  const trail: ScopedUnit[] = [];
  let unit = byId.get(unitId);
  while (unit && trail.length < 20) {
    trail.unshift(unit);
    unit = unit.parentId === null ? undefined : byId.get(unit.parentId);
  }
  return trail;
}
