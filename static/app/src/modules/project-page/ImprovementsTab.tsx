import { useState } from 'react';
import { Loading, Problem } from '../../shared/states';
import { todayIn } from './format';
import { usePageMessages } from './messages';
import RegisterTable from './RegisterTable';
import StageBoard from './StageBoard';
import { useResolver } from './use-resolver';
import ViewToggle from './ViewToggle';

/** The Improvements tab: the register as a table or a board by lifecycle stage. */
export default function ImprovementsTab({ projectKey, timeZone }: { projectKey: string; timeZone: string }) {
  const { m } = usePageMessages();
  const [view, setView] = useState<'register' | 'board'>('register');
  const { state, reload } = useResolver('improvement/list', { projectKey });
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <Problem message={state.message} onRetry={reload} />;
  if (state.data.length === 0) return <p style={{ paddingTop: 12 }}>{m.noImprovements}</p>;
  const today = todayIn(timeZone);
  return (
    <div style={{ display: 'grid', gap: 12, paddingTop: 12 }}>
      <ViewToggle
        value={view}
        onChange={setView}
        options={[
          { value: 'register', label: m.register },
          { value: 'board', label: m.board },
        ]}
      />
      {view === 'register' ? (
        <RegisterTable items={state.data} today={today} />
      ) : (
        <StageBoard items={state.data} today={today} />
      )}
    </div>
  );
}
