// Who may do what: the one place that answers permission questions from role × unit scope.
import type { StaffRole } from '../../../domain/catalog/schema.ts';
import { ForbiddenError } from '../../http/problem.ts';
import type { Staff } from './staff.ts';

export function hasRole(staff: Staff, role: StaffRole, unitId?: number): boolean {
  return staff.roles.some((g) => g.role === role && (unitId === undefined || g.unitIds.includes(unitId)));
}

/** Province administrators manage the shared calendar, the unit tree and the master catalog. */
export function canManageCalendar(staff: Staff): boolean {
  return hasRole(staff, 'province-admin');
}

export function assertAllowed(allowed: boolean, detail?: string): void {
  if (!allowed) throw new ForbiddenError(detail);
}
