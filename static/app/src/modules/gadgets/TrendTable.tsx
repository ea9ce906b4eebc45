import type { KpiUnit } from '../project-page/format';
import {
  cellStyle,
  headStyle,
  numStyle,
  scrollStyle,
  tableStyle,
  captionStyle,
} from '../project-page/styles';
import { formatValue } from './format';
import { useGadgetMessages } from './messages';

/** The trend as a table: one row per day, with the target in the caption. */
export default function TrendTable({
  points,
  unit,
  target,
  label,
}: {
  points: ReadonlyArray<{ day: string; value: number | null }>;
  unit: KpiUnit;
  target: number | null;
  label: string;
}) {
  const { m, locale } = useGadgetMessages();
  return (
    <div style={{ ...scrollStyle, maxHeight: 260, overflowY: 'auto' }}>
      <table style={{ ...tableStyle, fontSize: 13 }}>
        <caption style={captionStyle}>
          {m.trendOf} {label} · {m.target}: {formatValue(unit, target, locale, m.noTarget)}
        </caption>
        <thead>
          <tr>
            <th style={headStyle}>{m.day}</th>
            <th style={{ ...headStyle, textAlign: 'right' }}>{m.actual}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.day}>
              <th scope="row" style={{ ...cellStyle, fontWeight: 400 }}>
                {p.day}
              </th>
              <td style={numStyle}>{formatValue(unit, p.value, locale, m.noData)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
