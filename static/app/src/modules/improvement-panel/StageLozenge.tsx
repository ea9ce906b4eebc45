import Lozenge from '@atlaskit/lozenge';
import type { ImprovementRecord } from '@contract/improvement-schema';
import { usePanelMessages, type PanelMessages } from './messages';

type Stage = ImprovementRecord['stage'];
type Appearance = 'default' | 'inprogress' | 'moved' | 'new' | 'removed' | 'success';

/** How each stage looks: its label in the panel's messages and its lozenge colour. */
export const STAGE_LOOK: Record<Stage, { label: keyof PanelMessages; appearance: Appearance }> = {
  identified: { label: 'stageIdentified', appearance: 'new' },
  analysing: { label: 'stageAnalysing', appearance: 'inprogress' },
  planning: { label: 'stagePlanning', appearance: 'inprogress' },
  awaitingApproval: { label: 'stageAwaitingApproval', appearance: 'moved' },
  approved: { label: 'stageApproved', appearance: 'success' },
  implementing: { label: 'stageImplementing', appearance: 'inprogress' },
  checking: { label: 'stageChecking', appearance: 'moved' },
  closed: { label: 'stageClosed', appearance: 'default' },
};

/** The stage of the improvement (PDCA) as a lozenge. */
export function StageLozenge({ stage }: { stage: Stage }) {
  const { m } = usePanelMessages();
  const look = STAGE_LOOK[stage];
  return (
    <Lozenge appearance={look.appearance} isBold>
      {String(m[look.label])}
    </Lozenge>
  );
}
