import { token } from '@atlaskit/tokens';
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ResolverOutput } from '@contract/resolvers';
import { categoryLabel } from './format';
import { usePageMessages } from './messages';

type Problem = ResolverOutput<'problems/list'>['problems'][number];

/**
 * The Pareto chart (帕累托图): bars by category, the cumulative share as a line on a 0–100% axis, the
 * 80% reference line, and the vital few (关键少数) in a stronger colour. The picture is hidden from
 * screen readers: the table view carries the same figures.
 */
export default function ParetoChart({
  problems,
  height = 300,
}: {
  problems: readonly Problem[];
  height?: number;
}) {
  const { m, locale } = usePageMessages();
  const data = problems.map((p) => ({
    name: categoryLabel(p.name, locale, m),
    count: p.count,
    cumulative: Math.round(p.cumulativeShare * 1000) / 10,
    vitalFew: p.vitalFew,
  }));
  const text = token('color.text.subtle', '#44546f');
  return (
    <div aria-hidden="true" style={{ width: '100%', height }}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid stroke={token('color.border', '#dcdfe4')} vertical={false} />
          <XAxis
            dataKey="name"
            tick={{ fill: text, fontSize: 11 }}
            interval={0}
            tickFormatter={(v: string) => (v.length > 14 ? `${v.slice(0, 13)}…` : v)}
            angle={-20}
            textAnchor="end"
            height={50}
          />
          <YAxis yAxisId="count" tick={{ fill: text, fontSize: 11 }} allowDecimals={false} width={36} />
          <YAxis
            yAxisId="pct"
            orientation="right"
            domain={[0, 100]}
            unit="%"
            tick={{ fill: text, fontSize: 11 }}
            width={40}
          />
          <Tooltip
            contentStyle={{
              background: token('elevation.surface.overlay', '#fff'),
              color: token('color.text', '#172b4d'),
            }}
          />
          <Bar yAxisId="count" dataKey="count" name={m.count} isAnimationActive={false}>
            {data.map((d) => (
              <Cell
                key={d.name}
                fill={
                  d.vitalFew
                    ? token('color.chart.danger', '#c9372c')
                    : token('color.chart.neutral', '#8590a2')
                }
              />
            ))}
          </Bar>
          <Line
            yAxisId="pct"
            dataKey="cumulative"
            name={m.cumulative}
            unit="%"
            stroke={token('color.chart.brand', '#1d7afc')}
            strokeWidth={2}
            isAnimationActive={false}
          />
          <ReferenceLine
            yAxisId="pct"
            y={80}
            stroke={token('color.border.warning', '#e56910')}
            strokeDasharray="4 4"
            label={{ value: '80%', position: 'insideTopRight', fill: text, fontSize: 11 }}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
