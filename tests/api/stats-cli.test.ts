// `motcua import dossiers FILE` and `motcua report` against a real database: exit codes, messages,
// the table in the terminal.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setUpCliSandbox } from '../support/run-cli.ts';

const cli = setUpCliSandbox('motcua-stats-cli-');
const motcua = (...args: string[]) => cli.motcua(...args);

const header =
  'code,procedureCode,receivingUnitCode,channel,applicantName,idNumber,phone,receivedAt,dueAt,finishedAt,status';

describe('motcua import dossiers and motcua report', () => {
  it('imports a CSV file and prints the quarter’s report with its totals', async () => {
    const procedure = await cli.database.db
      .selectFrom('procedures')
      .select('code')
      .where('level', '=', 'commune')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const line = (
      n: number,
      channel: string,
      received: string,
      due: string,
      finished: string,
      status: string,
    ) =>
      `000.02.24.H45-250107-${String(n).padStart(4, '0')},${procedure.code},000.02.24.H45,${channel},Hà Thị Mai,025190012345,0912345678,${received},${due},${finished},${status}`;
    const file = path.join(cli.dir, 'old.csv');
    fs.writeFileSync(
      file,
      [
        header,
        line(1, 'online', '2025-01-07 08:00', '2025-01-10 08:00', '2025-01-09 10:00', 'result_ready'),
        line(2, 'counter', '2025-01-07 09:00', '2025-01-10 09:00', '2025-01-14 10:00', 'delivered'),
        line(3, 'post', '2025-01-07 10:00', '2025-01-10 10:00', '', 'in_progress'),
      ].join('\n'),
    );
    const missingDelivery = await motcua('import', 'dossiers', file);
    expect(missingDelivery.code).toBe(1);
    expect(missingDelivery.stderr).toContain('nothing was imported');
    expect(missingDelivery.stderr).toContain('line 3, deliveredAt: is required when the status is delivered');

    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(',delivered', ',result_ready'));
    const imported = await motcua('import', 'dossiers', file);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^imported 3 dossiers from .*old\.csv in [\d.]+ s/m);

    const report = await motcua(
      'report',
      '--unit',
      '000.00.24.H45',
      '--from',
      '2025-01-01',
      '--to',
      '2025-03-31',
    );
    expect(report.code).toBe(0);
    const lines = report.stdout.split('\n');
    expect(lines[0]).toBe('BIỂU 06 – KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH');
    expect(report.stdout).toContain('(3)Tổng');
    expect(report.stdout).toContain('(13)Q.hạn');
    const commune = lines.find((l) => l.startsWith('UBND xã Thạch Kiệt')) ?? '';
    // (3) 3, (4) 1, (5) 2, (6) 0, (7) 2, (8) 1, (9) 0, (10) 1, (11) 1, (12) 0, (13) 1
    expect(commune.split(/\s{2,}/).slice(1, 12)).toEqual([
      '3',
      '1',
      '2',
      '0',
      '2',
      '1',
      '0',
      '1',
      '1',
      '0',
      '1',
    ]);
    const total = lines.find((l) => l.startsWith('Tổng cộng')) ?? '';
    expect(total.split(/\s{2,}/).slice(1, 4)).toEqual(['3', '1', '2']);

    const byField = await motcua(
      'report',
      '--unit',
      '000.02.24.H45',
      '--from',
      '2025-01-01',
      '--to',
      '2025-03-31',
      '--group-by',
      'field',
    );
    expect(byField.code).toBe(0);
    expect(byField.stdout).toContain('Lĩnh vực');
  }, 120_000);

  it('answers usage errors with exit code 2', async () => {
    expect((await motcua('report', '--unit', '000.00.24.H45', '--from', '2025-01-01')).code).toBe(2);
    const reversed = await motcua(
      'report',
      '--unit',
      '000.00.24.H45',
      '--from',
      '2025-03-01',
      '--to',
      '2025-01-01',
    );
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toContain('to must be on or after from');
    expect(
      (await motcua('report', '--unit', 'nowhere', '--from', '2025-01-01', '--to', '2025-01-31')).code,
    ).toBe(2);
    expect((await motcua('import', 'dossiers', path.join(cli.dir, 'x.txt'))).code).toBe(2);
  }, 120_000);
});
