import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fieldOf, objectFieldOf, type JsonObject } from './json-object';

/** Atlassian's OpenAPI documents: `../shared/specs` relative to the project root. */
export const DEFAULT_SPECS_DIR = resolve(__dirname, '..', '..', '..', '..', 'shared', 'specs');

/** The documents the contracts are checked against, with the component each uses for error bodies. */
export const SPEC_FILES = [
  { name: 'jira-platform.v3.json', errorSchema: 'ErrorCollection' },
  { name: 'jsm.v3.json', errorSchema: 'ErrorResponse' },
] as const;

/** One parsed OpenAPI 3.0 document: its file name, paths, component schemas and generic error schema's name. */
export interface SpecDocument {
  name: string;
  paths: JsonObject;
  schemas: JsonObject;
  errorSchema: string;
}

/** Why the documents cannot be read from `dir`, or null when they are all there. */
export function missingSpecsReason(dir: string): string | null {
  if (!existsSync(dir)) return `Atlassian's OpenAPI documents were not found: ${dir} does not exist`;
  const missing = SPEC_FILES.map(({ name }) => name).filter((name) => !existsSync(join(dir, name)));
  return missing.length === 0
    ? null
    : `Atlassian's OpenAPI documents are missing from ${dir}: ${missing.join(', ')}`;
}

/** Reads and parses every OpenAPI document in `dir` (throws when one is not an OpenAPI 3 document). */
export function readSpecDocuments(dir: string): SpecDocument[] {
  return SPEC_FILES.map(({ name, errorSchema }) => {
    const parsed: unknown = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const version = fieldOf(parsed, 'openapi');
    if (typeof version !== 'string' || !version.startsWith('3.')) {
      throw new Error(`${name} is not an OpenAPI 3 document`);
    }
    const schemas = objectFieldOf(fieldOf(parsed, 'components'), 'schemas');
    return { name, paths: objectFieldOf(parsed, 'paths'), schemas, errorSchema };
  });
}
