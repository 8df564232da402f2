// The signed-in officer, handed down by the route guard so every staff page can read it without waiting.
import { createContext, type ReactNode, useContext } from 'react';
import type { StaffUser } from '../http/auth-queries.ts';

const StaffContext = createContext<StaffUser | null>(null);

export function StaffProvider({ user, children }: { user: StaffUser; children: ReactNode }) {
  return <StaffContext.Provider value={user}>{children}</StaffContext.Provider>;
}

/** The signed-in officer; only inside the staff area, where the guard has made sure there is one. */
export function useStaffUser(): StaffUser {
  const user = useContext(StaffContext);
  if (!user) throw new Error('useStaffUser outside the staff area');
  return user;
}
