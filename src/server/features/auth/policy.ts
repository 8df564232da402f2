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

/** Unit administrators manage their unit's (and sub-units') users; province administrators all. */
export function canManageUsersAt(staff: Staff, unitId: number): boolean {
  return staff.roles.some(
    (g) => (g.role === 'unit-admin' || g.role === 'province-admin') && g.unitIds.includes(unitId),
  );
}

/** The units an administrator administers (their unit and those below it); empty for other roles. */
export function administeredUnitIds(staff: Staff): number[] {
  return [
    ...new Set(
      staff.roles
        .filter((g) => g.role === 'unit-admin' || g.role === 'province-admin')
        .flatMap((g) => g.unitIds),
    ),
  ];
}

/**
 * The development mailbox holds citizens' addresses and lookup keys: administrators read the mail
 * of the dossiers of the units they administer; mail about no dossier, province administrators only.
 */
export function mailboxScope(staff: Staff): { unitIds: number[]; withoutDossier: boolean } {
  return { unitIds: administeredUnitIds(staff), withoutDossier: hasRole(staff, 'province-admin') };
}

/** Only a province administrator makes another province administrator. */
export function canGrantRole(staff: Staff, role: StaffRole, unitId: number): boolean {
  return (
    canManageUsersAt(staff, unitId) && (role !== 'province-admin' || hasRole(staff, 'province-admin', unitId))
  );
}
