import Button from '@atlaskit/button/new';
import { useState } from 'react';
import type { ImprovementRecord } from '@contract/improvement-schema';
import { call } from '../../shared/api';
import { ActionCard } from './ActionCard';
import { usePanelMessages } from './messages';
import { emptyAction, updateAction, type Action } from './plan-edit';
import { SaveBar } from './SaveBar';
import { usePlanHints } from './use-plan-hints';
import type { Mutate } from './use-improvement';

/** The improvement plan: SMART actions, added, edited and removed, saved with the record's version. */
export function PlanTab({
  record,
  mutate,
  busy,
}: {
  record: ImprovementRecord;
  mutate: Mutate;
  busy: boolean;
}) {
  const { m } = usePanelMessages();
  const hints = usePlanHints(record.key, record.version);
  const [actions, setActions] = useState<Action[]>(record.actions);
  const [seen, setSeen] = useState(record);
  if (seen !== record) {
    setSeen(record);
    setActions(record.actions);
  }
  const roots = record.causes.filter((c) => c.isRootCause);
  const save = () =>
    mutate((r) => call('improvement/save-plan', { key: r.key, version: r.version, actions }));
  return (
    <div style={{ display: 'grid', gap: 12, minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      {actions.length === 0 && <p style={{ margin: 0 }}>{m.noActions}</p>}
      {actions.map((a, i) => (
        <ActionCard
          key={a.id}
          index={i}
          action={a}
          rootCauses={roots}
          hints={hints?.[a.id]}
          onChange={(patch) => setActions(updateAction(actions, a.id, patch))}
          onRemove={() => setActions(actions.filter((x) => x.id !== a.id))}
        />
      ))}
      <div>
        <Button onClick={() => setActions([...actions, emptyAction()])} isDisabled={actions.length >= 50}>
          {m.addAction}
        </Button>
      </div>
      <SaveBar label={m.savePlan} dirty={actions !== record.actions} busy={busy} onSave={() => void save()} />
    </div>
  );
}
