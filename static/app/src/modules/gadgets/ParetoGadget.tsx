import type { ForgeContext } from '../../shared/context';
import { zoneOf } from './format';
import GadgetFrame from './GadgetFrame';
import { useGadgetMessages } from './messages';
import ParetoView from './ParetoView';

/** Dashboard gadget "Problem Pareto". */
export default function ParetoGadget({ context }: { context: ForgeContext }) {
  const { m } = useGadgetMessages();
  return (
    <GadgetFrame context={context} title={m.paretoTitleShort}>
      {(config) => <ParetoView config={config} timeZone={zoneOf(context.timezone)} />}
    </GadgetFrame>
  );
}
