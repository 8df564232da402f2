// Who may see a dossier and who may act on it: role × unit scope × status, in one place.
import type { StaffRole } from '../../../domain/catalog/schema.ts';
import { allowedActions, type DossierAction, type DossierStatus } from '../../../domain/dossier/lifecycle.ts';
import type { Staff } from '../auth/staff.ts';

/** The roles that may take each action, at the unit that holds the dossier. */
export const actionRoles = {
  accept: ['reception'],
  refuse: ['reception'],
  assign: ['reception', 'leader'],
  transfer: ['reception', 'specialist', 'leader'],
  forward: ['reception', 'specialist', 'leader'],
  return: ['specialist', 'leader'],
  'request-supplement': ['reception', 'specialist'],
  'receive-supplement': ['reception'],
  approve: ['leader'],
  reject: ['leader'],
  finish: ['reception', 'specialist', 'leader'],
  deliver: ['reception'],
  apologize: ['specialist', 'leader'],
  withdraw: ['reception', 'leader'],
} as const satisfies Record<DossierAction, readonly StaffRole[]>;

export interface DossierScope {
  status: DossierStatus;
  receivingUnitId: number;
  resolvingUnitId: number;
  currentUnitId: number;
}

/** Every unit the staff member can see anything of. */
export function visibleUnitIds(staff: Staff): number[] {
  return [...new Set(staff.roles.flatMap((g) => g.unitIds))];
}

/** Staff see the dossiers their units received, resolve or hold; others get 404, never 403. */
export function canSeeDossier(staff: Staff, d: DossierScope): boolean {
  const units = visibleUnitIds(staff);
  return (
    units.includes(d.receivingUnitId) || units.includes(d.resolvingUnitId) || units.includes(d.currentUnitId)
  );
}

/** Whether this staff member holds a role for the action at the unit that holds the dossier. */
export function mayTakeAction(staff: Staff, d: DossierScope, action: DossierAction): boolean {
  const roles = actionRoles[action] as readonly StaffRole[];
  return staff.roles.some((g) => roles.includes(g.role) && g.unitIds.includes(d.currentUnitId));
}

/** The actions this staff member can take now: the status allows them and a role permits them. */
export function availableActions(staff: Staff, d: DossierScope): DossierAction[] {
  return (allowedActions[d.status] as readonly DossierAction[]).filter((a) => mayTakeAction(staff, d, a));
}

/** Counter reception: a reception officer at that unit. */
export function mayReceiveAt(staff: Staff, unitId: number): boolean {
  return staff.roles.some((g) => g.role === 'reception' && g.unitId === unitId);
}

/** The unit a reception officer receives at when the request names none. */
export function defaultReceptionUnit(staff: Staff): number | undefined {
  return staff.roles.find((g) => g.role === 'reception')?.unitId;
}
