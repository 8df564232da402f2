// The public catalog endpoints (units, fields, procedures) as typed TanStack Query hooks.
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { OnlineLevel, TimeUnit } from '../../domain/catalog/schema.ts';
import { getJson, type ListResponse, withQuery } from './client.ts';

export type { OnlineLevel, TimeUnit };

export interface Unit {
  id: number;
  code: string;
  name: string;
  level: string;
  parentId: number | null;
  address: string | null;
}

export interface Field {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  procedureCount: number;
}

export interface ProcedureSummary {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  fieldId: number;
  fieldName: string;
  level: string;
  receivingLevel: string | null;
  processingTime: number;
  processingTimeUnit: TimeUnit;
  onlineLevel: OnlineLevel;
}

export interface ProcedureDetail {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  field: { id: number; code: string; name: string; nameEn: string | null };
  level: string;
  receivingLevel: string | null;
  isInterLevel: boolean;
  processingTime: number;
  processingTimeUnit: TimeUnit;
  processingDays: number | null;
  onlineProcessingTime: number | null;
  fees: { description: string; amountVnd: number }[];
  documents: {
    id: number;
    code: string;
    name: string;
    originals: number;
    copies: number;
    required: boolean;
    note: string | null;
  }[];
  onlineLevel: OnlineLevel;
  applicantTypes: ('citizen' | 'organisation')[];
  resultType: string;
  legalBasis: string[];
  steps: { position: number; name: string; role: string; department: string | null; hours: number }[];
  units: { id: number; code: string; name: string; level: string }[];
}

export interface ProcedureQuery {
  q?: string;
  fieldId?: string;
  level?: string;
  online?: string;
  unitId?: string;
  page?: number;
  pageSize?: number;
}

// The unit tree and the fields change rarely: keep them for the whole visit.
const referenceStaleTime = 10 * 60 * 1000;

export function useUnits() {
  return useQuery({
    queryKey: ['units'],
    queryFn: ({ signal }) => getJson<ListResponse<Unit>>('/api/units', signal),
    staleTime: referenceStaleTime,
  });
}

export function useFields() {
  return useQuery({
    queryKey: ['fields'],
    queryFn: ({ signal }) => getJson<ListResponse<Field>>('/api/fields', signal),
    staleTime: referenceStaleTime,
  });
}

export function proceduresPath(query: ProcedureQuery): string {
  return withQuery('/api/procedures', { ...query });
}

export function useProcedures(query: ProcedureQuery) {
  return useQuery({
    queryKey: ['procedures', query],
    queryFn: ({ signal }) => getJson<ListResponse<ProcedureSummary>>(proceduresPath(query), signal),
    placeholderData: keepPreviousData,
  });
}

/** How many procedures each level resolves: one `pageSize=1` request per level. */
export function useProcedureCountsByLevel(levels: readonly string[]) {
  return useQueries({
    queries: levels.map((level) => ({
      queryKey: ['procedures', { level, pageSize: 1 }],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        getJson<ListResponse<ProcedureSummary>>(proceduresPath({ level, pageSize: 1 }), signal),
      staleTime: referenceStaleTime,
      select: (data: ListResponse<ProcedureSummary>) => data.total,
    })),
  });
}

export function useProcedure(id: string | undefined) {
  return useQuery({
    queryKey: ['procedure', id],
    queryFn: ({ signal }) =>
      getJson<ProcedureDetail>(`/api/procedures/${encodeURIComponent(id ?? '')}`, signal),
    enabled: id !== undefined && id !== '',
  });
}
