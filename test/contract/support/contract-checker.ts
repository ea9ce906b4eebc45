import { bodyShapeOf } from './body-shape';
import type {
  ContractResult,
  Contracts,
  RequestToCheck,
  ResponseToCheck,
  UndocumentedErrorBodies,
} from './contract-types';
import { createOperationFinder, type FoundOperation } from './find-operation';
import { isJsonObject } from './json-object';
import { SchemaValidators } from './schema-validators';
import { selectResponse } from './select-response';
import type { SpecDocument } from './spec-files';

/** Statuses that never carry a body in HTTP, whatever the document says (Jira documents 204s with `schema: {}`). */
const NO_BODY_STATUSES = new Set([204, 205, 304]);

const OK: ContractResult = { ok: true };

const fail = (operation: string, errors: string[]): ContractResult =>
  errors.length === 0 ? OK : { ok: false, errors, operation };

const isEmptyBody = (body: unknown): boolean => body === undefined || body === '';

const kindOf = (body: unknown): string =>
  body === null ? 'null' : Array.isArray(body) ? 'array' : typeof body;

/** Builds the checks over parsed documents; schemas are compiled on first use and cached. */
export function createContracts(
  documents: readonly SpecDocument[],
  undocumentedErrorBodies: UndocumentedErrorBodies,
): Contracts {
  const findOperation = createOperationFinder(documents);
  const validators = new SchemaValidators();

  const expectEmpty = (found: FoundOperation, body: unknown, what: string): ContractResult =>
    isEmptyBody(body)
      ? OK
      : fail(found.label, [
          `/: must be empty: ${what} of ${found.label} documents no body (got ${kindOf(body)})`,
        ]);

  const checkUndocumentedError = (found: FoundOperation, status: number, body: unknown): ContractResult => {
    if (status < 400 || undocumentedErrorBodies === 'must-be-empty' || isEmptyBody(body)) {
      return expectEmpty(found, body, `status ${status}`);
    }
    const schema = { $ref: `#/components/schemas/${found.document.errorSchema}` };
    return fail(found.label, validators.validate(found.document, 'response', 'generic error', schema, body));
  };

  const validateResponse = ({ method, path, status, body }: ResponseToCheck): ContractResult => {
    const found = findOperation(method, path);
    if ('error' in found) return fail(found.label, [found.error]);
    const selected = Number.isInteger(status) ? selectResponse(found.operation.responses, status) : null;
    if (selected === null) {
      return fail(found.label, [`status ${status} is not documented for ${found.label}`]);
    }
    if (NO_BODY_STATUSES.has(status)) return expectEmpty(found, body, `status ${status}`);
    const shape = bodyShapeOf(selected.response.content);
    if (shape.kind === 'none') return checkUndocumentedError(found, status, body);
    if (shape.kind !== 'json') return OK;
    const cacheKey = `${found.label} ${selected.key}`;
    return fail(found.label, validators.validate(found.document, 'response', cacheKey, shape.schema, body));
  };

  const validateRequest = ({ method, path, body }: RequestToCheck): ContractResult => {
    const found = findOperation(method, path);
    if ('error' in found) return fail(found.label, [found.error]);
    const requestBody = found.operation.requestBody;
    if (!isJsonObject(requestBody)) return expectEmpty(found, body, 'the request');
    if (isEmptyBody(body)) {
      return requestBody.required === true
        ? fail(found.label, [`/: a request body is required by ${found.label}`])
        : OK;
    }
    const shape = bodyShapeOf(requestBody.content);
    if (shape.kind !== 'json') return OK;
    return fail(
      found.label,
      validators.validate(found.document, 'request', `${found.label} request`, shape.schema, body),
    );
  };

  return { validateResponse, validateRequest };
}
