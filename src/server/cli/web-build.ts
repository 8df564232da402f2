// Builds the web app before the server starts when its build is missing or older than its sources.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

export function isWebBuildStale(): boolean {
  const built = path.join(ROOT, 'dist', 'web', 'index.html');
  if (!fs.existsSync(built)) return true;
  const sources = Math.max(
    newestMtime(path.join(ROOT, 'src', 'web')),
    newestMtime(path.join(ROOT, 'src', 'domain')),
    newestMtime(path.join(ROOT, 'vite.config.ts')),
  );
  return sources > fs.statSync(built).mtimeMs;
}

export function ensureWebBuilt(): void {
  if (!fs.existsSync(path.join(ROOT, 'src', 'web', 'index.html')) || !isWebBuildStale()) return;
  let viteBin: string;
  try {
    const vitePackage = createRequire(import.meta.url).resolve('vite/package.json');
    viteBin = path.join(path.dirname(vitePackage), 'bin', 'vite.js');
  } catch {
    console.warn(
      'motcua: the web app is not built and vite is not installed (npm ci installs it); serving the API only',
    );
    return;
  }
  console.log('motcua: building the web app (first start, or its sources changed)…');
  const result = spawnSync(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('building the web app failed');
}
