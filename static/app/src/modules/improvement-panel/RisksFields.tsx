import Button from '@atlaskit/button/new';
import TextField from '@atlaskit/textfield';
import type { Action } from './plan-edit';
import { usePanelMessages } from './messages';

type Risk = Action['risks'][number];

/** The risks of an action, each with its contingency. */
export function RisksFields({
  id,
  risks,
  onChange,
}: {
  id: string;
  risks: Risk[];
  onChange: (r: Risk[]) => void;
}) {
  const { m } = usePanelMessages();
  const set = (i: number, patch: Partial<Risk>) =>
    onChange(risks.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, display: 'grid', gap: 6 }}>
      <legend style={{ fontWeight: 600 }}>{m.risks}</legend>
      {risks.map((r, i) => (
        <div
          key={i}
          style={{ display: 'grid', gap: 4, gridTemplateColumns: 'repeat(auto-fit, minmax(120px, 1fr))' }}
        >
          <TextField
            aria-label={`${m.risk} ${i + 1}`}
            placeholder={m.risk}
            value={r.risk}
            maxLength={500}
            onChange={(e) => set(i, { risk: e.currentTarget.value })}
          />
          <TextField
            aria-label={`${m.contingency} ${i + 1}`}
            placeholder={m.contingency}
            value={r.contingency}
            maxLength={500}
            onChange={(e) => set(i, { contingency: e.currentTarget.value })}
          />
          <Button
            spacing="compact"
            appearance="subtle"
            onClick={() => onChange(risks.filter((_, k) => k !== i))}
          >
            {m.remove}
          </Button>
        </div>
      ))}
      <div>
        <Button
          spacing="compact"
          id={`${id}-add-risk`}
          onClick={() => onChange([...risks, { risk: '', contingency: '' }])}
        >
          {m.addRisk}
        </Button>
      </div>
    </fieldset>
  );
}
