import { token } from '@atlaskit/tokens';
import type { QaCriterion } from '@contract/qa-schema';
import type { CSSProperties } from 'react';
import { useQaMessages } from './messages';

const optionStyle = (checked: boolean): CSSProperties => ({
  display: 'inline-flex',
  alignItems: 'center',
  gap: 4,
  padding: '2px 8px',
  border: `1px solid ${checked ? token('color.border.selected') : token('color.border')}`,
  borderRadius: 4,
  background: checked ? token('color.background.selected') : 'transparent',
  color: checked ? token('color.text.selected') : token('color.text'),
  cursor: 'pointer',
});

/**
 * A criterion's scale as native radio buttons (arrow keys move between them): yes/no or 1–5, and
 * N/A when the criterion allows it. `value`: undefined = not answered, null = N/A.
 */
export function ScaleInput(props: {
  criterion: QaCriterion;
  label: string;
  value: number | null | undefined;
  onChange: (value: number | null) => void;
}) {
  const { m } = useQaMessages();
  const { criterion } = props;
  const options: Array<{ value: number | null; label: string }> = [
    ...(criterion.scale === 'yesNo'
      ? [
          { value: 1, label: m.yes },
          { value: 0, label: m.no },
        ]
      : [1, 2, 3, 4, 5].map((v) => ({ value: v, label: String(v) }))),
    ...(criterion.allowNa ? [{ value: null, label: m.na }] : []),
  ];
  return (
    <div role="radiogroup" aria-label={props.label} style={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
      {options.map((o) => {
        const checked = props.value === o.value;
        return (
          <label key={o.label} style={optionStyle(checked)}>
            <input
              type="radio"
              name={`qa-${criterion.id}`}
              checked={checked}
              onChange={() => props.onChange(o.value)}
            />
            {o.label}
          </label>
        );
      })}
    </div>
  );
}
