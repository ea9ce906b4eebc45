import { z } from 'zod';

// Jira platform answers errors as ErrorCollection {errorMessages, errors}; JSM as ErrorResponse
// {errorMessage}; gateways and the Forge proxy as {message}. Read all three, ignore the rest.
const errorBodySchema = z.looseObject({
  errorMessages: z.array(z.string()).optional().catch(undefined),
  errors: z.record(z.string(), z.string()).optional().catch(undefined),
  errorMessage: z.string().optional().catch(undefined),
  message: z.string().optional().catch(undefined),
});

/** Jira's own explanation of a failure, read from whatever error body it sent. */
export interface ErrorBody {
  readonly errorMessages: readonly string[];
  readonly errors: Readonly<Record<string, string>>;
}

const MAX_TEXT = 300;

/** Reads `errorMessages`/`errors` (and JSM's `errorMessage`) from an error body; plain text becomes one message. */
export const readErrorBody = (json: unknown): ErrorBody => {
  if (typeof json === 'string') {
    const text = json.trim().replace(/\s+/g, ' ');
    if (text === '') return { errorMessages: [], errors: {} };
    return { errorMessages: [text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text], errors: {} };
  }
  const parsed = errorBodySchema.safeParse(json);
  if (!parsed.success) return { errorMessages: [], errors: {} };
  const { errorMessages = [], errors = {}, errorMessage, message } = parsed.data;
  const extra = [errorMessage, message].filter((m): m is string => m !== undefined && m !== '');
  return { errorMessages: [...errorMessages, ...extra], errors };
};

/** One line: every message, then every field error as `field: message`. */
export const describeErrorBody = (body: ErrorBody): string =>
  [...body.errorMessages, ...Object.entries(body.errors).map(([field, text]) => `${field}: ${text}`)].join(
    '; ',
  );
