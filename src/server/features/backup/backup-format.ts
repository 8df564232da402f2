// The motcua backup archive, format 1: a gzip-compressed POSIX tar file (`tar tzf` lists it) holding,
// in this order:
//
//   manifest.json           what is inside (below); always the first entry
//   data/<table>.copy       each table's rows in PostgreSQL's COPY text format (UTF-8, ISO dates,
//                           time zone UTC), one row per line, in the manifest's column order
//   files/<sha256>          each uploaded file's bytes, named by their SHA-256
//
// The schema is not in the archive: it is motcua's own migrations, replayed up to the level the
// manifest names. That keeps the archive independent of the PostgreSQL version (a backup taken
// from the embedded PostgreSQL 18 restores into a PostgreSQL 15 and back), which pg_dump's formats
// are not. By hand, without motcua: replay src/server/db/migrations up to that level, then
// `\copy <table> (<columns>) from 'data/<table>.copy'` each table and copy files/<sha256> to
// <data dir>/files/<first 2>/<next 2>/<sha256>.
import { z } from 'zod';

export const FORMAT = 'motcua-backup';
export const FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';

const Identifier = z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'is not a plain identifier');
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const Manifest = z.strictObject({
  format: z.literal(FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  createdAt: z.string(),
  motcuaVersion: z.string(),
  /** The PostgreSQL the backup was taken from (for the record; restore does not depend on it). */
  serverVersion: z.string(),
  /** The migrations applied to the backed-up database, in order: its schema. */
  migrations: z.array(z.string().regex(/^\d{4}-[a-z0-9-]+\.sql$/)),
  tables: z.array(
    z.strictObject({
      name: Identifier,
      columns: z.array(Identifier).min(1),
      rows: z.number().int().min(0),
      bytes: z.number().int().min(0),
      /** SHA-256 of the table's data entry. */
      sha256: Sha256,
    }),
  ),
  /** Each sequence's state, so identities and serials continue where they were. */
  sequences: z.array(
    z.strictObject({ name: Identifier, lastValue: z.string().regex(/^-?\d+$/), isCalled: z.boolean() }),
  ),
  files: z.strictObject({ count: z.number().int().min(0), bytes: z.number().int().min(0) }),
});
export type Manifest = z.infer<typeof Manifest>;

export const dataEntry = (table: string) => `data/${table}.copy`;
export const fileEntry = (sha256: string) => `files/${sha256}`;

/**
 * What an archive entry's name may be: nothing else is accepted, and a file entry's place in the
 * store is computed from its verified hash, never taken from the archive.
 */
export function parseEntryName(
  name: string,
): { kind: 'data'; table: string } | { kind: 'file'; sha256: string } | undefined {
  const data = /^data\/([a-z_][a-z0-9_]{0,62})\.copy$/.exec(name);
  if (data?.[1]) return { kind: 'data', table: data[1] };
  const file = /^files\/([0-9a-f]{64})$/.exec(name);
  if (file?.[1]) return { kind: 'file', sha256: file[1] };
  return undefined;
}

/** Session settings that make COPY's text output the same on every server and client. */
export const COPY_SETTINGS = [
  "set client_encoding = 'UTF8'",
  "set datestyle = 'ISO, YMD'",
  "set intervalstyle = 'postgres'",
  "set timezone = 'UTC'",
  'set extra_float_digits = 3',
];
