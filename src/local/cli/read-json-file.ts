import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { err, ok, type Result } from '../../domain/result';

/** Reads and validates a JSON file; every failure is one line naming the file and the problem. */
export function readJsonFile<S extends z.ZodType>(path: string, schema: S, what: string): Result<z.infer<S>> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : `cannot be read (${code ?? 'error'})`;
    return err({ code: 'FILE.UNREADABLE', message: `${what} ${path}: ${reason}` });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return err({ code: 'FILE.NOT_JSON', message: `${what} ${path} is not JSON: ${(e as Error).message}` });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    const detail =
      issue?.code === 'unrecognized_keys'
        ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
        : issue?.message;
    return err({
      code: 'FILE.WRONG_SHAPE',
      message: `${what} ${path} has the wrong shape at ${where}: ${detail ?? 'invalid'}`,
    });
  }
  return ok(parsed.data);
}
