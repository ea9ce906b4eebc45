import { stripVTControlCharacters } from 'node:util';
import type { LintResult } from '@forge/lint';

/** Severity as @forge/lint reports it; `forge lint` fails on errors and approvals, not on warnings. */
export type ProblemLevel = 'error' | 'warning' | 'approval';

/** One finding, with a path relative to the project root (line 0 means "whole file"). */
export interface ForgeLintProblem {
  file: string;
  line: number;
  column: number;
  level: ProblemLevel;
  message: string;
  reference?: string;
}

/** Outcome of one offline `forge lint` run. */
export interface ForgeLintReport {
  problems: ForgeLintProblem[];
  /** Names of the @forge/lint linters that ran. */
  linters: string[];
  sourceFiles: number;
  /** How the permission linter was set up (local specs, or why it was skipped). */
  permissionLinter: string;
}

/** True when `forge lint` would exit non-zero for these problems. */
export const isFailure = (problem: ForgeLintProblem): boolean => problem.level !== 'warning';

/** Flattens @forge/lint results into problems. */
export const toProblems = (results: LintResult[]): ForgeLintProblem[] =>
  results.flatMap((result) =>
    [...result.errors, ...result.warnings, ...result.approvals].map((rule) => ({
      file: result.file,
      line: rule.line,
      column: rule.column,
      level: rule.class,
      message: stripVTControlCharacters(rule.message),
      reference: rule.reference,
    })),
  );

/** Sorted by file and position, without the duplicates that linters sharing a validator produce. */
export const sortedUnique = (problems: ForgeLintProblem[]): ForgeLintProblem[] => {
  const unique = new Map(problems.map((problem) => [JSON.stringify(problem), problem]));
  return [...unique.values()].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
};

/** `file:line:column  level  message  [reference]`, the shape editors and CI logs recognise. */
export const formatProblem = ({
  file,
  line,
  column,
  level,
  message,
  reference,
}: ForgeLintProblem): string => {
  const where = line > 0 ? `${file}:${line}:${column}` : file;
  return `${where}  ${level}  ${message}${reference ? `  [${reference}]` : ''}`;
};
