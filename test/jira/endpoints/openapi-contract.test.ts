import Ajv from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { makeJiraClient } from '../../../src/jira/client';
import type { HttpMethod, JiraTransport } from '../../../src/jira/port';
import { ENDPOINT_CASES } from './endpoint-cases';

// Atlassian's published OpenAPI documents, beside the project (never copied into it).
const SPECS = resolve(__dirname, '../../../../shared/specs');
const FILES = ['jira-platform.v3.json', 'jsm.v3.json'];
const describeWithSpecs = FILES.every((f) => existsSync(resolve(SPECS, f))) ? describe : describe.skip;

type Json = { readonly [key: string]: unknown };
const isJson = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((node, key) => (isJson(node) ? node[key] : undefined), value);

interface Operation {
  readonly spec: string;
  readonly route: string;
  readonly status: number;
  readonly example: unknown;
  readonly requestSchema: unknown;
}

/** The documented operation for a concrete call: its 2xx status, example body and request schema. */
const findOperation = (specs: Map<string, Json>, method: HttpMethod, path: string): Operation | null => {
  const bare = path.split('?')[0] ?? path;
  for (const [spec, doc] of specs) {
    const routes = Object.keys(isJson(doc.paths) ? doc.paths : {})
      .filter((route) => new RegExp(`^${route.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(bare))
      .sort((a, b) => (a.match(/\{/g) ?? []).length - (b.match(/\{/g) ?? []).length);
    const route = routes[0];
    const operation = route === undefined ? undefined : at(doc, 'paths', route, method.toLowerCase());
    if (route === undefined || !isJson(operation)) continue;
    const responses = isJson(operation.responses) ? operation.responses : {};
    const status = Object.keys(responses).find((code) => code.startsWith('2')) ?? '200';
    const example = at(responses, status, 'content', 'application/json', 'example');
    return {
      spec,
      route,
      status: Number(status),
      example: typeof example === 'string' ? (JSON.parse(example) as unknown) : (example ?? null),
      requestSchema: at(operation, 'requestBody', 'content', 'application/json', 'schema'),
    };
  }
  return null;
};

describeWithSpecs("endpoints against Atlassian's OpenAPI documents", () => {
  const specs = new Map<string, Json>();
  const ajv = new Ajv({ strict: false, validateFormats: false });
  beforeAll(() => {
    for (const file of FILES) {
      const doc: unknown = JSON.parse(readFileSync(resolve(SPECS, file), 'utf8'));
      if (!isJson(doc)) throw new Error(`${file} is not an OpenAPI document`);
      specs.set(file, doc);
      ajv.addSchema({ components: doc.components }, file);
    }
  });

  it.each(ENDPOINT_CASES)(
    '$name: documented route, request body valid, documented example accepted',
    async (c) => {
      const seen: { operation: Operation | null; bodyErrors: string }[] = [];
      const transport: JiraTransport = {
        request: async (method, path, body) => {
          const operation = findOperation(specs, method, path);
          let bodyErrors = '';
          const ref = at(operation?.requestSchema, '$ref');
          if (operation && typeof ref === 'string' && body !== undefined) {
            const validate = ajv.getSchema(`${operation.spec}${ref}`);
            if (validate === undefined) bodyErrors = `no schema at ${ref}`;
            else if (!validate(body)) bodyErrors = ajv.errorsText(validate.errors);
          }
          seen.push({ operation, bodyErrors });
          // Operations without a documented example answer with the case's own reply.
          const json = operation?.example ?? c.reply.json;
          return { status: operation?.status ?? 404, headers: {}, json };
        },
      };

      const result = await c.run(makeJiraClient(transport));

      expect(
        seen.map((s) => s.operation?.route ?? `undocumented: ${c.sent.method} ${c.sent.path}`),
      ).toHaveLength(1);
      expect(seen[0]?.operation).not.toBeNull();
      expect(seen[0]?.bodyErrors).toBe('');
      expect(result.ok ? 'accepted' : result.error.message).toBe('accepted');
    },
  );
});
