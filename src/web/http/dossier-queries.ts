// Staff dossier endpoints (work lists, one dossier, its actions, counter reception) as TanStack Query hooks.
import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DossierAction, DossierEventKind, DossierStatus } from '../../domain/dossier/lifecycle.ts';
import { getJson, type ListResponse, withQuery } from './client.ts';
import { sendJson } from './send.ts';

export type { DossierAction, DossierStatus };
export type Channel = 'online' | 'counter' | 'post';
export type StepClass = 'early' | 'on_time' | 'late';

export interface DossierListItem {
  code: string;
  status: DossierStatus;
  portalStatus: number;
  channel: Channel;
  procedureName: string;
  applicantName: string;
  currentUnitId: number;
  step: number | null;
  stepName: string | null;
  assigneeName: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  appointmentAt: string | null;
  remainingWorkingMinutes: number | null;
  isOverdue: boolean;
  version: number;
}

export interface DossierEvent {
  id: number;
  at: string;
  action: DossierEventKind;
  fromStatus: DossierStatus | null;
  toStatus: DossierStatus | null;
  fromStep: number | null;
  toStep: number | null;
  fromUnitName: string | null;
  toUnitName: string | null;
  actorName: string | null;
  toAssigneeName: string | null;
  note: string | null;
  data: Record<string, unknown> | null;
  stepDueAt: string | null;
  stepClass: StepClass | null;
  isPublic: boolean;
}

export interface DossierApplicant {
  type: 'citizen' | 'organisation';
  name: string;
  idNumber: string;
  phone: string;
  email?: string | null;
  address?: string | null;
  representative?: { name: string; idNumber: string; phone?: string | null } | null;
}

export interface DossierView {
  code: string;
  status: DossierStatus;
  portalStatus: number;
  version: number;
  procedureId: number;
  procedureCode: string;
  procedureName: string;
  receivingUnitId: number;
  resolvingUnitId: number;
  currentUnitId: number;
  channel: Channel;
  applicant: DossierApplicant;
  lookupKey: string;
  step: number | null;
  stepName: string | null;
  stepDueAt: string | null;
  steps: { position: number; name: string; role: string; department: string | null; hours: number }[];
  assigneeId: number | null;
  assigneeName: string | null;
  department: string | null;
  submittedAt: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  appointmentAt: string | null;
  pausedAt: string | null;
  finishedAt: string | null;
  finishClass: StepClass | null;
  decision: string | null;
  deliveredAt: string | null;
  closedAt: string | null;
  supplementCount: number;
  apologyCount: number;
  remainingWorkingMinutes: number | null;
  isOverdue: boolean;
  documents: {
    id: number;
    componentId: number | null;
    name: string;
    fileId: string | null;
    originals: number;
    copies: number;
    source: string;
    mediaType: string | null;
    size: number | null;
  }[];
  events: DossierEvent[];
  allowedActions: DossierAction[];
}

export const workLists = ['to-receive', 'mine', 'due-soon', 'overdue', 'to-deliver'] as const;
export type WorkList = (typeof workLists)[number];

export interface DossierListQuery {
  list?: WorkList | undefined;
  status?: string | undefined;
  channel?: Channel | undefined;
  q?: string | undefined;
  page?: number;
  pageSize?: number;
}

const listPath = (query: DossierListQuery) => withQuery('/api/dossiers', { ...query });

export function useDossierList(query: DossierListQuery) {
  return useQuery({
    queryKey: ['dossiers', 'list', query],
    queryFn: ({ signal }) => getJson<ListResponse<DossierListItem>>(listPath(query), signal),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}

/** How many dossiers each named list holds: one `pageSize=1` request per list. */
export function useWorkListCounts(lists: readonly (WorkList | undefined)[]) {
  return useQueries({
    queries: lists.map((list) => ({
      queryKey: ['dossiers', 'list', { list, pageSize: 1 }],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        getJson<ListResponse<DossierListItem>>(listPath({ list, pageSize: 1 }), signal),
      select: (data: ListResponse<DossierListItem>) => data.total,
      refetchInterval: 60_000,
    })),
  });
}

export const dossierKey = (code: string) => ['dossiers', 'one', code] as const;

export function useDossier(code: string) {
  return useQuery({
    queryKey: dossierKey(code),
    queryFn: ({ signal }) => getJson<DossierView>(`/api/dossiers/${encodeURIComponent(code)}`, signal),
  });
}

export function useDossierAction(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: DossierAction; body: Record<string, unknown> }) =>
      sendJson<DossierView>(
        'POST',
        `/api/dossiers/${encodeURIComponent(code)}/actions/${encodeURIComponent(action)}`,
        body,
      ),
    onSuccess: (view) => {
      queryClient.setQueryData(dossierKey(code), view);
      void queryClient.invalidateQueries({ queryKey: ['dossiers', 'list'] });
    },
  });
}

export interface CounterReceptionBody {
  procedureId: number;
  channel: 'counter' | 'post';
  applicant: Record<string, unknown>;
  documents: { componentId: number; fileId?: string; copies?: number }[];
  note?: string;
}

export function useCounterReception() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CounterReceptionBody) => sendJson<DossierView>('POST', '/api/counter/dossiers', body),
    onSuccess: (view) => {
      queryClient.setQueryData(dossierKey(view.code), view);
      void queryClient.invalidateQueries({ queryKey: ['dossiers', 'list'] });
    },
  });
}

/** The path of one of a dossier's official slips (PDF). */
export function formPath(code: string, form: string): string {
  return `/api/dossiers/${encodeURIComponent(code)}/forms/${form}.pdf`;
}
