// The work list's tab, filters and page live in the URL, so a list can be shared and reopened.
import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { type DossierStatus, dossierStatuses } from '../../domain/dossier/lifecycle.ts';
import { type Channel, type WorkList, workLists } from '../http/dossier-queries.ts';

export type WorkListTab = WorkList | 'all';
export const workListTabs: readonly WorkListTab[] = [
  'to-receive',
  'mine',
  'due-soon',
  'overdue',
  'to-deliver',
  'all',
];

export interface WorkListParams {
  list: WorkListTab;
  status: DossierStatus[];
  channel: Channel | '';
  q: string;
  page: number;
}

const channels = new Set<string>(['online', 'counter', 'post']);

export function readWorkListParams(search: URLSearchParams): WorkListParams {
  const list = search.get('list') ?? '';
  const channel = search.get('channel') ?? '';
  const page = Number.parseInt(search.get('page') ?? '', 10);
  const status = (search.get('status') ?? '')
    .split(',')
    .filter((value): value is DossierStatus => (dossierStatuses as readonly string[]).includes(value));
  return {
    list: (workLists as readonly string[]).includes(list) ? (list as WorkList) : 'all',
    status: [...new Set(status)],
    channel: channels.has(channel) ? (channel as Channel) : '',
    q: (search.get('q') ?? '').slice(0, 200),
    page: Number.isFinite(page) && page > 1 ? Math.min(page, 100_000) : 1,
  };
}

/** `?list=mine&q=an` with defaults (all, page 1, no filter) left out. */
export function workListSearch(params: WorkListParams): string {
  const search = new URLSearchParams();
  if (params.list !== 'all') search.set('list', params.list);
  if (params.status.length > 0) search.set('status', params.status.join(','));
  if (params.channel) search.set('channel', params.channel);
  if (params.q.trim()) search.set('q', params.q.trim());
  if (params.page > 1) search.set('page', String(params.page));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function useWorkListParams() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const params = useMemo(() => readWorkListParams(search), [search]);
  /** Any change but the page goes back to page 1; typing replaces the history entry. */
  const update = useCallback(
    (patch: Partial<WorkListParams>, options: { replace?: boolean } = {}) => {
      const current = readWorkListParams(new URLSearchParams(window.location.search));
      const next = { ...current, ...patch, page: patch.page ?? 1 };
      void navigate({ search: workListSearch(next) }, { replace: options.replace ?? false });
    },
    [navigate],
  );
  return { params, update };
}
