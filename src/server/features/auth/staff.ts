// The signed-in staff member as the rest of the server sees it.
import type { StaffRole } from '../../../domain/catalog/schema.ts';

export interface RoleGrant {
  role: StaffRole;
  unitId: number;
  /** The granted unit and every unit below it (ids). */
  unitIds: readonly number[];
}

export interface Staff {
  id: number;
  username: string;
  fullName: string;
  roles: RoleGrant[];
  sessionId: string;
  csrfToken: string;
}
