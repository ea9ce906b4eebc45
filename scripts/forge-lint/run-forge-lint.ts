import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ConfigFile, FileSystemReader, FileSystemWriter } from '@forge/cli-shared';
import { getClientSideLintersOnly, litelint, PermissionLinter } from '@forge/lint';
import type { LintLogger, LintResult } from '@forge/lint';
import { filesForgeLintSkips, listLintFiles, messageOf, parseLintFiles } from './lint-sources';
import { inOfflineSandbox } from './offline-sandbox';
import { OfflineStatsig } from './offline-statsig';
import { isFailure, sortedUnique, toProblems } from './report';
import type { ForgeLintProblem, ForgeLintReport } from './report';
import { swaggerSetup } from './swagger-env';

/** `forge lint` without `-e` lints against the developer's default (development) environment. */
const ENVIRONMENT = 'default';

/** Where to lint and where the shared OpenAPI documents live (absent folder: permission linter skipped). */
export interface ForgeLintOptions {
  projectDir: string;
  specsDir: string;
}

/**
 * The client-side checks of `forge lint`, offline: the CLI's basic manifest check first (it stops
 * there on errors, as the CLI does), then every linter of @forge/lint's getClientSideLintersOnly
 * over manifest.yml and src/. The server-side pre-deployment check needs a login and is not run.
 */
export const runForgeLint = async ({ projectDir, specsDir }: ForgeLintOptions): Promise<ForgeLintReport> => {
  const swagger = swaggerSetup(path.resolve(specsDir));
  const setup: ForgeLintProblem[] =
    swagger.kind === 'incomplete'
      ? [
          {
            file: specsDir,
            line: 0,
            column: 0,
            level: 'error',
            message: `missing ${swagger.missing.join(', ')}`,
          },
        ]
      : [];
  const permissionLinter = {
    local: `on local specs in ${specsDir}`,
    absent: `SKIPPED (${specsDir} not found)`,
    incomplete: `SKIPPED (${specsDir} incomplete)`,
  }[swagger.kind];
  const env = swagger.kind === 'local' ? swagger.env : {};
  const report = await inOfflineSandbox(path.resolve(projectDir), env, async () => {
    const failures: string[] = [];
    const logger: LintLogger = { info: (message) => failures.push(stripVTControlCharacters(message).trim()) };
    try {
      return withFailures(await lintInSandbox(logger, swagger.kind === 'local'), failures);
    } catch (error) {
      // E.g. manifest.yml that the CLI's own reader rejects, or a module naming a resource that is missing.
      const problem = {
        file: '(lint:forge)',
        line: 0,
        column: 0,
        level: 'error' as const,
        message: messageOf(error),
      };
      return withFailures({ problems: [problem], linters: [], sourceFiles: 0 }, failures);
    }
  });
  return { ...report, problems: sortedUnique([...setup, ...report.problems]), permissionLinter };
};

/** @forge/lint reports a crashed linter only as a log line; here it is an error, not a silent pass. */
const withFailures = <R extends { problems: ForgeLintProblem[] }>(report: R, failures: string[]): R => ({
  ...report,
  problems: [
    ...report.problems,
    ...failures.map((message) => ({
      file: '(linter)',
      line: 0,
      column: 0,
      level: 'error' as const,
      message,
    })),
  ],
});

const lintInSandbox = async (logger: LintLogger, withPermissionLinter: boolean) => {
  const statsig = new OfflineStatsig();
  const basic = toProblems(await litelint(logger, statsig));
  if (basic.some(isFailure)) return { problems: basic, linters: ['BasicManifestLinter'], sourceFiles: 0 };

  const reader = new FileSystemReader();
  const configFile = new ConfigFile(reader, new FileSystemWriter());
  const manifest = await configFile.readConfig();
  const files = await listLintFiles(reader, configFile);
  const parsed = await parseLintFiles(files);
  const linters = (await getClientSideLintersOnly(manifest, ENVIRONMENT, logger, statsig)).filter(
    (linter) => withPermissionLinter || !(linter instanceof PermissionLinter),
  );
  await Promise.all(linters.map((linter) => linter.bootstrap()));
  const results: LintResult[] = (
    await Promise.all(linters.map((linter) => linter.batchExecute(parsed.inputs)))
  ).flat();
  const skipped = await filesForgeLintSkips(reader, files);
  return {
    problems: [...basic, ...parsed.problems, ...toProblems(results), ...skippedWarning(skipped)],
    linters: ['BasicManifestLinter', ...linters.map((linter) => linter.constructor.name)],
    sourceFiles: parsed.inputs.length,
  };
};

const skippedWarning = (skipped: string[]): ForgeLintProblem[] =>
  skipped.length === 0
    ? []
    : [
        {
          file: 'tsconfig.json',
          line: 0,
          column: 0,
          level: 'warning',
          message:
            `the real \`forge lint\`/\`forge deploy\` would skip ${skipped.length} TypeScript file(s) (e.g. ${skipped[0]}): ` +
            'it parses a .ts file only if a tsconfig "include" glob lists the file itself; use "src/**/*" instead of "src". ' +
            'lint:forge checked them anyway.',
        },
      ];
