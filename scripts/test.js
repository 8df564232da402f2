#!/usr/bin/env node
// `npm test`: every tier. Browser journeys need Chromium; without it they are skipped, loudly.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = ['vitest', 'run', ...process.argv.slice(2)];
if (!fs.existsSync(chromium)) {
  const banner = '!'.repeat(78);
  console.warn(
    `\n${banner}\n!! Chromium not found at ${chromium}: the BROWSER TESTS ARE SKIPPED.\n` +
      `!! Install it (apt-get install -y chromium) or set CHROMIUM_PATH. CI always runs them.\n${banner}\n`,
  );
  args.push('--project', 'unit', '--project', 'api-embedded');
  if (process.env.TEST_DATABASE_URL) args.push('--project', 'api-external');
}
if (!process.env.TEST_DATABASE_URL) {
  console.warn('note: TEST_DATABASE_URL is not set; the API tests run against the embedded PostgreSQL only.');
}
const result = spawnSync('npx', args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
