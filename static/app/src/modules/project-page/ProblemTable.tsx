import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import VisuallyHidden from '@atlaskit/visually-hidden';
import type { ResolverOutput } from '@contract/resolvers';
import { categoryLabel, formatShare } from './format';
import { usePageMessages } from './messages';
import { cellStyle, headStyle, numStyle, scrollStyle, tableStyle, captionStyle } from './styles';

type Problem = ResolverOutput<'problems/list'>['problems'][number];

/** The Pareto as a table: count, share, cumulative share, customers, priority, sources; optional action per row. */
export default function ProblemTable({
  problems,
  onOpen,
  compact = false,
}: {
  problems: readonly Problem[];
  onOpen?: (problem: Problem) => void;
  compact?: boolean;
}) {
  const { m, locale } = usePageMessages();
  const right = { ...headStyle, textAlign: 'right' as const };
  return (
    <div style={scrollStyle}>
      <table style={tableStyle}>
        <caption style={captionStyle}>{m.paretoTitle}</caption>
        <thead>
          <tr>
            <th style={headStyle}>{m.category}</th>
            <th style={right}>{m.count}</th>
            <th style={right}>{m.share}</th>
            <th style={right}>{m.cumulative}</th>
            {!compact && <th style={right}>{m.customers}</th>}
            {!compact && <th style={right}>{m.priority}</th>}
            {!compact && <th style={headStyle}>{m.sources}</th>}
            {onOpen && (
              <th style={headStyle}>
                <VisuallyHidden>{m.openImprovement}</VisuallyHidden>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {problems.map((p) => (
            <tr key={p.name}>
              <th scope="row" style={{ ...cellStyle, fontWeight: 400 }}>
                {categoryLabel(p.name, locale, m)}{' '}
                {p.vitalFew && <Lozenge appearance="removed">{m.vitalFew}</Lozenge>}
              </th>
              <td style={numStyle}>{p.count}</td>
              <td style={numStyle}>{formatShare(p.share, locale)}</td>
              <td style={numStyle}>{formatShare(p.cumulativeShare, locale)}</td>
              {!compact && <td style={numStyle}>{p.affectedCustomers}</td>}
              {!compact && <td style={numStyle}>{p.priority}</td>}
              {!compact && (
                <td style={{ ...cellStyle, fontSize: 12 }}>
                  {m.flags} {p.sources.flags} · {m.slaBreached} {p.sources.slaBreached} · {m.notFcr}{' '}
                  {p.sources.notFcr} · {m.lowCsat} {p.sources.lowCsat}
                </td>
              )}
              {onOpen && (
                <td style={cellStyle}>
                  <Button
                    spacing="compact"
                    onClick={() => onOpen(p)}
                    aria-label={`${m.openImprovementFor} ${categoryLabel(p.name, locale, m)}`}
                  >
                    {m.openImprovement}
                  </Button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
