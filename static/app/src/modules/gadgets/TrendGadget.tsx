import type { ForgeContext } from '../../shared/context';
import { zoneOf } from './format';
import GadgetFrame from './GadgetFrame';
import { useGadgetMessages } from './messages';
import TrendView from './TrendView';

/** Dashboard gadget "KPI trend". */
export default function TrendGadget({ context }: { context: ForgeContext }) {
  const { m } = useGadgetMessages();
  return (
    <GadgetFrame context={context} title={m.trendTitle} withKpi>
      {(config) => <TrendView config={config} timeZone={zoneOf(context.timezone)} />}
    </GadgetFrame>
  );
}
