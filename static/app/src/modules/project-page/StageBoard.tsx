import Lozenge from '@atlaskit/lozenge';
import type { ImprovementRecord } from '@contract/improvement-schema';
import IssueLink from './IssueLink';
import { usePageMessages } from './messages';
import { STAGES, overdueActions } from './stages';
import { badColor, cardStyle, subtleText } from './styles';
import { token } from '@atlaskit/tokens';

/** A board with one column per lifecycle stage (Identified … Closed); cards with overdue actions stand out. */
export default function StageBoard({ items, today }: { items: readonly ImprovementRecord[]; today: string }) {
  const { m } = usePageMessages();
  return (
    <div
      role="region"
      aria-label={m.board}
      tabIndex={0}
      style={{ display: 'flex', gap: 8, overflowX: 'auto', paddingBottom: 8 }}
    >
      {STAGES.map((stage) => {
        const column = items.filter((i) => i.stage === stage);
        return (
          <section
            key={stage}
            aria-label={`${m[stage]} (${column.length})`}
            style={{
              flex: '1 0 150px',
              background: token('color.background.neutral', '#f1f2f4'),
              borderRadius: 6,
              padding: 8,
            }}
          >
            <h4 style={{ margin: '0 0 8px' }}>
              {m[stage]} <span style={subtleText}>{column.length}</span>
            </h4>
            <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 6 }}>
              {column.map((i) => {
                const overdue = overdueActions(i, today);
                return (
                  <li
                    key={i.key}
                    style={{
                      ...cardStyle,
                      padding: 8,
                      ...(overdue.length > 0 ? { borderColor: badColor(), borderWidth: 2 } : {}),
                    }}
                  >
                    <IssueLink issueKey={i.key} />
                    <div style={{ fontSize: 13, overflowWrap: 'anywhere' }}>
                      {i.problem.statement.slice(0, 120)}
                    </div>
                    <div style={subtleText}>
                      {m.reviewDate}: {i.problem.reviewDate}
                    </div>
                    {overdue.length > 0 && (
                      <Lozenge appearance="removed">
                        {overdue.length} {m.overdue}
                      </Lozenge>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
