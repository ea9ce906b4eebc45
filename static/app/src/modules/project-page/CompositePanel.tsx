import type { ResolverOutput } from '@contract/resolvers';
import { formatShare, kpiLabel } from './format';
import { usePageMessages } from './messages';
import { cardStyle, headStyle, numStyle, cellStyle, subtleText, tableStyle } from './styles';

type Composite = ResolverOutput<'kpi/report'>['composite'];
const DIMENSIONS = ['efficiency', 'quality', 'experience', 'proactive'] as const;

/** The composite quality index (综合得分): its score, the four dimensions with weights, and what was left out. */
export default function CompositePanel({ composite }: { composite: Composite }) {
  const { m, locale } = usePageMessages();
  const score = (s: number | null) =>
    s === null ? m.noData : s.toLocaleString(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return (
    <section aria-labelledby="ql-composite" style={cardStyle}>
      <h3 id="ql-composite" style={{ margin: '0 0 8px' }}>
        {m.composite}: <span style={{ fontSize: 24 }}>{score(composite.score)}</span>
        <span style={subtleText}> / 100</span>
      </h3>
      <table style={tableStyle}>
        <thead>
          <tr>
            <th style={headStyle}>{m.dimension}</th>
            <th style={{ ...headStyle, textAlign: 'right' }}>{m.score}</th>
            <th style={{ ...headStyle, textAlign: 'right' }}>{m.weight}</th>
          </tr>
        </thead>
        <tbody>
          {DIMENSIONS.map((d) => (
            <tr key={d}>
              <th scope="row" style={{ ...cellStyle, fontWeight: 400 }}>
                {m[d]}
              </th>
              <td style={numStyle}>{score(composite.dimensions[d].score)}</td>
              <td style={numStyle}>{formatShare(composite.dimensions[d].weight, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p style={{ ...subtleText, margin: '8px 0 0' }}>
        {composite.omitted.length === 0
          ? m.nothingOmitted
          : `${m.omitted}: ${composite.omitted.map((k) => kpiLabel(k, m)).join(locale === 'zh-CN' ? '、' : ', ')}`}
      </p>
    </section>
  );
}
