import { type Result } from '../../domain/result';
import { exportCommand, EXPORT_USAGE } from './export-command';
import { importCommand, IMPORT_USAGE } from './import-command';
import { reportCommand, REPORT_USAGE } from './report-command';
import { seedCommand, SEED_USAGE } from './seed-command';
import { serveCommand, SERVE_USAGE } from './serve-command';
import { startCommand } from './start-command';

const USAGE = `Quality Loop command line

  ${REPORT_USAGE}
  ${SERVE_USAGE}
  ${SEED_USAGE}
  ${IMPORT_USAGE}
  ${EXPORT_USAGE}
  ql start [--lang en|zh-CN]     the KPI report of the bundled sample dataset
`;

const COMMANDS: Readonly<
  Record<string, (args: readonly string[]) => Result<string> | Promise<Result<string>>>
> = {
  export: exportCommand,
  import: (args) => importCommand(args),
  seed: (args) => seedCommand(args),
  report: reportCommand,
  serve: serveCommand,
  start: startCommand,
};

/** Runs a `ql` command; resolves with the process exit code. Output goes to stdout, one-line errors to stderr. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`ql: unknown command "${name}"\n${USAGE}`);
    return 2;
  }
  const result = await command(args);
  if (!result.ok) {
    process.stderr.write(`ql ${name}: ${result.error.message}\n`);
    return result.error.code === 'CLI.USAGE' ? 2 : 1;
  }
  process.stdout.write(result.value);
  return 0;
}
