import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { Loading, Problem } from '../../shared/states';
import { ChartTableToggle } from '../project-page/ViewToggle';
import type { GadgetConfig } from './config';
import { formatValue, kpiLabel, lastDays } from './format';
import { useGadgetMessages } from './messages';
import TrendTable from './TrendTable';
import { unitOfKpi } from './units';
import { useGadgetData } from './use-gadget-data';

/** The trend gadget's body: one KPI day by day with its target line, or the same as a table (one `kpi/trend` call). */
export default function TrendView({ config, timeZone }: { config: GadgetConfig; timeZone: string }) {
  const { m, locale } = useGadgetMessages();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const { state, reload } = useGadgetData(
    'kpi/trend',
    () => ({ projectKey: config.projectKey, kpi: config.kpi, timeZone, ...lastDays(config.days) }),
    config.refreshMinutes,
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <Problem message={state.message} onRetry={reload} />;
  const { points, target } = state.data;
  if (points.every((p) => p.value === null)) return <p>{m.noTrend}</p>;
  const unit = unitOfKpi(config.kpi);
  const scale = unit === 'fraction' ? 100 : unit === 'ms' ? 1 / 60_000 : 1;
  const data = points.map((p) => ({ day: p.day.slice(5), value: p.value === null ? null : p.value * scale }));
  const text = token('color.text.subtle', '#44546f');
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
        <div aria-hidden="true" style={{ width: '100%', height: 220 }}>
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid stroke={token('color.border', '#dcdfe4')} vertical={false} />
              <XAxis dataKey="day" tick={{ fill: text, fontSize: 11 }} minTickGap={16} />
              <YAxis
                tick={{ fill: text, fontSize: 11 }}
                width={44}
                tickFormatter={(v: number) => format(v)}
              />
              <Tooltip
                formatter={(v) => (typeof v === 'number' ? format(v) : String(v))}
                contentStyle={{ background: token('elevation.surface.overlay', '#fff') }}
              />
              {target !== null && (
                <ReferenceLine
                  y={target * scale}
                  stroke={token('color.border.success', '#22a06b')}
                  strokeDasharray="4 4"
                  label={{
                    value: `${m.target} ${format(target * scale)}`,
                    fill: text,
                    fontSize: 11,
                    position: 'insideTopRight',
                  }}
                />
              )}
              <Line
                dataKey="value"
                name={kpiLabel(config.kpi, m)}
                stroke={token('color.chart.brand', '#1d7afc')}
                strokeWidth={2}
                dot={false}
                connectNulls
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
      ) : (
        <TrendTable points={points} unit={unit} target={target} label={kpiLabel(config.kpi, m)} />
      )}
    </div>
  );
}
