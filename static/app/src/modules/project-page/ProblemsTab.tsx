import SectionMessage from '@atlaskit/section-message';
import { useMemo, useState } from 'react';
import type { ResolverOutput } from '@contract/resolvers';
import { Loading, Problem } from '../../shared/states';
import { categoryLabel, formatShare, lastDays } from './format';
import { fill, usePageMessages } from './messages';
import OpenImprovementModal from './OpenImprovementModal';
import ParetoChart from './ParetoChart';
import PeriodPicker from './PeriodPicker';
import ProblemTable from './ProblemTable';
import { useResolver } from './use-resolver';
import { ChartTableToggle } from './ViewToggle';

type ProblemRow = ResolverOutput<'problems/list'>['problems'][number];

/** The Problems tab: the Pareto of problem tickets as chart or table, and "Open improvement" per category. */
export default function ProblemsTab({ projectKey, timeZone }: { projectKey: string; timeZone: string }) {
  const { m, locale } = usePageMessages();
  const [days, setDays] = useState(30);
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [opening, setOpening] = useState<ProblemRow | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const request = useMemo(
    () => ({ projectKey, timeZone, ...lastDays(days, timeZone) }),
    [projectKey, timeZone, days],
  );
  const { state, reload } = useResolver('problems/list', request);

  let body = <Loading />;
  if (state.status === 'error') body = <Problem message={state.message} onRetry={reload} />;
  if (state.status === 'ok' && state.data.problems.length === 0) body = <p>{m.empty}</p>;
  if (state.status === 'ok' && state.data.problems.length > 0) {
    const { problems, total } = state.data;
    const vital = problems.filter((p) => p.vitalFew);
    const share = vital.reduce((sum, p) => sum + p.count, 0) / total;
    body = (
      <>
        <p style={{ margin: 0 }}>
          {fill(m.paretoSummary, {
            vital: vital.length,
            total: problems.length,
            share: formatShare(share, locale),
            count: total,
          })}{' '}
          ({vital.map((p) => categoryLabel(p.name, locale, m)).join(locale === 'zh-CN' ? '、' : ', ')})
        </p>
        <ChartTableToggle value={view} onChange={setView} labels={m} />
        {view === 'chart' && <ParetoChart problems={problems} />}
        <ProblemTable problems={problems} onOpen={setOpening} compact={view === 'chart'} />
      </>
    );
  }

  return (
    <div style={{ display: 'grid', gap: 12, paddingTop: 12 }}>
      <PeriodPicker days={days} timeZone={timeZone} onChange={setDays} />
      {opened && <SectionMessage appearance="success">{fill(m.opened, { key: opened })}</SectionMessage>}
      {body}
      {opening && (
        <OpenImprovementModal
          problem={opening}
          projectKey={projectKey}
          timeZone={timeZone}
          baselineDays={days}
          onClose={(key) => {
            setOpening(null);
            if (key) setOpened(key);
          }}
        />
      )}
    </div>
  );
}
