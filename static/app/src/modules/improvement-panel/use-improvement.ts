import { useCallback, useEffect, useState } from 'react';
import type { Envelope } from '@contract/envelope';
import { ERROR_CODES } from '@contract/envelope';
import type { ImprovementRecord } from '@contract/improvement-schema';
import { call } from '../../shared/api';
import { conflictChanges, type ConflictChanges } from './conflict-changes';

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
  /** After a conflict: what the other person's save changed, compared with the record this user edited. */
  changes: ConflictChanges | null;
  busy: boolean;
  reload: () => Promise<void>;
  mutate: Mutate;
  clearMessages: () => void;
};

/**
 * Loads one improvement (`improvement/get`) and runs mutations against it: each one sends the current
 * version; a stale write (`IMPROVEMENT.CONFLICT`) reloads the record and says what changed.
 */
export function useImprovement(key: string): ImprovementState {
  const [record, setRecord] = useState<ImprovementRecord | null>(null);
  const [notFound, setNotFound] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [notice, setNotice] = useState<'conflict' | 'saved' | null>(null);
  const [changes, setChanges] = useState<ConflictChanges | null>(null);
  const [busy, setBusy] = useState(false);

  /** Loads the stored record into the screen and returns it (null when it could not be read). */
  const load = useCallback(async (): Promise<ImprovementRecord | null> => {
    setLoadError(null);
    const got = await call('improvement/get', { key });
    if (got.ok) {
      setRecord(got.data);
      return got.data;
    }
    if (NOT_FOUND.has(got.error.code)) setNotFound(true);
    else setLoadError(got.error.message);
    return null;
  }, [key]);
  const reload = useCallback(async () => {
    await load();
  }, [load]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const mutate: Mutate = useCallback(
    async (op) => {
      if (!record) return false;
      setBusy(true);
      setActionError(null);
      setNotice(null);
      setChanges(null);
      const result = await op(record);
      setBusy(false);
      if (result.ok) {
        setRecord(result.data);
        setNotice('saved');
        return true;
      }
      if (result.error.code === ERROR_CODES.conflict) {
        const current = await load();
        setChanges(current && conflictChanges(record, current));
        setNotice('conflict');
        return false;
      }
      setActionError(result.error.message);
      return false;
    },
    [record, load],
  );

  const clearMessages = useCallback(() => {
    setActionError(null);
    setNotice(null);
    setChanges(null);
  }, []);

  return { record, notFound, loadError, actionError, notice, changes, busy, reload, mutate, clearMessages };
}
