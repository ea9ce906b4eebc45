import SectionMessage from '@atlaskit/section-message';
import { usePanelMessages } from './messages';
import type { ImprovementState } from './use-improvement';

/** What the last change did: refused (the backend's message), reloaded after a conflict, or saved. */
export function Notices({ state }: { state: ImprovementState }) {
  const { m } = usePanelMessages();
  return (
    <div aria-live="polite" style={{ display: 'grid', gap: 8 }}>
      {state.actionError && <SectionMessage appearance="error">{state.actionError}</SectionMessage>}
      {state.notice === 'conflict' && (
        <SectionMessage appearance="warning">{m.conflictReloaded}</SectionMessage>
      )}
      {state.notice === 'saved' && <SectionMessage appearance="success">{m.saved}</SectionMessage>}
    </div>
  );
}
