import { Loading, Problem } from '../../shared/states';
import { cardStyle, subtleText } from '../project-page/styles';
import { useResolver } from '../project-page/use-resolver';
import { percent, useQueueMessages } from './messages';
import { recentDays, type PeriodViewProps } from './period';

/** Random vs targeted QA figures side by side. */
export function FigureCards(props: {
  figures: {
    reviews: number;
    passed: number;
    compliance: number | null;
    targeted: { reviews: number; passed: number };
  };
  title: string;
}) {
  const { m, locale } = useQueueMessages();
  const { figures } = props;
  const targetedShare =
    figures.targeted.reviews > 0 ? figures.targeted.passed / figures.targeted.reviews : null;
  return (
    <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
      <div style={{ ...cardStyle, minWidth: 200, flex: '1 1 200px' }} data-figure="random">
        <div style={subtleText}>
          {props.title} · {m.randomSample}
        </div>
        <div style={{ fontSize: 24, fontWeight: 600 }} data-compliance>
          {percent(figures.compliance, locale, m.noData)}
        </div>
        <div style={subtleText}>
          {m.passed} {figures.passed} / {m.reviews} {figures.reviews}
        </div>
      </div>
      <div style={{ ...cardStyle, minWidth: 200, flex: '1 1 200px' }} data-figure="targeted">
        <div style={subtleText}>{m.targetedSample}</div>
        <div style={{ fontSize: 24, fontWeight: 600 }}>{percent(targetedShare, locale, m.noData)}</div>
        <div style={subtleText}>
          {m.passed} {figures.targeted.passed} / {m.reviews} {figures.targeted.reviews}
        </div>
      </div>
    </div>
  );
}

/** The project's QA compliance (话术规范度) for the period, random vs targeted. */
export function FiguresView({ projectKey, timeZone, days }: PeriodViewProps) {
  const { m } = useQueueMessages();
  const { state, reload } = useResolver('qa/figures', { projectKey, ...recentDays(days, timeZone) });
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <Problem message={state.message} onRetry={reload} />;
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <FigureCards figures={state.data} title={m.compliance} />
      <p style={{ ...subtleText, margin: 0 }}>{m.complianceNote}</p>
    </div>
  );
}
