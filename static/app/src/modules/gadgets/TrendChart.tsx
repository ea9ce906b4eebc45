import { token } from '@atlaskit/tokens';
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

export type TrendChartProps = {
  data: ReadonlyArray<{ day: string; value: number | null }>;
  /** The target already in the chart's scale, or null when the KPI has none. */
  target: number | null;
  label: string;
  targetLabel: string;
  format: (value: number) => string;
};

/**
 * The trend gadget's picture: one KPI day by day with its target as a dashed line. In its own chunk, with
 * the chart library, fetched while the gadget's data call runs. Hidden from screen readers: the table
 * view carries the same figures.
 */
export default function TrendChart({ data, target, label, targetLabel, format }: TrendChartProps) {
  const text = token('color.text.subtle', '#44546f');
  return (
    <div aria-hidden="true" style={{ width: '100%', height: 220 }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={[...data]} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={token('color.border', '#dcdfe4')} vertical={false} />
          <XAxis dataKey="day" tick={{ fill: text, fontSize: 11 }} minTickGap={16} />
          <YAxis tick={{ fill: text, fontSize: 11 }} width={44} tickFormatter={(v: number) => format(v)} />
          <Tooltip
            formatter={(v) => (typeof v === 'number' ? format(v) : String(v))}
            contentStyle={{ background: token('elevation.surface.overlay', '#fff') }}
          />
          {target !== null && (
            <ReferenceLine
              y={target}
              stroke={token('color.border.success', '#22a06b')}
              strokeDasharray="4 4"
              label={{
                value: `${targetLabel} ${format(target)}`,
                fill: text,
                fontSize: 11,
                position: 'insideTopRight',
              }}
            />
          )}
          <Line
            dataKey="value"
            name={label}
            stroke={token('color.chart.brand', '#1d7afc')}
            strokeWidth={2}
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
