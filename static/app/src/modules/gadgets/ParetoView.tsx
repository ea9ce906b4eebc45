import { lazy, Suspense, useState } from 'react';
import { preloadable } from '../../shared/preloadable';
import { Loading, Problem } from '../../shared/states';
import { ChartTableToggle } from '../project-page/ViewToggle';
import type { GadgetConfig } from './config';
import { categoryLabel, formatShare, lastDays } from './format';
import { useGadgetMessages } from './messages';
import { useGadgetData } from './use-gadget-data';

// The chart library comes in its own chunk, requested together with the data (not after it).
const chart = preloadable(() => import('../project-page/ParetoChart'));
// The table view (with its lozenges) loads when someone switches to it.
const ProblemTable = lazy(() => import('../project-page/ProblemTable'));

/** The Pareto gadget's body: chart or table of problem categories, vital few named (one `problems/list` call). */
export default function ParetoView({ config, timeZone }: { config: GadgetConfig; timeZone: string }) {
  const { m, locale } = useGadgetMessages();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const { state, reload } = useGadgetData(
    'problems/list',
    () => ({ projectKey: config.projectKey, timeZone, ...lastDays(config.days, timeZone) }),
    config.refreshMinutes,
    chart,
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <Problem message={state.message} onRetry={reload} />;
  const { problems, total } = state.data;
  if (problems.length === 0) return <p>{m.empty}</p>;
  const vital = problems.filter((p) => p.vitalFew);
  const share = vital.reduce((sum, p) => sum + p.count, 0) / total;
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          gap: 8,
          flexWrap: 'wrap',
          alignItems: 'center',
        }}
      >
        <span style={{ fontSize: 13 }}>
          {m.vitalFew}:{' '}
          {vital.map((p) => categoryLabel(p.name, locale, m)).join(locale === 'zh-CN' ? '、' : ', ')} (
          {formatShare(share, locale)})
        </span>
        <ChartTableToggle value={view} onChange={setView} labels={m} />
      </div>
      {view === 'chart' ? (
        <Suspense fallback={<Loading />}>
          <chart.Component problems={problems} height={240} />
        </Suspense>
      ) : (
        <Suspense fallback={<Loading />}>
          <ProblemTable problems={problems} compact />
        </Suspense>
      )}
    </div>
  );
}
