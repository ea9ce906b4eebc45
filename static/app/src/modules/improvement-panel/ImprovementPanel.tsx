import type { ForgeContext } from '../../shared/context';
import { Loading, Problem } from '../../shared/states';
import { NotImprovement } from './NotImprovement';
import { PanelBody } from './PanelBody';
import { TimeZoneContext } from './time-zone';
import { useImprovement } from './use-improvement';

/** The issue panel "Improvement": the whole PDCA record of a Service Improvement, in tabs. */
export default function ImprovementPanel({ context }: { context: ForgeContext }) {
  const issueKey = context.extension?.issue?.key ?? '';
  const state = useImprovement(issueKey);
  if (state.notFound) return <NotImprovement />;
  if (state.loadError) return <Problem message={state.loadError} onRetry={() => void state.reload()} />;
  if (!state.record) return <Loading />;
  return (
    <TimeZoneContext.Provider value={context.timezone ?? 'UTC'}>
      <PanelBody
        record={state.record}
        state={state}
        accountId={context.accountId ?? ''}
        timeZone={context.timezone ?? 'UTC'}
      />
    </TimeZoneContext.Provider>
  );
}
