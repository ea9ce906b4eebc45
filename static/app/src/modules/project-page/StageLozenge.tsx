import Lozenge from '@atlaskit/lozenge';
import { usePageMessages } from './messages';
import { STAGE_APPEARANCE, type Stage } from './stages';

/** An improvement's lifecycle stage as a coloured lozenge, in the user's language. */
export default function StageLozenge({ stage }: { stage: Stage }) {
  const { m } = usePageMessages();
  return <Lozenge appearance={STAGE_APPEARANCE[stage]}>{m[stage]}</Lozenge>;
}
