import { useCallback, useEffect, useState } from 'react';
import type { ResolverInput, ResolverKey, ResolverOutput } from '@contract/resolvers';
import { call } from '../../shared/api';

/** What a screen knows about one resolver answer. */
export type Loadable<T> =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ok'; data: T };

/**
 * Calls one resolver when `payload` changes (compared by value) and again on `reload`; `null` payload
 * means "not yet". Answers that arrive after the payload changed are ignored.
 */
export function useResolver<K extends ResolverKey>(
  key: K,
  payload: ResolverInput<K> | null,
): { state: Loadable<ResolverOutput<K>>; reload: () => void } {
  const [state, setState] = useState<Loadable<ResolverOutput<K>>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const body = payload === null ? null : JSON.stringify(payload);

  useEffect(() => {
    if (body === null) return;
    let current = true;
    setState({ status: 'loading' });
    void call(key, JSON.parse(body) as ResolverInput<K>).then((answer) => {
      if (!current) return;
      setState(
        answer.ok ? { status: 'ok', data: answer.data } : { status: 'error', message: answer.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [key, body, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { state, reload };
}
