// The dashboard's state lives in the URL (unit, period, grouping, the field opened, the number
// drilled into), so the back button walks back up a drill-down and a view can be shared.
import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { type Period, type PeriodKind, periodKinds, presetPeriod, todayIn } from './periods.ts';
import { type GroupBy, groupBys } from './stats-api.ts';

export interface DashboardParams {
  /** null: the officer's own top unit. */
  unitId: number | null;
  period: PeriodKind;
  /** Only for a custom period. */
  from: string;
  to: string;
  groupBy: GroupBy;
  /** A field row opened: its procedures. */
  fieldId: number | null;
  /** The number whose dossiers are listed, see drillKey(). */
  drill: string | null;
  drillPage: number;
}

const positiveId = (value: string | null): number | null => {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 && n < 2_147_483_647 ? n : null;
};

export function readDashboardParams(search: URLSearchParams): DashboardParams {
  const period = search.get('period') ?? '';
  const groupBy = search.get('groupBy') ?? '';
  const page = Number(search.get('drillPage'));
  return {
    unitId: positiveId(search.get('unit')),
    period: (periodKinds as readonly string[]).includes(period) ? (period as PeriodKind) : 'quarter',
    from: search.get('from') ?? '',
    to: search.get('to') ?? '',
    groupBy: (groupBys as readonly string[]).includes(groupBy) ? (groupBy as GroupBy) : 'unit',
    fieldId: positiveId(search.get('field')),
    drill: search.get('drill'),
    drillPage: Number.isInteger(page) && page > 1 ? Math.min(page, 100_000) : 1,
  };
}

export function dashboardSearch(params: DashboardParams): string {
  const search = new URLSearchParams();
  if (params.unitId !== null) search.set('unit', String(params.unitId));
  if (params.period !== 'quarter') search.set('period', params.period);
  if (params.period === 'custom') {
    search.set('from', params.from);
    search.set('to', params.to);
  }
  if (params.groupBy !== 'unit') search.set('groupBy', params.groupBy);
  if (params.fieldId !== null) search.set('field', String(params.fieldId));
  if (params.drill) search.set('drill', params.drill);
  if (params.drillPage > 1) search.set('drillPage', String(params.drillPage));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The period the parameters stand for. */
export function periodOf(params: DashboardParams, today: string = todayIn()): Period {
  if (params.period === 'custom') return { from: params.from, to: params.to };
  return presetPeriod(params.period, today);
}

export function useDashboardParams() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const params = useMemo(() => readDashboardParams(search), [search]);
  /** Any change but the drill's page closes the drilled list and its paging. */
  const update = useCallback(
    (patch: Partial<DashboardParams>) => {
      const current = readDashboardParams(new URLSearchParams(window.location.search));
      const reset =
        'drillPage' in patch ? {} : 'drill' in patch ? { drillPage: 1 } : { drill: null, drillPage: 1 };
      const next = { ...current, ...reset, ...patch };
      void navigate({ search: dashboardSearch(next) });
    },
    [navigate],
  );
  return { params, update };
}
