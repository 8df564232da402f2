// `motcua import catalog FILE` and `motcua export catalog FILE`, JSON or CSV by the file's extension.
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { catalogToCsv, csvToCatalog } from '../features/catalog/catalog-csv.ts';
import { exportCatalog } from '../features/catalog/export-catalog.ts';
import { importCatalog } from '../features/catalog/import-catalog.ts';
import type { RowError } from '../features/catalog/validate-catalog.ts';
import { withDatabase } from './commands.ts';
import { progressBar } from './progress.ts';
import { UsageError } from './usage-error.ts';

function formatOf(file: string): 'json' | 'csv' {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.csv') return 'csv';
  throw new UsageError(`${file}: the file must end in .json or .csv`);
}

export async function catalogCommand(
  config: Config,
  command: 'import' | 'export',
  file: string,
): Promise<number> {
  const format = formatOf(file);
  if (command === 'export') {
    const catalog = await withDatabase(config, (h) => exportCatalog(h.db));
    fs.writeFileSync(
      file,
      format === 'json' ? `${JSON.stringify(catalog, null, 2)}\n` : catalogToCsv(catalog),
    );
    console.log(
      `exported ${catalog.procedures.length} procedures in ${catalog.fields.length} fields to ${file}`,
    );
    return 0;
  }
  if (!fs.existsSync(file)) throw new UsageError(`${file}: no such file`);
  const text = fs.readFileSync(file, 'utf8');
  let input: unknown;
  let lines: number[] | undefined;
  let errors: RowError[] = [];
  if (format === 'json') {
    try {
      input = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      errors = [{ row: 0, column: '', message: `not valid JSON: ${(error as Error).message}` }];
    }
  } else {
    ({ catalog: input, lines, errors } = csvToCatalog(text));
  }
  if (errors.length === 0) {
    const bar = progressBar('importing');
    const result = await withDatabase(config, (h) =>
      importCatalog({ db: h.db, catalog: input, ...(lines ? { lines } : {}), onProgress: bar.update }),
    );
    bar.stop();
    if (result.ok) {
      console.log(`imported ${result.procedures} procedures and ${result.fields} fields from ${file}`);
      return 0;
    }
    errors = result.errors;
  }
  console.error(`${file}: ${errors.length} error(s); nothing was imported`);
  for (const e of errors.slice(0, 200)) {
    const where = e.row === 0 ? '' : `${format === 'csv' ? 'line' : 'procedure'} ${e.row}`;
    console.error(`  ${[where, e.column].filter(Boolean).join(', ')}: ${e.message}`);
  }
  if (errors.length > 200) console.error(`  … and ${errors.length - 200} more`);
  return 1;
}
