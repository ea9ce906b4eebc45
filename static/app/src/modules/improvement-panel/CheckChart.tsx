import { token } from '@atlaskit/tokens';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ImprovementRecord } from '@contract/improvement-schema';
import { chartValue, formatKpiValue, isDurationKpi } from './format';
import { usePanelMessages } from './messages';

type Props = { problem: ImprovementRecord['problem']; check: NonNullable<ImprovementRecord['check']> };

/** Baseline against after as two bars with the target line, and the same figures as a table. */
export function CheckChart({ problem, check }: Props) {
  const { m } = usePanelMessages();
  const kpi = problem.kpi;
  const unit = isDurationKpi(kpi) ? 'min' : '%';
  const rows = [
    { name: m.baseline, value: chartValue(kpi, problem.baseline.value), raw: problem.baseline },
    { name: m.after, value: chartValue(kpi, check.after.value), raw: check.after },
  ];
  const target = chartValue(kpi, problem.target);
  return (
    <div style={{ display: 'grid', gap: 8, minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <div style={{ width: '100%', height: 200 }} aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke={token('color.border')} />
            <XAxis dataKey="name" stroke={token('color.text.subtle')} />
            <YAxis unit={unit} stroke={token('color.text.subtle')} width={56} />
            <Tooltip formatter={(v) => `${Number(v).toFixed(1)} ${unit}`} />
            <Bar dataKey="value" fill={token('color.chart.brand')} isAnimationActive={false} />
            {target !== null && (
              <ReferenceLine
                y={target}
                stroke={token('color.border.danger')}
                strokeDasharray="4 4"
                label={m.target}
              />
            )}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <caption style={{ textAlign: 'left', fontWeight: 600 }}>{m.chartTable}</caption>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: 'left' }}></th>
            <th scope="col" style={{ textAlign: 'right' }}>
              {m.value}
            </th>
            <th scope="col" style={{ textAlign: 'right' }}>
              {m.observations}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name}>
              <th scope="row" style={{ textAlign: 'left' }}>
                {r.name}
              </th>
              <td style={{ textAlign: 'right' }}>{formatKpiValue(kpi, r.raw.value)}</td>
              <td style={{ textAlign: 'right' }}>{r.raw.observations}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" style={{ textAlign: 'left' }}>
              {m.target}
            </th>
            <td style={{ textAlign: 'right' }}>{formatKpiValue(kpi, problem.target)}</td>
            <td></td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
