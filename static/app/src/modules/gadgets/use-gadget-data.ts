import { useEffect, useRef, useState } from 'react';
import type { ResolverInput, ResolverKey } from '@contract/resolvers';
import { useResolver } from '../project-page/use-resolver';

/**
 * One resolver call for the gadget's first render; every `refreshMinutes` (0 = never) the payload is
 * rebuilt (a rolling period moves on) and called again. The payload is kept in state so re-renders
 * never cause extra calls. A gadget that draws a chart names its chunk, whose download then starts on
 * mount beside the call instead of after the data arrives.
 */
export function useGadgetData<K extends ResolverKey>(
  key: K,
  makePayload: () => ResolverInput<K>,
  refreshMinutes: number,
  chart?: { readonly preload: () => Promise<unknown> },
) {
  const [payload, setPayload] = useState(makePayload);
  const latest = useRef(makePayload);
  useEffect(() => {
    latest.current = makePayload;
  });
  useEffect(() => {
    void chart?.preload();
  }, [chart]);
  const result = useResolver(key, payload);
  const { reload } = result;
  useEffect(() => {
    if (refreshMinutes <= 0) return;
    const timer = setInterval(() => {
      setPayload(latest.current());
      reload();
    }, refreshMinutes * 60_000);
    return () => clearInterval(timer);
  }, [refreshMinutes, reload]);
  return result;
}
