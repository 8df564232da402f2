// Checks for a new staff account, the same rules as the server's (username pattern, 10-character password).
import type { StaffRole } from '../../domain/catalog/schema.ts';

/** The server's MIN_PASSWORD_LENGTH (src/server/features/auth/password.ts). */
export const minPasswordLength = 10;

export interface UserDraft {
  username: string;
  fullName: string;
  password: string;
  role: StaffRole;
}

export type UserField = 'username' | 'fullName' | 'password';

export function validateUser(draft: UserDraft): Partial<Record<UserField, true>> {
  const errors: Partial<Record<UserField, true>> = {};
  if (!/^[a-z0-9._-]{3,64}$/.test(draft.username.trim().toLowerCase())) errors.username = true;
  if (!draft.fullName.trim()) errors.fullName = true;
  if (draft.password.length < minPasswordLength) errors.password = true;
  return errors;
}

/** The roles an administrator may hand out: a unit administrator never creates a province administrator. */
export function grantableRoles(isProvinceAdmin: boolean): StaffRole[] {
  const roles: StaffRole[] = ['reception', 'specialist', 'leader', 'unit-admin'];
  return isProvinceAdmin ? [...roles, 'province-admin'] : roles;
}
