// Staff accounts: the officers of a unit (assignee pickers) and user management for administrators.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { StaffRole } from '../../domain/catalog/schema.ts';
import { ApiError, getJson, type ListResponse, withQuery } from './client.ts';
import { sendJson } from './send.ts';

export interface StaffMember {
  id: number;
  fullName: string;
  roles: { role: StaffRole; unitId: number }[];
}

export interface ManagedUser extends StaffMember {
  username: string;
  isDisabled: boolean;
}

/** True when the server does not have the endpoint yet (or the thing is gone): the page falls back. */
export function isMissing(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** The officers of a unit (GET /api/staff?unitId=); the picker falls back to a number field on 404. */
export function useUnitStaff(unitId: number | undefined) {
  return useQuery({
    queryKey: ['staff', unitId],
    queryFn: ({ signal }) => getJson<ListResponse<StaffMember>>(withQuery('/api/staff', { unitId }), signal),
    enabled: unitId !== undefined,
    staleTime: 5 * 60 * 1000,
  });
}

export function useUsers(unitId: number | undefined) {
  return useQuery({
    queryKey: ['users', unitId],
    queryFn: ({ signal }) => getJson<ListResponse<ManagedUser>>(withQuery('/api/users', { unitId }), signal),
    enabled: unitId !== undefined,
  });
}

export interface NewUser {
  username: string;
  fullName: string;
  password: string;
  role: StaffRole;
  unitId: number;
}

export function useAddUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (user: NewUser) => sendJson<ManagedUser>('POST', '/api/users', user),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      void queryClient.invalidateQueries({ queryKey: ['staff'] });
    },
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: { isDisabled?: boolean; fullName?: string } }) =>
      sendJson<ManagedUser>('PATCH', `/api/users/${id}`, patch),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      void queryClient.invalidateQueries({ queryKey: ['staff'] });
    },
  });
}
