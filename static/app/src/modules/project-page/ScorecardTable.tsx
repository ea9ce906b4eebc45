import Lozenge from '@atlaskit/lozenge';
import type { ResolverOutput } from '@contract/resolvers';
import { formatDelta, formatValue, kpiLabel } from './format';
import { usePageMessages } from './messages';
import {
  badColor,
  cellStyle,
  goodColor,
  headStyle,
  numStyle,
  scrollStyle,
  tableStyle,
  captionStyle,
} from './styles';
import TrendCell from './TrendCell';

type Row = ResolverOutput<'kpi/report'>['scorecard'][number];

/** Whether a change moved the KPI in its good direction (green), bad (red) or neither. */
function changeColor(row: Row): string | undefined {
  if (row.change === null || row.change === 0) return undefined;
  const better = row.direction === 'higher' ? row.change > 0 : row.change < 0;
  return better ? goodColor() : badColor();
}

/** Every KPI of the period: actual, target, gap, change vs the previous period, and an on-demand trend. */
export default function ScorecardTable({
  rows,
  trendPeriod,
}: {
  rows: readonly Row[];
  trendPeriod: { projectKey: string; from: string; to: string; timeZone: string } | null;
}) {
  const { m, locale } = usePageMessages();
  return (
    <div style={scrollStyle}>
      <table style={tableStyle}>
        <caption style={captionStyle}>{m.scorecard}</caption>
        <thead>
          <tr>
            <th style={headStyle}>{m.kpi}</th>
            <th style={{ ...headStyle, textAlign: 'right' }}>{m.actual}</th>
            <th style={{ ...headStyle, textAlign: 'right' }}>{m.target}</th>
            <th style={{ ...headStyle, textAlign: 'right' }}>{m.gap}</th>
            <th style={{ ...headStyle, textAlign: 'right' }}>{m.change}</th>
            {trendPeriod && <th style={headStyle}>{m.trend}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.kpi}>
              <th scope="row" style={{ ...cellStyle, fontWeight: 400 }}>
                {kpiLabel(row.kpi, m)}
              </th>
              <td style={numStyle}>{formatValue(row.unit, row.actual, locale, m.noData)}</td>
              <td style={numStyle}>{formatValue(row.unit, row.target, locale, m.noTarget)}</td>
              <td style={numStyle}>
                {row.meetsTarget === null ? (
                  formatDelta(row.unit, row.gap, locale, m)
                ) : (
                  <Lozenge appearance={row.meetsTarget ? 'success' : 'removed'}>
                    {formatDelta(row.unit, row.gap, locale, m)}
                  </Lozenge>
                )}
              </td>
              <td style={{ ...numStyle, color: changeColor(row) }}>
                {formatDelta(row.unit, row.change, locale, m)}
              </td>
              {trendPeriod && (
                <td style={cellStyle}>
                  <TrendCell kpi={row.kpi} unit={row.unit} label={kpiLabel(row.kpi, m)} {...trendPeriod} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
