import { Line, LineChart, ReferenceLine, YAxis } from 'recharts';
import { token } from '@atlaskit/tokens';
import VisuallyHidden from '@atlaskit/visually-hidden';
import { Loading, Problem } from '../../shared/states';
import { formatValue, type KpiUnit } from './format';
import { usePageMessages } from './messages';
import { useResolver } from './use-resolver';

export type SparklineProps = {
  kpi: string;
  unit: KpiUnit;
  label: string;
  projectKey: string;
  from: string;
  to: string;
  timeZone: string;
};

/** A tiny line of one KPI's daily values (one `kpi/trend` call) with its target, and a hidden table of the days. */
export default function Sparkline({ kpi, unit, label, projectKey, from, to, timeZone }: SparklineProps) {
  const { m, locale } = usePageMessages();
  const { state, reload } = useResolver('kpi/trend', { projectKey, kpi, from, to, timeZone });
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <Problem message={state.message} onRetry={reload} />;
  const points = state.data.points;
  if (points.every((p) => p.value === null)) return <span>{m.noTrend}</span>;
  return (
    <figure style={{ margin: 0 }}>
      <LineChart width={120} height={32} data={points} aria-hidden="true">
        <YAxis hide domain={['auto', 'auto']} />
        {state.data.target !== null && (
          <ReferenceLine
            y={state.data.target}
            stroke={token('color.border.success', '#22a06b')}
            strokeDasharray="3 3"
          />
        )}
        <Line
          dataKey="value"
          dot={false}
          strokeWidth={1.5}
          stroke={token('color.chart.brand', '#1d7afc')}
          connectNulls
          isAnimationActive={false}
        />
      </LineChart>
      <VisuallyHidden>
        <table>
          <caption>
            {m.trendOf} {label}
          </caption>
          <tbody>
            {points.map((p) => (
              <tr key={p.day}>
                <th scope="row">{p.day}</th>
                <td>{formatValue(unit, p.value, locale, m.noData)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </figure>
  );
}
