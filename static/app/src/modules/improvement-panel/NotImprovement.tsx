import SectionMessage from '@atlaskit/section-message';
import { usePanelMessages } from './messages';

/** The friendly empty state of an issue that is not a Service Improvement. */
export function NotImprovement() {
  const { m } = usePanelMessages();
  return (
    <SectionMessage appearance="information" title={m.notImprovement}>
      <p>{m.notImprovementHint}</p>
    </SectionMessage>
  );
}
