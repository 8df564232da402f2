// The procedure of a looked-up dossier, for its document components. The lookup answers the procedure's code, not
// its id, so the catalog search finds it by code first (the code is unique in the catalog).
import { useQuery } from '@tanstack/react-query';
import { type ProcedureSummary, proceduresPath, useProcedure } from '../http/catalog-queries.ts';
import { getJson, type ListResponse } from '../http/client.ts';

export function useProcedureByCode(code: string | undefined) {
  const search = useQuery({
    queryKey: ['procedure-by-code', code],
    queryFn: async ({ signal }) => {
      const list = await getJson<ListResponse<ProcedureSummary>>(
        proceduresPath({ q: code ?? '', pageSize: 20 }),
        signal,
      );
      return list.items.find((item) => item.code === code)?.id ?? null;
    },
    enabled: Boolean(code),
    staleTime: 10 * 60 * 1000,
  });
  const id = search.data;
  const procedure = useProcedure(id === null || id === undefined ? undefined : String(id));
  return {
    procedure: procedure.data,
    isPending: search.isPending || (id !== null && procedure.isPending),
    isMissing: search.data === null,
    error: search.error ?? procedure.error,
    refetch: () => {
      void search.refetch();
      if (id) void procedure.refetch();
    },
  };
}
