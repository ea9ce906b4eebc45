import type { ErrorObject } from 'ajv';

const MAX_MESSAGES = 25;

/** Keywords whose failure only repeats the errors reported inside them. */
const SUMMARY_KEYWORDS = new Set(['if']);

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? '/' : error.instancePath;
  const params: Record<string, unknown> = error.params;
  let detail = '';
  if (error.keyword === 'additionalProperties') detail = ` (${String(params.additionalProperty)})`;
  else if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    detail = `: ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return `${where}: ${error.message ?? error.keyword}${detail}`;
}

/** Turns ajv's errors into `"/issues/0/fields: must be object"` lines, without duplicates, at most 25. */
export function describeAjvErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  const lines = [...new Set((errors ?? []).filter((e) => !SUMMARY_KEYWORDS.has(e.keyword)).map(describe))];
  if (lines.length <= MAX_MESSAGES) return lines;
  return [...lines.slice(0, MAX_MESSAGES), `... and ${lines.length - MAX_MESSAGES} more`];
}
