// The `motcua` command line for API-tier tests: the command run as a child process against a database, and a
// test file's copy of the demo database and scratch folder to run it in.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `motcua ARGS` against `databaseUrl`; a failing exit code is a result, not a throw. */
export async function runCli(databaseUrl: string, args: readonly string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/motcua.js', ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

export interface CliSandbox {
  /** The copy of the demo database, once the file's `beforeAll` has run. */
  readonly database: TestDatabase;
  /** A scratch folder for the files the commands read and write. */
  readonly dir: string;
  /** Runs `motcua ARGS` against the database. */
  motcua(...args: string[]): Promise<CliResult>;
}

/**
 * A copy of the demo database and a folder named `prefix…` under the system's temporary folder for a test file's
 * commands, made before its tests and removed after them.
 */
export function setUpCliSandbox(prefix: string): CliSandbox {
  let database: TestDatabase | undefined;
  let dir = '';
  beforeAll(async () => {
    database = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterAll(async () => {
    await database?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  const opened = (): TestDatabase => {
    if (!database) throw new Error('the test database was not created');
    return database;
  };
  return {
    get database() {
      return opened();
    },
    get dir() {
      return dir;
    },
    motcua: (...args) => runCli(opened().url, args),
  };
}
