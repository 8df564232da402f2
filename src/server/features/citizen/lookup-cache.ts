// What citizens look up, kept per process so that a popular lookup costs no query, and never
// served stale: every change of a dossier (whichever process or tool makes it) is announced by
// PostgreSQL (NOTIFY motcua_dossier_changed, migration 0015) when it commits, and each process
// drops the dossier on hearing it. While the process is not listening (starting, or its listening
// connection lost), nothing is served from the cache and nothing is kept.
import type pg from 'pg';

const CHANNEL = 'motcua_dossier_changed';
/** Invalidation counters: a read that overlaps a change of its dossier must not be kept. */
const SLOTS = 4096;

interface Entry {
  lookupKey: string;
  /** the response body, serialised once */
  json: string;
}

function slotOf(code: string): number {
  let h = 0;
  for (let i = 0; i < code.length; i++) h = (h * 31 + code.charCodeAt(i)) | 0;
  return (h >>> 0) % SLOTS;
}

export class LookupCache {
  private readonly entries = new Map<string, Entry>();
  private readonly generations = new Uint32Array(SLOTS);
  private client: pg.PoolClient | undefined;
  private listening = false;
  private closed = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly pool: pg.Pool,
    private readonly maxEntries = 20_000,
    private readonly log: (message: string) => void = () => {},
  ) {}

  /** Starts listening (one connection of the pool, held until close). */
  async start(): Promise<void> {
    if (this.closed || this.client) return;
    let client: pg.PoolClient | undefined;
    try {
      client = await this.pool.connect();
      client.on('notification', (n) => {
        if (n.channel === CHANNEL && n.payload) this.evict(n.payload);
      });
      client.on('error', (error) => this.lost(error));
      client.on('end', () => this.lost(new Error('listening connection closed')));
      await client.query(`listen ${CHANNEL}`);
      this.client = client;
      this.listening = true;
    } catch (error) {
      client?.release(true);
      this.lost(error as Error);
    }
  }

  private lost(error: Error): void {
    if (!this.listening && !this.client && this.retry) return;
    this.listening = false;
    this.entries.clear();
    const client = this.client;
    this.client = undefined;
    client?.release(true);
    if (this.closed) return;
    this.log(`lookup cache: not listening (${error.message}); serving from the database`);
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.start();
    }, 1_000);
    this.retry.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listening = false;
    this.entries.clear();
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    if (client) {
      try {
        await client.query(`unlisten ${CHANNEL}`);
      } catch {}
      client.release(true);
    }
  }

  /** The cached answer for a code, when listening. */
  get(code: string): Entry | undefined {
    if (!this.listening) return undefined;
    const entry = this.entries.get(code);
    if (entry) {
      // most recently used last: the oldest go first when full
      this.entries.delete(code);
      this.entries.set(code, entry);
    }
    return entry;
  }

  /** Taken before reading a dossier from the database; `keep` refuses a read that a change overlapped. */
  ticket(code: string): number {
    return this.generations[slotOf(code)] ?? 0;
  }

  keep(code: string, ticket: number, entry: Entry): void {
    if (!this.listening || this.generations[slotOf(code)] !== ticket) return;
    this.entries.set(code, entry);
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  /** Drops a dossier (on its notification, or at once after a change made by this process). */
  evict(code: string): void {
    const slot = slotOf(code);
    this.generations[slot] = ((this.generations[slot] ?? 0) + 1) >>> 0;
    this.entries.delete(code);
  }

  get size(): number {
    return this.entries.size;
  }

  get isListening(): boolean {
    return this.listening;
  }
}
