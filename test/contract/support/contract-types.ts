import type { SpecCorrection } from './spec-corrections';

/** The outcome of one contract check: ok, or the problems found and the operation (`GET /rest/api/3/myself`) they concern. */
export type ContractResult = { ok: true } | { ok: false; errors: string[]; operation: string };

/** A response to check: the request's method and concrete path (query string allowed), the status and the parsed body (undefined or '' when empty). */
export interface ResponseToCheck {
  method: string;
  path: string;
  status: number;
  body: unknown;
}

/** A request to check: method, concrete path (query string allowed) and the parsed body (undefined or '' when empty). */
export interface RequestToCheck {
  method: string;
  path: string;
  body: unknown;
}

/** Checks requests and responses against Atlassian's published OpenAPI documents. */
export interface Contracts {
  /** Checks a response's status and body against the operation's documented responses. */
  validateResponse(response: ResponseToCheck): ContractResult;
  /** Checks a request's body against the operation's documented request body. */
  validateRequest(request: RequestToCheck): ContractResult;
}

/** What a 4xx/5xx documented without content may carry: nothing (default) or the generic error body (ErrorCollection/ErrorResponse). */
export type UndocumentedErrorBodies = 'must-be-empty' | 'generic-error-schema';

/** Where to find the documents and how strictly to read them. */
export interface ContractOptions {
  /** Folder holding the documents; defaults to `../shared/specs` relative to the project root. */
  specsDir?: string;
  /** See {@link UndocumentedErrorBodies}; defaults to `must-be-empty`. */
  undocumentedErrorBodies?: UndocumentedErrorBodies;
  /** Fixes for places where the documents contradict their own examples; defaults to `SPEC_CORRECTIONS`. */
  corrections?: readonly SpecCorrection[];
}
