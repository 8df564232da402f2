// Who may read the statistics of a unit: any staff member who can see the unit (their role's unit
// or one below it). Another unit answers 404, as if it did not exist (API.md).

import type { Staff } from '../auth/staff.ts';
import { visibleUnitIds } from '../dossiers/dossier-policy.ts';

export function maySeeUnitStats(staff: Staff, unitId: number): boolean {
  return visibleUnitIds(staff).includes(unitId);
}
