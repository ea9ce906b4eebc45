import { useEffect, useState } from 'react';
import type { ResolverOutput } from '@contract/resolvers';
import { call } from '../../shared/api';

export type PlanHints = ResolverOutput<'improvement/plan-hints'>;

/** The SMART hints of every saved action, loaded after the record and again after each change. */
export function usePlanHints(key: string, version: number): PlanHints | null {
  const [hints, setHints] = useState<PlanHints | null>(null);
  useEffect(() => {
    let live = true;
    void call('improvement/plan-hints', { key }).then((r) => {
      if (live) setHints(r.ok ? r.data : {});
    });
    return () => {
      live = false;
    };
  }, [key, version]);
  return hints;
}
