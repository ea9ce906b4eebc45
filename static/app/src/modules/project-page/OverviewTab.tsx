import { useMemo, useState } from 'react';
import { Loading, Problem } from '../../shared/states';
import BreakdownSection, { FIRST_DIMENSION } from './BreakdownSection';
import CompositePanel from './CompositePanel';
import { lastDays } from './format';
import { usePageMessages } from './messages';
import PeriodPicker from './PeriodPicker';
import ScorecardTable from './ScorecardTable';
import { subtleText } from './styles';
import { useResolver } from './use-resolver';

/** The Overview tab: period, scorecard of every KPI, the composite index and a breakdown. */
export default function OverviewTab({ projectKey, timeZone }: { projectKey: string; timeZone: string }) {
  const { m } = usePageMessages();
  const [days, setDays] = useState(30);
  const request = useMemo(
    () => ({ projectKey, timeZone, ...lastDays(days, timeZone) }),
    [projectKey, timeZone, days],
  );
  const { state, reload } = useResolver('kpi/report', { ...request, breakdownBy: FIRST_DIMENSION });
  return (
    <div style={{ display: 'grid', gap: 16, paddingTop: 12 }}>
      <PeriodPicker days={days} timeZone={timeZone} onChange={setDays} />
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <Problem message={state.message} onRetry={reload} />}
      {state.status === 'ok' && state.data.volume.created + state.data.volume.resolved === 0 && (
        <p>{m.empty}</p>
      )}
      {state.status === 'ok' && state.data.volume.created + state.data.volume.resolved > 0 && (
        <>
          <p style={{ ...subtleText, margin: 0 }}>
            {m.volume}: {state.data.volume.created} {m.created} · {state.data.volume.resolved} {m.resolved}
            {state.data.skipped > 0 && ` · ${state.data.skipped} ${m.ticketsSkipped}`}
          </p>
          <div
            style={{
              display: 'grid',
              gap: 16,
              gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 320px), 1fr))',
            }}
          >
            <div style={{ gridColumn: '1 / -1' }}>
              <ScorecardTable rows={state.data.scorecard} trendPeriod={request} />
            </div>
            <CompositePanel composite={state.data.composite} />
          </div>
          <BreakdownSection key={JSON.stringify(request)} initial={state.data.breakdown} request={request} />
        </>
      )}
    </div>
  );
}
