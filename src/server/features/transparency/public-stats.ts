// The public statistics page's data (transparency): per unit, with its sub-units rolled up, how
// many dossiers it received and resolved, and its on-time and online rates — only where there are
// enough dossiers for a rate to be fair. No personal data, no session needed.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../../http/context.ts';
import { IsoDate } from '../../http/schemas.ts';
import { getReport } from '../stats/get-report.ts';

/** Below this many dossiers in the period, a rate says more about chance than about service. */
export const MINIMUM_DOSSIERS = 20;

export interface PublicUnitStats {
  unitId: number;
  unitName: string;
  level: string;
  parentId: number | null;
  receivedTotal: number;
  resolvedTotal: number;
  onTimeRate: number | null;
  onlineRate: number | null;
  enoughData: boolean;
}

const cache = new Map<string, { at: number; value: Promise<PublicUnitStats[]> }>();
const CACHE_MS = 60_000;

/** The same period asked again within a minute is answered from memory (it is public and cheap to be stale by a minute). */
export function cachedPublicStats(db: Db, from: string, to: string): Promise<PublicUnitStats[]> {
  const key = `${from}|${to}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.value;
  if (cache.size > 100) cache.clear();
  const value = publicStats(db, from, to);
  value.catch(() => cache.delete(key));
  cache.set(key, { at: Date.now(), value });
  return value;
}

export async function publicStats(db: Db, from: string, to: string): Promise<PublicUnitStats[]> {
  const units = await db
    .selectFrom('units')
    .select(['id', 'name', 'level', 'parent_id'])
    .orderBy('path')
    .execute();
  const parents = new Set(units.flatMap((u) => (u.parent_id === null ? [] : [u.parent_id])));
  const rows = new Map<
    number,
    {
      receivedTotal: number;
      resolvedTotal: number;
      receivedOnline: number;
      receivedDirect: number;
      onTimeRate: number | null;
      onlineRate: number | null;
    }
  >();
  // One report per unit that has sub-units: its child rows carry each child's whole subtree.
  for (const u of units) {
    if (!parents.has(u.id) && u.parent_id !== null) continue;
    const report = await getReport({
      db,
      staff: null,
      query: { unitId: u.id, from, to, groupBy: 'unit', includeSubunits: true },
    });
    if (u.parent_id === null) rows.set(u.id, report.total);
    for (const item of report.items) if (item.id !== null && item.id !== u.id) rows.set(item.id, item);
  }
  return units.map((u) => {
    const r = rows.get(u.id);
    const received = r?.receivedTotal ?? 0;
    const resolved = r?.resolvedTotal ?? 0;
    const enoughData =
      resolved >= MINIMUM_DOSSIERS && (r?.receivedOnline ?? 0) + (r?.receivedDirect ?? 0) >= MINIMUM_DOSSIERS;
    return {
      unitId: u.id,
      unitName: u.name,
      level: u.level,
      parentId: u.parent_id,
      receivedTotal: received,
      resolvedTotal: resolved,
      onTimeRate: enoughData ? (r?.onTimeRate ?? null) : null,
      onlineRate: enoughData ? (r?.onlineRate ?? null) : null,
      enoughData,
    };
  });
}

export const publicStatsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/public/stats',
      {
        schema: {
          tags: ['statistics'],
          summary:
            'Public per-unit statistics for a period (transparency): volumes, on-time and online rates',
          description: `Each unit with its sub-units rolled up. Rates are null when the unit received or resolved fewer than ${MINIMUM_DOSSIERS} dossiers in the period. Periods as in /api/stats/report.`,
          querystring: z.strictObject({ from: IsoDate, to: IsoDate }),
        },
      },
      async (request) => ({
        from: request.query.from,
        to: request.query.to,
        minimumDossiers: MINIMUM_DOSSIERS,
        items: await cachedPublicStats(ctx.db, request.query.from, request.query.to),
      }),
    );
  };
