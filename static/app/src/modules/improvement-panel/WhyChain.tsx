import Button from '@atlaskit/button/new';
import TextField from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { Cause } from './causes-edit';
import { usePanelMessages } from './messages';

const MAX_WHYS = 7;

/** The 5-Why chain of one cause: up to seven answers to "why?", each editable and removable. */
export function WhyChain({
  cause,
  label,
  onChange,
}: {
  cause: Cause;
  label: string;
  onChange: (whys: string[]) => void;
}) {
  const { m } = usePanelMessages();
  const set = (i: number, value: string) => onChange(cause.whys.map((w, k) => (k === i ? value : w)));
  return (
    <section
      aria-label={cause.text}
      style={{ border: `1px solid ${token('color.border')}`, borderRadius: 4, padding: 8, minWidth: 0 }}
    >
      <h4 style={{ margin: '0 0 6px', fontWeight: cause.isRootCause ? 700 : 600 }}>
        {cause.isRootCause ? '● ' : ''}
        {label} · {cause.text || '…'}
      </h4>
      <ol style={{ margin: 0, paddingLeft: 20, display: 'grid', gap: 6 }}>
        {cause.whys.map((w, i) => (
          <li key={i}>
            <div style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
              <div style={{ flex: 1, minWidth: 0 }}>
                <TextField
                  aria-label={`${m.why} ${i + 1}`}
                  value={w}
                  maxLength={500}
                  onChange={(e) => set(i, e.currentTarget.value)}
                />
              </div>
              <Button
                spacing="compact"
                appearance="subtle"
                onClick={() => onChange(cause.whys.filter((_, k) => k !== i))}
              >
                {m.remove}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      {cause.whys.length < MAX_WHYS && (
        <Button spacing="compact" onClick={() => onChange([...cause.whys, ''])}>
          {m.addWhy} ({cause.whys.length + 1}/{MAX_WHYS})
        </Button>
      )}
    </section>
  );
}
