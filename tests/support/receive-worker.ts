// A separate app process for concurrency tests: N parallel counter receptions against one database.
// Usage: tsx receive-worker.ts DATABASE_URL USERNAME RECEIVERS PER_RECEIVER
import { Kysely, PostgresDialect } from 'kysely';
import { createPool } from '../../src/server/db/database.ts';
import type { Database } from '../../src/server/db/schema.ts';
import { CalendarCache } from '../../src/server/features/calendar/calendar-cache.ts';
import { receiveAtCounter } from '../../src/server/features/dossiers/receive-at-counter.ts';
import { buildApplicant, findDemoProcedure, staffOf } from './factories.ts';

const [url = '', username = '', receivers = '4', perReceiver = '10'] = process.argv.slice(2);
const db = new Kysely<Database>({
  // As many connections as receivers: a transaction must never need a second one from the pool.
  dialect: new PostgresDialect({ pool: createPool(url, Number(receivers)) }),
});
const calendars = new CalendarCache(db);
const staff = await staffOf(db, username);
const procedure = await findDemoProcedure(db, { level: 'commune' });
const documents = procedure.documents.filter((d) => d.required).map((d) => ({ componentId: d.id }));
const codes: string[] = [];
await Promise.all(
  Array.from({ length: Number(receivers) }, async () => {
    for (let i = 0; i < Number(perReceiver); i++) {
      const applicant = {
        ...buildApplicant(),
        type: 'citizen' as const,
        language: 'vi' as const,
        idNumber: '025190012345',
        phone: '0912345678',
      };
      const { code } = await receiveAtCounter({
        db,
        calendars,
        staff,
        body: { procedureId: procedure.id, channel: 'counter', applicant, documents },
      });
      codes.push(code);
    }
  }),
);
await db.destroy();
process.stdout.write(JSON.stringify(codes));
