// `motcua report --unit CODE --from DATE --to DATE [--group-by unit|field|procedure]`: the
// periodic report (Biểu 06) as an aligned table in the terminal, with the database's own rights.
import type { Config } from '../config.ts';
import { getReport } from '../features/stats/get-report.ts';
import { reportToText } from '../features/stats/report-text.ts';
import type { GroupBy } from '../features/stats/stats-repository.ts';
import { IsoDate } from '../http/schemas.ts';
import { withDatabase } from './commands.ts';
import { UsageError } from './usage-error.ts';

const USAGE =
  'usage: motcua report --unit CODE --from YYYY-MM-DD --to YYYY-MM-DD [--group-by unit|field|procedure]';

export async function reportCommand(
  config: Config,
  values: { unit?: string; from?: string; to?: string; 'group-by'?: string; 'no-subunits'?: boolean },
): Promise<number> {
  const { unit, from, to } = values;
  if (!unit || !from || !to) throw new UsageError(USAGE);
  for (const [name, value] of [
    ['--from', from],
    ['--to', to],
  ] as const) {
    if (!IsoDate.safeParse(value).success) throw new UsageError(`${name} must be a date YYYY-MM-DD`);
  }
  const groupBy = (values['group-by'] ?? 'unit') as GroupBy;
  if (!['unit', 'field', 'procedure'].includes(groupBy)) throw new UsageError(USAGE);
  const text = await withDatabase(config, async (h) => {
    const found = await h.db.selectFrom('units').select('id').where('code', '=', unit).executeTakeFirst();
    if (!found) throw new UsageError(`no unit with the code ${unit}`);
    const report = await getReport({
      db: h.db,
      staff: null,
      query: { unitId: found.id, from, to, groupBy, includeSubunits: !values['no-subunits'] },
    });
    return reportToText(report);
  });
  process.stdout.write(text);
  return 0;
}
