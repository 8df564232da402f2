// Dossier codes are never duplicated, even with many app processes receiving at once
// (Circular 03/2025/TT-VPCP Art. 13): 8 parallel receivers in 2 processes against one PostgreSQL.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const run = promisify(execFile);
let d: TestDatabase;
beforeAll(async () => {
  d = await createTestDatabase();
});
afterAll(() => d.close());

describe('dossier codes under concurrency', () => {
  it('gives 8 parallel receivers in 2 processes unique, gapless codes', async () => {
    const worker = (user: string) =>
      run(process.execPath, ['--import', 'tsx', 'tests/support/receive-worker.ts', d.url, user, '4', '15'], {
        maxBuffer: 1 << 22,
      });
    const results = await Promise.all([worker('tiepnhan.thachkiet'), worker('tiepnhan.thachkiet')]);
    const codes = results.flatMap((r) => JSON.parse(r.stdout) as string[]);
    expect(codes).toHaveLength(120);
    expect(new Set(codes).size).toBe(120);
    const byDay = new Map<string, number[]>();
    for (const code of codes) {
      const parts = code.split('-');
      const key = parts.slice(0, -1).join('-');
      byDay.set(key, [...(byDay.get(key) ?? []), Number(parts.at(-1))]);
    }
    for (const seqs of byDay.values()) {
      const sorted = [...seqs].sort((a, b) => a - b);
      expect(sorted).toEqual(sorted.map((_, i) => (sorted[0] ?? 0) + i));
    }
    const stored = await d.db.selectFrom('dossiers').select('code').execute();
    expect(new Set(stored.map((s) => s.code)).size).toBe(stored.length);
    const events = await d.db
      .selectFrom('dossier_events')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('action', '=', 'receive')
      .executeTakeFirstOrThrow();
    expect(Number(events.n)).toBe(120);
  }, 120_000);
});
