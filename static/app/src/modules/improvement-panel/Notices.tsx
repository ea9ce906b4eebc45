import SectionMessage from '@atlaskit/section-message';
import type { ChangedPart, ConflictChanges } from './conflict-changes';
import { usePanelMessages, type PanelMessages } from './messages';
import { STAGE_LOOK } from './StageLozenge';
import type { ImprovementState } from './use-improvement';

const PART_WORD: Record<ChangedPart, keyof PanelMessages> = {
  problem: 'partProblem',
  evidence: 'partEvidence',
  causes: 'partCauses',
  actions: 'partActions',
  approval: 'partApproval',
  check: 'partCheck',
  closure: 'partClosure',
};

/** "What they changed: the stage, from Analysing to Planning, the plan." in the user's language. */
export function describeChanges(changes: ConflictChanges, m: PanelMessages, locale: string): string | null {
  const words = [
    ...(changes.stage
      ? [
          m.conflictStage
            .replace('{from}', String(m[STAGE_LOOK[changes.stage.from].label]))
            .replace('{to}', String(m[STAGE_LOOK[changes.stage.to].label])),
        ]
      : []),
    ...changes.parts.map((part) => String(m[PART_WORD[part]])),
  ];
  if (words.length === 0) return null;
  return m.conflictChanged.replace('{parts}', words.join(locale === 'zh-CN' ? '、' : ', '));
}

/** What the last change did: refused (the backend's message), reloaded after a conflict (naming what changed), or saved. */
export function Notices({ state }: { state: ImprovementState }) {
  const { m, locale } = usePanelMessages();
  const changed = state.changes && describeChanges(state.changes, m, locale);
  return (
    <div aria-live="polite" style={{ display: 'grid', gap: 8 }}>
      {state.actionError && <SectionMessage appearance="error">{state.actionError}</SectionMessage>}
      {state.notice === 'conflict' && (
        <SectionMessage appearance="warning">
          <p>{m.conflictIntro}</p>
          {changed && <p>{changed}</p>}
          <p>{m.conflictAgain}</p>
        </SectionMessage>
      )}
      {state.notice === 'saved' && <SectionMessage appearance="success">{m.saved}</SectionMessage>}
    </div>
  );
}
