// The `motcua` command line: start, migrate, seed, users, catalog import/export.
import { parseArgs } from 'node:util';
import { ConfigError, readConfig } from '../config.ts';
import { AppError } from '../http/problem.ts';
import { UsageError } from './usage-error.ts';

const USAGE = `motcua — electronic one-stop shop (Một cửa điện tử)

Usage:
  motcua start [--no-demo] [--no-build]    run the server (embedded PostgreSQL unless DATABASE_URL);
                                           --no-build serves the web app as last built
  motcua migrate                           apply pending database migrations
  motcua seed --demo                       load the demo units, catalog and staff accounts
  motcua user add --username U --password P --role R --unit CODE [--full-name NAME]
                                           roles: reception, specialist, leader, unit-admin, province-admin
  motcua import catalog FILE               import fields and procedures from .json or .csv
  motcua export catalog FILE               export the catalog to .json or .csv
  motcua audit verify                      check the audit log's hash chain (exit 1 if broken)
  motcua import dossiers FILE              import historical dossiers from .csv or .ndjson (all or nothing)
  motcua backup FILE                       write the database and the uploaded files to FILE
                                           (a .tar.gz archive; safe while the server runs)
  motcua restore FILE [--force]            restore a backup into an empty database (all or nothing);
                                           --force replaces whatever the database holds
  motcua report --unit CODE --from DATE --to DATE [--group-by unit|field|procedure] [--no-subunits]
                                           the periodic report (Biểu 06) as a table

Environment: DATABASE_URL, MOTCUA_DATA_DIR (default ./data), PORT (default 3000), HOST, LOG_LEVEL.`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      demo: { type: 'boolean' },
      'no-demo': { type: 'boolean' },
      'no-build': { type: 'boolean' },
      username: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      unit: { type: 'string' },
      'full-name': { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      'group-by': { type: 'string' },
      'no-subunits': { type: 'boolean' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  const config = readConfig();
  // Commands load their modules lazily, so that help and usage errors answer at once.
  const commands = () => import('./commands.ts');
  switch (command) {
    case 'start':
      return (await commands()).startCommand(config, {
        demo: !values['no-demo'],
        build: !values['no-build'],
      });
    case 'migrate':
      return (await commands()).migrateCommand(config);
    case 'seed':
      if (!values.demo) throw new UsageError('seed needs --demo');
      return (await commands()).seedCommand(config);
    case 'user':
      if (rest[0] !== 'add')
        throw new UsageError('usage: motcua user add --username … --password … --role … --unit …');
      return (await commands()).userCommand(config, values);
    case 'import':
      if (rest[0] === 'dossiers') {
        if (!rest[1]) throw new UsageError('usage: motcua import dossiers FILE');
        return (await import('./import-dossiers-command.ts')).importDossiersCommand(config, rest[1]);
      }
      if (rest[0] !== 'catalog' || !rest[1]) throw new UsageError(`usage: motcua ${command} catalog FILE`);
      return (await import('./catalog-command.ts')).catalogCommand(config, command, rest[1]);
    case 'report':
      return (await import('./report-command.ts')).reportCommand(config, values);
    case 'audit':
      return (await import('./audit-command.ts')).auditCommand(config, rest[0]);
    case 'backup':
      return (await import('./backup-command.ts')).backupCommand(config, rest[0]);
    case 'restore':
      return (await import('./backup-command.ts')).restoreCommand(config, rest[0], {
        force: values.force === true,
      });
    case 'export':
      if (rest[0] !== 'catalog' || !rest[1]) throw new UsageError(`usage: motcua ${command} catalog FILE`);
      return (await import('./catalog-command.ts')).catalogCommand(config, command, rest[1]);
    default:
      throw new UsageError(`unknown command ${command}`);
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError || error instanceof ConfigError || error instanceof AppError) {
    console.error(`motcua: ${error.message}`);
    if (error instanceof UsageError) console.error('Run `motcua --help` for usage.');
    process.exitCode = 2;
  } else if (
    error instanceof TypeError &&
    'code' in error &&
    String(error.code).startsWith('ERR_PARSE_ARGS')
  ) {
    console.error(`motcua: ${error.message}\nRun \`motcua --help\` for usage.`);
    process.exitCode = 2;
  } else {
    console.error(`motcua: ${(error as Error).message ?? error}`);
    process.exitCode = 1;
  }
}
