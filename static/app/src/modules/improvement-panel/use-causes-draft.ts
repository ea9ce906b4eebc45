import { useState } from 'react';
import type { ImprovementRecord } from '@contract/improvement-schema';
import { call } from '../../shared/api';
import type { Cause } from './causes-edit';
import type { Mutate } from './use-improvement';

export type CausesDraft = {
  causes: Cause[];
  setCauses: (next: Cause[]) => void;
  dirty: boolean;
  save: () => Promise<boolean>;
};

/** The causes being edited (fishbone and 5-Why share them); reset whenever the record changes. */
export function useCausesDraft(record: ImprovementRecord, mutate: Mutate): CausesDraft {
  const [causes, setCauses] = useState<Cause[]>(record.causes);
  const [seen, setSeen] = useState(record);
  if (seen !== record) {
    setSeen(record);
    setCauses(record.causes);
  }
  const save = () =>
    mutate((r) => call('improvement/save-causes', { key: r.key, version: r.version, causes }));
  return { causes, setCauses, dirty: causes !== record.causes, save };
}
