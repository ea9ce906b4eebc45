import type { ImprovementRecord } from '@contract/improvement-schema';

/** A part of the improvement another person can change, as the panel names it. */
export type ChangedPart = 'problem' | 'evidence' | 'causes' | 'actions' | 'approval' | 'check' | 'closure';

/** What someone else's save changed between the record a user was editing and the one now stored. */
export type ConflictChanges = {
  /** The stage before and after, when it moved. */
  readonly stage: {
    readonly from: ImprovementRecord['stage'];
    readonly to: ImprovementRecord['stage'];
  } | null;
  readonly parts: readonly ChangedPart[];
};

const PARTS: readonly ChangedPart[] = [
  'problem',
  'evidence',
  'causes',
  'actions',
  'approval',
  'check',
  'closure',
];

/**
 * Compares the stale record with the reloaded one part by part (each part as stored, so any edit inside
 * it counts), in the order the panel's tabs show them.
 */
export function conflictChanges(stale: ImprovementRecord, current: ImprovementRecord): ConflictChanges {
  return {
    stage: stale.stage === current.stage ? null : { from: stale.stage, to: current.stage },
    parts: PARTS.filter((part) => JSON.stringify(stale[part]) !== JSON.stringify(current[part])),
  };
}
