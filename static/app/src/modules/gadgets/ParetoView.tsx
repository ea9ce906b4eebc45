import { useState } from 'react';
import { Loading, Problem } from '../../shared/states';
import ParetoChart from '../project-page/ParetoChart';
import ProblemTable from '../project-page/ProblemTable';
import { ChartTableToggle } from '../project-page/ViewToggle';
import type { GadgetConfig } from './config';
import { categoryLabel, formatShare, lastDays } from './format';
import { useGadgetMessages } from './messages';
import { useGadgetData } from './use-gadget-data';

/** The Pareto gadget's body: chart or table of problem categories, vital few named (one `problems/list` call). */
export default function ParetoView({ config, timeZone }: { config: GadgetConfig; timeZone: string }) {
  const { m, locale } = useGadgetMessages();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const { state, reload } = useGadgetData(
    'problems/list',
    () => ({ projectKey: config.projectKey, timeZone, ...lastDays(config.days) }),
    config.refreshMinutes,
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
        <ParetoChart problems={problems} height={240} />
      ) : (
        <ProblemTable problems={problems} compact />
      )}
    </div>
  );
}
