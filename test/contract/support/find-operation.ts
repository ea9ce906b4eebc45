import { isJsonObject, type JsonObject } from './json-object';
import { createPathMatcher, pathOnly } from './path-template-matcher';
import type { SpecDocument } from './spec-files';

/** The documented operation for a method and concrete path. */
export interface FoundOperation {
  document: SpecDocument;
  /** `GET /rest/api/3/issue/{issueIdOrKey}`: the method and the path template. */
  label: string;
  operation: JsonObject;
  params: Record<string, string>;
}

/** Why no operation was found, with the label to report it under. */
export interface MissingOperation {
  label: string;
  error: string;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

const operationOf = (pathItem: unknown, verb: string): JsonObject | null => {
  const operation =
    METHODS.has(verb.toLowerCase()) && isJsonObject(pathItem) ? pathItem[verb.toLowerCase()] : null;
  return isJsonObject(operation) ? operation : null;
};

/** Builds a lookup of operations by method and concrete path over every document's path templates. */
export function createOperationFinder(
  documents: readonly SpecDocument[],
): (method: string, path: string) => FoundOperation | MissingOperation {
  const match = createPathMatcher(
    documents.flatMap((document) =>
      Object.keys(document.paths).map((template): [string, SpecDocument] => [template, document]),
    ),
  );
  return (method, path) => {
    const verb = method.toUpperCase();
    const matches = match(path);
    const best = matches[0];
    if (best === undefined) {
      return { label: `${verb} ${pathOnly(path)}`, error: `no documented path matches ${pathOnly(path)}` };
    }
    // Jira documents a few paths twice with different parameter names (`/field/{id}`, `/field/{fieldId}`).
    for (const found of matches.filter((m) => m.specificity === best.specificity)) {
      const operation = operationOf(found.value.paths[found.template], verb);
      if (operation !== null) {
        return { document: found.value, label: `${verb} ${found.template}`, operation, params: found.params };
      }
    }
    return {
      label: `${verb} ${best.template}`,
      error: `method ${verb} is not documented for ${best.template}`,
    };
  };
}
