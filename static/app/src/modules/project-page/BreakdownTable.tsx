import type { ResolverOutput } from '@contract/resolvers';
import { formatValue } from './format';
import { usePageMessages } from './messages';
import { cellStyle, headStyle, numStyle, scrollStyle, tableStyle } from './styles';

type Row = ResolverOutput<'kpi/report'>['breakdown'][number];

/** Reads a number at a path of a breakdown row's extra figures (they are not part of the strict contract). */
function pick(row: Row, ...path: string[]): number | null {
  let at: unknown = row;
  for (const step of path) {
    if (typeof at !== 'object' || at === null) return null;
    at = (at as Readonly<Record<string, unknown>>)[step];
  }
  return typeof at === 'number' ? at : null;
}

/** One row per value of the dimension: volume, composite score and the headline KPIs. */
export default function BreakdownTable({
  rows,
  dimensionLabel,
}: {
  rows: readonly Row[];
  dimensionLabel: string;
}) {
  const { m, locale } = usePageMessages();
  if (rows.length === 0) return <p>{m.empty}</p>;
  const right = { ...headStyle, textAlign: 'right' as const };
  return (
    <div style={scrollStyle}>
      <table style={tableStyle}>
        <thead>
          <tr>
            <th style={headStyle}>{dimensionLabel}</th>
            <th style={{ ...right, textTransform: 'capitalize' }}>{m.created}</th>
            <th style={{ ...right, textTransform: 'capitalize' }}>{m.resolved}</th>
            <th style={right}>{m.composite}</th>
            <th style={right}>{m.frtMedian}</th>
            <th style={right}>{m.fcr}</th>
            <th style={right}>{m.csatTop2}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.value}>
              <th scope="row" style={{ ...cellStyle, fontWeight: 400 }}>
                {row.value}
              </th>
              <td style={numStyle}>{row.volume.created}</td>
              <td style={numStyle}>{row.volume.resolved}</td>
              <td style={numStyle}>{formatValue('points', row.compositeScore, locale, m.noData)}</td>
              <td style={numStyle}>{formatValue('ms', pick(row, 'frt', 'median'), locale, m.noData)}</td>
              <td style={numStyle}>{formatValue('fraction', pick(row, 'fcrRate'), locale, m.noData)}</td>
              <td style={numStyle}>
                {formatValue('fraction', pick(row, 'csat', 'top2box'), locale, m.noData)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
