// The motcua command line against a real database: clear messages and exit codes, nothing changed on bad input.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setUpCliSandbox } from '../support/run-cli.ts';

const cli = setUpCliSandbox('motcua-cli-');
const motcua = (...args: string[]) => cli.motcua(...args);

const procedureCount = async () =>
  Number(
    (
      await cli.database.db
        .selectFrom('procedures')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('motcua CLI', () => {
  it('exports the catalog to CSV and JSON and imports it back', async () => {
    const csv = path.join(cli.dir, 'catalog.csv');
    const json = path.join(cli.dir, 'catalog.json');
    const exported = await motcua('export', 'catalog', csv);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/exported \d+ procedures/);
    expect(fs.readFileSync(csv, 'utf8')).toContain('Đăng ký khai sinh');
    expect((await motcua('export', 'catalog', json)).code).toBe(0);
    const imported = await motcua('import', 'catalog', csv);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/imported \d+ procedures/);
  }, 60_000);

  it('refuses a broken catalog file with line and column, exit 1, and imports nothing', async () => {
    const before = await procedureCount();
    const bad = path.join(cli.dir, 'bad.csv');
    fs.writeFileSync(
      bad,
      [
        'code,name,fieldCode,level,processingTime,processingTimeUnit,onlineLevel,applicantTypes,resultType,steps',
        '9.000100,Thủ tục một,NOPE,commune,3,working_days,full,citizen,Kết quả,"[{""name"":""a"",""role"":""reception"",""hours"":1}]"',
        '9.000101,Thủ tục hai,NOPE,commune,abc,weeks,full,citizen,Kết quả,"[]"',
      ].join('\n'),
    );
    const result = await motcua('import', 'catalog', bad);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nothing was imported');
    expect(result.stderr).toMatch(/line 3, processingTime/);
    expect(result.stderr).toMatch(/line 3, processingTimeUnit/);
    expect(await procedureCount()).toBe(before);
  }, 60_000);

  it('answers usage errors with exit 2', async () => {
    expect((await motcua('import', 'catalog', path.join(cli.dir, 'missing.json'))).code).toBe(2);
    expect((await motcua('import', 'catalog', path.join(cli.dir, 'catalog.txt'))).code).toBe(2);
    expect((await motcua('frobnicate')).code).toBe(2);
    expect((await motcua('start', '--bogus')).code).toBe(2);
    const noUnit = await motcua(
      'user',
      'add',
      '--username',
      'test.user',
      '--password',
      'long-enough-1',
      '--role',
      'reception',
      '--unit',
      'NOPE',
    );
    expect(noUnit.code).toBe(2);
    expect(noUnit.stderr).toContain('no unit with code NOPE');
    const badRole = await motcua(
      'user',
      'add',
      '--username',
      'test.user',
      '--password',
      'long-enough-1',
      '--role',
      'king',
      '--unit',
      'NOPE',
    );
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('role must be one of');
  }, 60_000);

  it('adds a user who can then sign in', async () => {
    const unit = await cli.database.db
      .selectFrom('units')
      .select('code')
      .where('level', '=', 'commune')
      .executeTakeFirstOrThrow();
    const added = await motcua(
      'user',
      'add',
      '--username',
      'New.Officer',
      '--password',
      'a-long-password',
      '--role',
      'reception',
      '--unit',
      unit.code,
      '--full-name',
      'Hà Thị Mai',
    );
    expect(added.code).toBe(0);
    const user = await cli.database.db
      .selectFrom('users')
      .select(['username', 'full_name'])
      .where('username', '=', 'new.officer')
      .executeTakeFirst();
    expect(user).toEqual({ username: 'new.officer', full_name: 'Hà Thị Mai' });
    const again = await motcua(
      'user',
      'add',
      '--username',
      'new.officer',
      '--password',
      'a-long-password',
      '--role',
      'reception',
      '--unit',
      unit.code,
    );
    expect(again.code).toBe(2);
  }, 60_000);
});
