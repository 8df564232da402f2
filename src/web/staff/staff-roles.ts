// What the signed-in officer's roles mean for the web app: which screens, which units, where to land.
import type { StaffRole, StaffUser } from '../http/auth-queries.ts';

export const adminRoles: readonly StaffRole[] = ['unit-admin', 'province-admin'];
const dossierRoles: readonly StaffRole[] = ['reception', 'specialist', 'leader'];

export function hasRole(user: StaffUser, role: StaffRole): boolean {
  return user.roles.some((grant) => grant.role === role);
}

/** The unit whose counter the officer receives at (the first reception role), if any. */
export function receptionUnitId(user: StaffUser): number | undefined {
  return user.roles.find((grant) => grant.role === 'reception')?.unitId;
}

export function canReceive(user: StaffUser): boolean {
  return receptionUnitId(user) !== undefined;
}

export function canHandleDossiers(user: StaffUser): boolean {
  return user.roles.some((grant) => dossierRoles.includes(grant.role));
}

export function canManageUsers(user: StaffUser): boolean {
  return user.roles.some((grant) => adminRoles.includes(grant.role));
}

/** The first staff page after signing in: the counter, the work lists, or user management. */
export function homePath(user: StaffUser): string {
  if (canReceive(user)) return '/can-bo/tiep-nhan';
  if (canHandleDossiers(user) || !canManageUsers(user)) return '/can-bo/ho-so';
  return '/can-bo/nguoi-dung';
}

/** Only a path inside the staff area is a safe place to return to after signing in (no open redirect). */
export function safeNextPath(next: string | null): string | undefined {
  return next && /^\/can-bo(?:[/?#]|$)/.test(next) ? next : undefined;
}

export interface UnitLike {
  id: number;
  parentId: number | null;
}

/** The units an administrator manages: each administered unit and, below it, its whole subtree. */
export function managedUnitIds(user: StaffUser, units: readonly UnitLike[]): number[] {
  const roots = user.roles.filter((grant) => adminRoles.includes(grant.role)).map((grant) => grant.unitId);
  const children = new Map<number, number[]>();
  for (const unit of units) {
    if (unit.parentId === null) continue;
    children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit.id]);
  }
  const seen = new Set<number>();
  const queue = [...roots];
  while (queue.length > 0) {
    const id = queue.shift() as number;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(children.get(id) ?? []));
  }
  return units.filter((unit) => seen.has(unit.id)).map((unit) => unit.id);
}
