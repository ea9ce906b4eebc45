import type { ForgeContext } from '../../shared/context';
import { zoneOf } from './format';
import GadgetFrame from './GadgetFrame';
import { useGadgetMessages } from './messages';
import ScorecardView from './ScorecardView';

/** Dashboard gadget "KPI scorecard". */
export default function ScorecardGadget({ context }: { context: ForgeContext }) {
  const { m } = useGadgetMessages();
  return (
    <GadgetFrame context={context} title={m.scorecardTitle}>
      {(config) => <ScorecardView config={config} timeZone={zoneOf(context.timezone)} />}
    </GadgetFrame>
  );
}
