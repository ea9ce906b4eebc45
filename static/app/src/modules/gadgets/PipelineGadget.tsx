import type { ForgeContext } from '../../shared/context';
import { zoneOf } from './format';
import GadgetFrame from './GadgetFrame';
import { useGadgetMessages } from './messages';
import PipelineView from './PipelineView';

/** Dashboard gadget "Improvement pipeline". */
export default function PipelineGadget({ context }: { context: ForgeContext }) {
  const { m } = useGadgetMessages();
  return (
    <GadgetFrame context={context} title={m.pipelineTitle} withPeriod={false}>
      {(config) => <PipelineView config={config} timeZone={zoneOf(context.timezone)} />}
    </GadgetFrame>
  );
}
