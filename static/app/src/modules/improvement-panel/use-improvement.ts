import { useCallback, useEffect, useState } from 'react';
import type { Envelope } from '@contract/envelope';
import { ERROR_CODES } from '@contract/envelope';
import type { ImprovementRecord } from '@contract/improvement-schema';
import { call } from '../../shared/api';

/** The codes meaning "no improvement record on this issue" (the shared one and the loop's own). */
const NOT_FOUND = new Set<string>([ERROR_CODES.notFound, 'IMPROVEMENT.NOT_FOUND']);

export type Mutate = (
  op: (record: ImprovementRecord) => Promise<Envelope<ImprovementRecord>>,
) => Promise<boolean>;

export type ImprovementState = {
  record: ImprovementRecord | null;
  notFound: boolean;
  loadError: string | null;
  actionError: string | null;
  notice: 'conflict' | 'saved' | null;
  busy: boolean;
  reload: () => Promise<void>;
  mutate: Mutate;
  clearMessages: () => void;
};

/**
 * Loads one improvement (`improvement/get`) and runs mutations against it: each one sends the current
 * version; a stale write (`IMPROVEMENT.CONFLICT`) reloads the record and says so.
 */
export function useImprovement(key: string): ImprovementState {
  const [record, setRecord] = useState<ImprovementRecord | null>(null);
  const [notFound, setNotFound] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [notice, setNotice] = useState<'conflict' | 'saved' | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    setLoadError(null);
    const got = await call('improvement/get', { key });
    if (got.ok) return setRecord(got.data);
    if (NOT_FOUND.has(got.error.code)) return setNotFound(true);
    setLoadError(got.error.message);
  }, [key]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const mutate: Mutate = useCallback(
    async (op) => {
      if (!record) return false;
      setBusy(true);
      setActionError(null);
      setNotice(null);
      const result = await op(record);
      setBusy(false);
      if (result.ok) {
        setRecord(result.data);
        setNotice('saved');
        return true;
      }
      if (result.error.code === ERROR_CODES.conflict) {
        await reload();
        setNotice('conflict');
        return false;
      }
      setActionError(result.error.message);
      return false;
    },
    [record, reload],
  );

  const clearMessages = useCallback(() => {
    setActionError(null);
    setNotice(null);
  }, []);

  return { record, notFound, loadError, actionError, notice, busy, reload, mutate, clearMessages };
}
