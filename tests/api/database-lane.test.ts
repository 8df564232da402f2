// Each API lane runs against the PostgreSQL it names: the embedded server, or TEST_DATABASE_URL.
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';

describe('database lane', () => {
  it('talks to the server its lane promises', async () => {
    const url = new URL(inject('pgServerUrl'));
    if (inject('pgLane') === 'external') {
      const external = new URL(process.env.TEST_DATABASE_URL ?? '');
      expect(`${url.hostname}:${url.port}`).toBe(`${external.hostname}:${external.port || '5432'}`);
    } else {
      expect(url.port).not.toBe('5432');
    }
    const client = new pg.Client({ connectionString: inject('pgServerUrl') });
    await client.connect();
    const { rows } = await client.query<{ v: string }>("select current_setting('server_version_num') as v");
    await client.end();
    const major = Math.floor(Number(rows[0]?.v) / 10000);
    console.log(`${inject('pgLane')} lane: PostgreSQL ${major}`);
    expect(major).toBeGreaterThanOrEqual(15);
  });
});
