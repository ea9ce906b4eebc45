import path from 'node:path';
import { listGitIgnoreFiles, listTSConfigIncludeExclude } from '@forge/cli-shared';
import type { ConfigFile, FileSystemReader } from '@forge/cli-shared';
import { parseSourceFile, tsParser } from '@forge/lint';
import type { LintInput } from '@forge/lint';
import type { ForgeLintProblem } from './report';

/** Files `forge lint` hands to its linters: src/ plus the UI Kit resource folders, minus .gitignore'd ones. */
export const listLintFiles = async (reader: FileSystemReader, configFile: ConfigFile): Promise<string[]> => {
  const uiKitDirs = (await configFile.getResources(['nativeUI'])).map((resource) =>
    path.dirname(resource.path),
  );
  const exclude = [...(await listGitIgnoreFiles(reader)), '.git', 'node_modules'];
  const lists = await Promise.all(
    ['./src', ...uiKitDirs].map((dir) => reader.recursiveReadDir(dir, exclude)),
  );
  return [...new Set(lists.flat())];
};

const isScript = (file: string) => /jsx?$/.test(path.extname(file));
const isTypeScript = (file: string) => /tsx?$/.test(path.extname(file));

/**
 * TypeScript files the real `forge lint` silently skips: it parses a .ts file only when tsconfig's
 * include globs list that file itself, so `"include": ["src"]` hides every file under src/.
 */
export const filesForgeLintSkips = async (reader: FileSystemReader, files: string[]): Promise<string[]> => {
  const { include, exclude } = await listTSConfigIncludeExclude(reader);
  if (include.length === 0 && exclude.length === 0) return [];
  return files.filter((file) => {
    const full = path.resolve(file);
    return isTypeScript(file) && !(include.includes(full) && !exclude.includes(full));
  });
};

/** Parses every script the linters inspect (all of them, unlike `forge lint`; see filesForgeLintSkips). */
export const parseLintFiles = async (files: string[]) => {
  const inputs: LintInput[] = [];
  const problems: ForgeLintProblem[] = [];
  for (const file of files.filter((f) => isScript(f) || isTypeScript(f))) {
    try {
      inputs.push(await parseSourceFile(file, tsParser));
    } catch (error) {
      problems.push({
        file,
        ...positionOf(error),
        level: 'error',
        message: `cannot parse: ${messageOf(error)}`,
      });
    }
  }
  return { inputs, problems };
};

const positionOf = (error: unknown) => {
  const at = typeof error === 'object' && error !== null ? error : {};
  const line = 'lineNumber' in at && typeof at.lineNumber === 'number' ? at.lineNumber : 0;
  const column = 'column' in at && typeof at.column === 'number' ? at.column : 0;
  return { line, column };
};

/** The message of anything thrown. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
