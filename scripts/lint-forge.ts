/**
 * `npm run lint:forge`: the client-side checks of `forge lint`, offline (see scripts/forge-lint).
 * Uses ../shared/specs for the permission linter when that folder exists.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatProblem, isFailure } from './forge-lint/report';
import { runForgeLint } from './forge-lint/run-forge-lint';

const main = async (): Promise<number> => {
  const started = performance.now();
  const projectDir = path.resolve(__dirname, '..');
  const specsDir = path.resolve(projectDir, '../shared/specs');
  const report = await runForgeLint({ projectDir, specsDir });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const relativeSpecs = path.relative(projectDir, specsDir);
  const permission = report.permissionLinter.replace(specsDir, relativeSpecs);

  if (permission.startsWith('SKIPPED')) {
    console.warn(
      `lint:forge: permission linter ${permission}: API calls in src/ are NOT checked against scopes.`,
    );
  }
  for (const problem of report.problems) console.log(formatProblem(problem));

  const failures = report.problems.filter(isFailure).length;
  const warnings = report.problems.length - failures;
  const scope =
    `manifest.yml + ${report.sourceFiles} source file(s), ${report.linters.length} linters ` +
    `(permission linter ${permission}; server-side check skipped: needs login and network)`;
  if (failures > 0) {
    console.log(`lint:forge FAILED: ${failures} error(s), ${warnings} warning(s) in ${scope}, ${seconds}s`);
    return 1;
  }
  console.log(`lint:forge OK${warnings ? ` with ${warnings} warning(s)` : ''}: ${scope}, ${seconds}s`);
  return 0;
};

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('lint:forge crashed:', error);
    process.exitCode = 2;
  },
);
