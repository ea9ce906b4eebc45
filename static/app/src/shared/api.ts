import { invoke } from '@forge/bridge';
import { RESOLVERS, type ResolverInput, type ResolverKey, type ResolverOutput } from '@contract/resolvers';
import { envelopeSchema, type Envelope } from '@contract/envelope';

/**
 * Calls a resolver through the Forge bridge and checks its answer against the contract: the UI never
 * trusts an unchecked shape. Transport failures become an error envelope too.
 */
export async function call<K extends ResolverKey>(
  key: K,
  payload: ResolverInput<K>,
): Promise<Envelope<ResolverOutput<K>>> {
  try {
    const raw: unknown = await invoke(key, payload as Record<string, unknown>);
    const parsed = envelopeSchema(RESOLVERS[key].output).safeParse(raw);
    if (!parsed.success)
      return {
        ok: false,
        error: { code: 'UI.UNEXPECTED_ANSWER', message: `The answer to ${key} was not understood` },
      };
    return parsed.data as Envelope<ResolverOutput<K>>;
  } catch (e) {
    return {
      ok: false,
      error: { code: 'UI.UNREACHABLE', message: e instanceof Error ? e.message : String(e) },
    };
  }
}
