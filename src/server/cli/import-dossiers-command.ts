// `motcua import dossiers FILE`: historical dossiers from CSV or NDJSON (by the file's extension),
// streamed, validated, all or nothing; a progress bar on a terminal.
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { importDossiers, MAX_IMPORT_ERRORS } from '../features/stats/import/import-dossiers.ts';
import type { ImportFormat } from '../features/stats/import/read-dossier-rows.ts';
import { withDatabase } from './commands.ts';
import { progressBar } from './progress.ts';
import { UsageError } from './usage-error.ts';

function formatOf(file: string): ImportFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  throw new UsageError(`${file}: the file must end in .csv, .ndjson or .jsonl`);
}

export async function importDossiersCommand(config: Config, file: string): Promise<number> {
  const format = formatOf(file);
  if (!fs.existsSync(file)) throw new UsageError(`${file}: no such file`);
  const startedAt = performance.now();
  const bar = progressBar('reading');
  const result = await withDatabase(config, (h) =>
    importDossiers({
      pool: h.pool,
      file,
      format,
      onProgress: (done, total) => bar.update(Math.round(done / 1024), Math.round(total / 1024)),
      onStage: (text) => {
        bar.stop();
        console.log(`${((performance.now() - startedAt) / 1000).toFixed(1).padStart(7)} s  ${text}`);
      },
    }),
  );
  bar.stop();
  const seconds = (performance.now() - startedAt) / 1000;
  if (result.ok) {
    const rate = Math.round(result.dossiers / Math.max(seconds, 0.001));
    console.log(`imported ${result.dossiers} dossiers from ${file} in ${seconds.toFixed(1)} s (${rate}/s)`);
    return 0;
  }
  const more = result.truncated ? ` (stopped after ${MAX_IMPORT_ERRORS})` : '';
  console.error(`${file}: ${result.errors.length} error(s)${more}; nothing was imported`);
  for (const e of result.errors) {
    console.error(`  line ${e.line}${e.column ? `, ${e.column}` : ''}: ${e.message}`);
  }
  return 1;
}
