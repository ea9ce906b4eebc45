import Button from '@atlaskit/button/new';
import Select from '@atlaskit/select';
import TextField from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { Cause } from './causes-edit';
import { LabelledInput } from './LabelledInput';
import { usePanelMessages } from './messages';
import type { Action, ActionPatch } from './plan-edit';
import { RisksFields } from './RisksFields';
import { SmartHints } from './SmartHints';
import type { PlanHints } from './use-plan-hints';

type Option = { label: string; value: string };
type Props = {
  index: number;
  action: Action;
  rootCauses: Cause[];
  hints: PlanHints[string] | undefined;
  onChange: (patch: ActionPatch) => void;
  onRemove: () => void;
};

/** One SMART action of the plan, every field editable, with its SMART hints inline. */
export function ActionCard({ index, action, rootCauses, hints, onChange, onRemove }: Props) {
  const { m } = usePanelMessages();
  const id = `action-${action.id}`;
  const causes: Option[] = [
    { value: '', label: m.none },
    ...rootCauses.map((c) => ({ value: c.id, label: c.text })),
  ];
  const text = (label: string, field: 'what' | 'measure' | 'measureTarget' | 'resources', max: number) => (
    <LabelledInput id={`${id}-${field}`} label={label}>
      <TextField
        id={`${id}-${field}`}
        value={action[field]}
        maxLength={max}
        onChange={(e) => onChange({ [field]: e.currentTarget.value })}
      />
    </LabelledInput>
  );
  return (
    <fieldset
      style={{
        border: `1px solid ${token('color.border')}`,
        borderRadius: 4,
        padding: 8,
        margin: 0,
        minWidth: 0,
      }}
    >
      <legend style={{ fontWeight: 700 }}>
        {m.action} {index + 1}
        {action.subtaskKey && (
          <>
            {' · '}
            <a href={`/browse/${action.subtaskKey}`} target="_top">
              {action.subtaskKey}
            </a>
          </>
        )}
      </legend>
      <div style={{ display: 'grid', gap: 8, gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))' }}>
        {text(m.what, 'what', 500)}
        <LabelledInput id={`${id}-owner`} label={m.owner}>
          <TextField
            id={`${id}-owner`}
            value={action.owner ?? ''}
            onChange={(e) => onChange({ owner: e.currentTarget.value || null })}
          />
        </LabelledInput>
        <LabelledInput id={`${id}-due`} label={m.dueDate}>
          <TextField
            id={`${id}-due`}
            type="date"
            value={action.dueDate ?? ''}
            onChange={(e) => onChange({ dueDate: e.currentTarget.value || null })}
          />
        </LabelledInput>
        {text(m.measure, 'measure', 500)}
        {text(m.measureTarget, 'measureTarget', 200)}
        {text(m.resources, 'resources', 500)}
        <LabelledInput id={`${id}-cost`} label={m.cost}>
          <TextField
            id={`${id}-cost`}
            type="number"
            min={0}
            value={action.cost ?? ''}
            onChange={(e) =>
              onChange({
                cost: e.currentTarget.value === '' ? null : Math.max(0, Number(e.currentTarget.value)),
              })
            }
          />
        </LabelledInput>
        <LabelledInput id={`${id}-cause`} label={m.addresses}>
          <Select<Option>
            inputId={`${id}-cause`}
            options={causes}
            value={causes.find((c) => c.value === (action.rootCauseId ?? '')) ?? null}
            onChange={(o) => onChange({ rootCauseId: o && o.value !== '' ? o.value : null })}
          />
        </LabelledInput>
      </div>
      <RisksFields id={id} risks={action.risks} onChange={(risks) => onChange({ risks })} />
      <SmartHints hints={hints} />
      <div
        style={{
          display: 'flex',
          gap: 8,
          alignItems: 'center',
          justifyContent: 'space-between',
          marginTop: 8,
        }}
      >
        <label style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
          <input
            type="checkbox"
            checked={action.done}
            onChange={(e) => onChange({ done: e.currentTarget.checked })}
          />
          {m.done}
        </label>
        <Button spacing="compact" appearance="subtle" onClick={onRemove}>
          {m.remove}
        </Button>
      </div>
    </fieldset>
  );
}
