import type { z } from 'zod';
import { ERROR_CODES, type Envelope } from '../../contract/envelope';
import { RESOLVERS, type ResolverKey, type ResolverOutput } from '../../contract/resolvers';
import type { Result } from '../../domain/result';
import { getMyPermissions } from '../../jira/endpoints';
import { fromJira, type AppError } from '../app-error';
import type { AppPorts, Caller } from '../ports';

/** What a resolver handler gets: the validated payload, the caller and the ports. */
export interface ResolverContext<K extends ResolverKey> {
  readonly input: z.infer<(typeof RESOLVERS)[K]['input']>;
  readonly caller: Caller;
  readonly ports: AppPorts;
}

/** A Jira permission the caller must hold first, and where (site, project or issue). */
export type PermissionRule<K extends ResolverKey> =
  | { readonly permission: 'ADMINISTER' }
  | {
      readonly permission: 'BROWSE_PROJECTS' | 'EDIT_ISSUES';
      readonly on: (input: ResolverContext<K>['input']) => { projectKey?: string; issueKey?: string };
    };

/** The contract's result type with every array and object read-only, as the domain produces them. */
type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [P in keyof T]: DeepReadonly<T[P]> }
    : T;

/** A resolver as the composition roots invoke it: raw payload in, envelope out. */
export type ResolverFunction = (
  payload: unknown,
  caller: Caller,
  ports: AppPorts,
) => Promise<Envelope<unknown>>;

/**
 * Defines a resolver: parses the payload with its contract schema, checks the caller's Jira permission
 * first, runs the use case, checks the result against the contract, and maps every failure to the
 * envelope in this one place. Unknown errors are logged and answered as a generic internal error.
 */
export function define<K extends ResolverKey>(
  key: K,
  rule: PermissionRule<K> | null,
  handler: (context: ResolverContext<K>) => Promise<Result<DeepReadonly<ResolverOutput<K>>, AppError>>,
): ResolverFunction {
  // Indexing the table with a generic key widens to the union of all entries; this entry is K's.
  const contract = RESOLVERS[key] as unknown as {
    input: z.ZodType<ResolverContext<K>['input']>;
    output: z.ZodType<ResolverOutput<K>>;
  };
  return async (payload, caller, ports) => {
    const input = contract.input.safeParse(payload ?? {});
    if (!input.success) {
      const issue = input.error.issues[0];
      return failure(
        ERROR_CODES.invalidInput,
        `${key}: ${issue?.path.join('.') || 'payload'}: ${issue?.message ?? 'invalid'}`,
      );
    }
    try {
      if (rule) {
        const where = rule.permission === 'ADMINISTER' ? {} : rule.on(input.data);
        const granted = await getMyPermissions(ports.jira, [rule.permission], where);
        if (!granted.ok)
          return failure(
            fromJira(granted.error, 'Checking your permissions').code,
            fromJira(granted.error, 'Checking your permissions').message,
          );
        if (!granted.value[rule.permission]?.havePermission) {
          return failure(
            ERROR_CODES.forbidden,
            `You need the Jira permission ${rule.permission}${describe(where)} to do this`,
          );
        }
      }
      const result = await handler({ input: input.data, caller, ports });
      if (!result.ok) return failure(result.error.code, result.error.message);
      const output = contract.output.safeParse(result.value);
      if (!output.success)
        throw new Error(
          `${key} produced a result outside its contract: ${output.error.issues[0]?.path.join('.') ?? ''}`,
        );
      return { ok: true, data: output.data };
    } catch (e) {
      console.error(`resolver ${key} failed`, e);
      return failure(
        ERROR_CODES.internal,
        'Something went wrong on our side; the error was logged. Try again, and tell your admin if it persists.',
      );
    }
  };
}

const failure = (code: string, message: string): Envelope<never> => ({ ok: false, error: { code, message } });

const describe = (where: { projectKey?: string; issueKey?: string }) =>
  where.issueKey ? ` on ${where.issueKey}` : where.projectKey ? ` in project ${where.projectKey}` : '';
