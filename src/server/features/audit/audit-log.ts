// The tamper-evident audit log: entries are appended by the actions themselves (dossier events by
// a database trigger, sign-ins and administration here); a sealer chains them with SHA-256 in the
// order it seals them, and verification recomputes the chain.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Tx } from '../dossiers/dossier-repository.ts';

const SEAL_LOCK = 7_204_912;
const GENESIS = '0'.repeat(64);

export interface AuditEntry {
  actorId?: number | null;
  actorName?: string | null;
  action: string;
  target?: string | null;
  detail?: Record<string, unknown> | null;
  ip?: string | null;
}

export async function writeAudit(db: Db | Tx, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_id: entry.actorId ?? null,
      actor_name: entry.actorName ?? null,
      action: entry.action,
      target: entry.target ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
      ip: entry.ip ?? null,
    })
    .execute();
}

interface Row {
  id: number;
  at: Date;
  actor_id: number | null;
  actor_name: string | null;
  action: string;
  target: string | null;
  detail: unknown;
  ip: string | null;
}

/** The content an entry's hash covers, in a fixed order. */
function canonical(r: Row): string {
  return JSON.stringify([
    r.id,
    r.at.toISOString(),
    r.actor_id,
    r.actor_name,
    r.action,
    r.target,
    r.detail ?? null,
    r.ip,
  ]);
}

export function chainHash(prevHash: string, r: Row): string {
  return createHash('sha256')
    .update(`${prevHash}|${canonical(r)}`)
    .digest('hex');
}

/** Seals the entries not yet sealed (one sealer at a time across processes); answers how many. */
export async function sealAuditLog(db: Db, batch = 5000): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const locked = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(${SEAL_LOCK}) as ok`.execute(
      tx,
    );
    if (!locked.rows[0]?.ok) return 0;
    const last = await tx
      .selectFrom('audit_log')
      .select(['chain_position', 'hash'])
      .where('chain_position', 'is not', null)
      .orderBy('chain_position', 'desc')
      .limit(1)
      .executeTakeFirst();
    let position = Number(last?.chain_position ?? 0);
    let prev = last?.hash ?? GENESIS;
    const rows = await tx
      .selectFrom('audit_log')
      .select(['id', 'at', 'actor_id', 'actor_name', 'action', 'target', 'detail', 'ip'])
      .where('chain_position', 'is', null)
      .orderBy('id')
      .limit(batch)
      .execute();
    if (rows.length === 0) return 0;
    const ids: number[] = [];
    const positions: number[] = [];
    const prevs: string[] = [];
    const hashes: string[] = [];
    for (const r of rows) {
      position += 1;
      const hash = chainHash(prev, r);
      ids.push(r.id);
      positions.push(position);
      prevs.push(prev);
      hashes.push(hash);
      prev = hash;
    }
    // The whole batch in one statement: sealing keeps up with a rush of actions.
    await sql`
      update audit_log a
      set chain_position = v.position, prev_hash = v.prev_hash, hash = v.hash
      from unnest(${ids}::bigint[], ${positions}::bigint[], ${prevs}::text[], ${hashes}::text[])
        as v(id, position, prev_hash, hash)
      where a.id = v.id`.execute(tx);
    return rows.length;
  });
}

export type VerifyResult =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: number; reason: string };

/** Recomputes the whole chain in order; the first entry whose hash or link is wrong is reported. */
export async function verifyAuditLog(db: Db): Promise<VerifyResult> {
  let prev = GENESIS;
  let expected = 1;
  let afterId = -1;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .select([
        'id',
        'at',
        'actor_id',
        'actor_name',
        'action',
        'target',
        'detail',
        'ip',
        'chain_position',
        'prev_hash',
        'hash',
      ])
      .where('chain_position', 'is not', null)
      .where('chain_position', '>', afterId)
      .orderBy('chain_position')
      .limit(5000)
      .execute();
    if (rows.length === 0) return { ok: true, entries: expected - 1 };
    for (const r of rows) {
      const position = Number(r.chain_position);
      if (position !== expected)
        return { ok: false, entries: expected - 1, brokenAt: expected, reason: 'an entry is missing' };
      if (r.prev_hash !== prev)
        return {
          ok: false,
          entries: expected - 1,
          brokenAt: position,
          reason: 'the link to the previous entry is wrong',
        };
      if (chainHash(prev, r) !== r.hash)
        return { ok: false, entries: expected - 1, brokenAt: position, reason: 'the entry was changed' };
      prev = r.hash;
      expected += 1;
      afterId = position;
    }
  }
}
