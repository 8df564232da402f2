// The catalog search lives in the URL (?q=&fieldId=&level=&online=&unitId=&page=) so it can be shared and revisited.
import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

export interface CatalogParams {
  q: string;
  fieldId: string;
  level: string;
  online: string;
  unitId: string;
  page: number;
}

export const filterKeys = ['fieldId', 'level', 'online', 'unitId'] as const;
export type FilterKey = (typeof filterKeys)[number];

const onlineValues = new Set(['full', 'partial', 'none', 'any']);
// The API refuses malformed ids and levels with a 400: a hand-edited URL just loses that filter instead.
const idPattern = /^[1-9]\d{0,9}$/;
const levelPattern = /^[a-z][a-z0-9_-]{0,31}$/;
const maxQueryLength = 200;

function matching(value: string | null, pattern: RegExp): string {
  return value !== null && pattern.test(value) ? value : '';
}

export function readCatalogParams(search: URLSearchParams): CatalogParams {
  const page = Number.parseInt(search.get('page') ?? '', 10);
  const online = search.get('online') ?? '';
  return {
    q: (search.get('q') ?? '').slice(0, maxQueryLength),
    fieldId: matching(search.get('fieldId'), idPattern),
    level: matching(search.get('level'), levelPattern),
    online: onlineValues.has(online) ? online : '',
    unitId: matching(search.get('unitId'), idPattern),
    page: Number.isFinite(page) && page > 1 ? Math.min(page, 100_000) : 1,
  };
}

/** `?q=…&page=2` with empty values and page 1 left out. */
export function catalogSearch(params: Partial<CatalogParams>): string {
  const search = new URLSearchParams();
  for (const key of ['q', ...filterKeys] as const) {
    const value = params[key]?.trim();
    if (value) search.set(key, value);
  }
  if (params.page && params.page > 1) search.set('page', String(params.page));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function countActiveFilters(params: CatalogParams): number {
  return filterKeys.filter((key) => params[key] !== '').length;
}

export function useCatalogParams() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const params = useMemo(() => readCatalogParams(search), [search]);

  /**
   * Any change but a page change goes back to page 1. Typing replaces the history entry instead of adding one.
   * It reads the address bar at call time, not the render it was created in: a select's callback can
   * outlive a render, and an older query must not undo a newer filter.
   */
  const update = useCallback(
    (patch: Partial<CatalogParams>, options: { replace?: boolean } = {}) => {
      const current = readCatalogParams(new URLSearchParams(window.location.search));
      const next = { ...current, ...patch, page: patch.page ?? 1 };
      void navigate(
        { search: catalogSearch(next) },
        { replace: options.replace ?? false, preventScrollReset: true },
      );
    },
    [navigate],
  );

  return { params, update };
}
