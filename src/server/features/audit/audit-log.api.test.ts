import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterBody, findDemoProcedure } from '../../../../tests/support/factories.ts';
import { createTestApp, signIn, type TestApp } from '../../../../tests/support/test-app.ts';
import { sealAuditLog, verifyAuditLog } from './audit-log.ts';

const run = promisify(execFile);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the audit log', () => {
  it('records sign-ins (and failed ones) and every dossier action, and seals them in a chain', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'tiepnhan.thachkiet', password: 'wrong-password' },
    });
    const reception = await signIn(t.app, 'tiepnhan.thachkiet');
    const procedure = await findDemoProcedure(t.database.db, { level: 'commune' });
    const d = (
      await t.app.inject({
        method: 'POST',
        url: '/api/counter/dossiers',
        headers: reception,
        payload: counterBody(procedure),
      })
    ).json();
    await t.app.inject({
      method: 'POST',
      url: `/api/dossiers/${d.code}/actions/forward`,
      headers: reception,
      payload: { version: d.version },
    });
    const rows = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'target', 'actor_name'])
      .orderBy('id')
      .execute();
    const actions = rows.map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining(['auth.sign-in-failed', 'auth.sign-in', 'dossier.receive', 'dossier.forward']),
    );
    expect(rows.find((r) => r.action === 'dossier.forward')).toMatchObject({
      target: d.code,
      actor_name: expect.any(String),
    });

    expect(await sealAuditLog(t.database.db)).toBe(rows.length);
    expect(await sealAuditLog(t.database.db)).toBe(0);
    expect(await verifyAuditLog(t.database.db)).toEqual({ ok: true, entries: rows.length });
  });

  it('refuses updates and deletes of entries, even to the database owner', async () => {
    await expect(
      t.database.db.updateTable('audit_log').set({ action: 'nothing happened' }).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(t.database.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
  });

  it('detects an entry changed behind its back, and `motcua audit verify` says so with exit 1', async () => {
    await sealAuditLog(t.database.db);
    const cli = async () => {
      try {
        const { stdout } = await run(process.execPath, ['bin/motcua.js', 'audit', 'verify'], {
          env: { ...process.env, DATABASE_URL: t.database.url },
        });
        return { code: 0, out: stdout };
      } catch (error) {
        const e = error as { code: number; stderr: string };
        return { code: e.code, out: e.stderr };
      }
    };
    const intact = await cli();
    expect(intact.code).toBe(0);
    expect(intact.out).toMatch(/audit log intact: \d+ entries/);

    // An attacker with the owner's rights switches the guard off and rewrites history.
    await t.database.pool.query('alter table audit_log disable trigger audit_log_append_only');
    await t.database.pool.query("update audit_log set actor_name = 'Someone else' where chain_position = 2");
    await t.database.pool.query('alter table audit_log enable trigger audit_log_append_only');
    const result = await verifyAuditLog(t.database.db);
    expect(result).toMatchObject({ ok: false, brokenAt: 2, reason: 'the entry was changed' });
    const broken = await cli();
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('BROKEN at entry 2');
  }, 60_000);
});
