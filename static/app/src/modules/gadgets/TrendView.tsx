import { Suspense, useState } from 'react';
import { Loading, Problem } from '../../shared/states';
import { preloadable } from '../../shared/preloadable';
import { ChartTableToggle } from '../project-page/ViewToggle';
import type { GadgetConfig } from './config';
import { formatValue, kpiLabel, lastDays } from './format';
import { useGadgetMessages } from './messages';
import TrendTable from './TrendTable';
import { unitOfKpi } from './units';
import { useGadgetData } from './use-gadget-data';

// The chart library comes in its own chunk, requested together with the data (not after it).
const chart = preloadable(() => import('./TrendChart'));

/** The trend gadget's body: one KPI day by day with its target line, or the same as a table (one `kpi/trend` call). */
export default function TrendView({ config, timeZone }: { config: GadgetConfig; timeZone: string }) {
  const { m, locale } = useGadgetMessages();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const { state, reload } = useGadgetData(
    'kpi/trend',
    () => ({ projectKey: config.projectKey, kpi: config.kpi, timeZone, ...lastDays(config.days, timeZone) }),
    config.refreshMinutes,
    chart,
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <Problem message={state.message} onRetry={reload} />;
  const { points, target } = state.data;
  if (points.every((p) => p.value === null)) return <p>{m.noTrend}</p>;
  const unit = unitOfKpi(config.kpi);
  const scale = unit === 'fraction' ? 100 : unit === 'ms' ? 1 / 60_000 : 1;
  const data = points.map((p) => ({ day: p.day.slice(5), value: p.value === null ? null : p.value * scale }));
  const format = (v: number) => formatValue(unit, v / scale, locale, m.noData);
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
        <strong style={{ fontSize: 13 }}>{kpiLabel(config.kpi, m)}</strong>
        <ChartTableToggle value={view} onChange={setView} labels={m} />
      </div>
      {view === 'chart' ? (
        <Suspense fallback={<Loading />}>
          <chart.Component
            data={data}
            target={target === null ? null : target * scale}
            label={kpiLabel(config.kpi, m)}
            targetLabel={m.target}
            format={format}
          />
        </Suspense>
      ) : (
        <TrendTable points={points} unit={unit} target={target} label={kpiLabel(config.kpi, m)} />
      )}
    </div>
  );
}
