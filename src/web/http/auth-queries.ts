// Who is signed in (GET /api/auth/me), signing in and out; the CSRF token follows the session.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { StaffRole } from '../../domain/catalog/schema.ts';
import { ApiError, getJson } from './client.ts';
import { fetchCsrfToken, forgetCsrfToken, sendJson } from './send.ts';

export type { StaffRole };

export interface StaffUser {
  id: number;
  username: string;
  fullName: string;
  roles: { role: StaffRole; unitId: number }[];
}

export const meKey = ['auth', 'me'] as const;

/** The signed-in officer, or null when nobody is (401). */
async function fetchMe(signal: AbortSignal): Promise<StaffUser | null> {
  try {
    return await getJson<StaffUser>('/api/auth/me', signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 5 * 60 * 1000,
  });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { username: string; password: string }) => {
      // A stale token from an earlier session would be refused: the sign-in request needs none.
      forgetCsrfToken();
      const { user } = await sendJson<{ user: StaffUser }>('POST', '/api/auth/login', input);
      await fetchCsrfToken();
      return user;
    },
    onSuccess: (user) => {
      // Nothing cached under the previous officer may show through.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      queryClient.setQueryData(meKey, user);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await sendJson<void>('POST', '/api/auth/logout');
      } catch (error) {
        // Already signed out (the session expired): that is what was asked for.
        if (!(error instanceof ApiError && error.status === 401)) throw error;
      }
    },
    onSuccess: () => {
      forgetCsrfToken();
      queryClient.clear();
      queryClient.setQueryData(meKey, null);
    },
  });
}
