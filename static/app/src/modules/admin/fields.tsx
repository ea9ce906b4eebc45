import Textfield from '@atlaskit/textfield';
import type { ReactNode } from 'react';
import { token } from '@atlaskit/tokens';

const fieldId = (path: string) => `ql-${path.replace(/\./g, '-')}`;

/** The problem under a field, announced to screen readers and tied to it by aria-describedby. */
export function FieldError({ path, error }: { path: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <div
      id={`${fieldId(path)}-error`}
      role="alert"
      data-error-for={path}
      style={{ color: token('color.text.danger'), fontSize: 12, marginTop: 2 }}
    >
      {error}
    </div>
  );
}

/** A labelled text input for one settings path, with its unit after the input and its problem below. */
export function TextInput(props: {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  unit?: string | undefined;
  placeholder?: string | undefined;
  inputMode?: 'decimal' | 'text';
  width?: number;
  isDisabled?: boolean;
}) {
  const id = fieldId(props.path);
  return (
    <div style={{ display: 'grid', gap: 4, width: props.width ?? 220, maxWidth: '100%' }}>
      <label htmlFor={id} style={{ fontSize: 12, fontWeight: 600, color: token('color.text.subtle') }}>
        {props.label}
      </label>
      <div>
        <Textfield
          id={id}
          name={props.path}
          value={props.value}
          inputMode={props.inputMode ?? 'decimal'}
          placeholder={props.placeholder}
          isInvalid={Boolean(props.error)}
          isDisabled={props.isDisabled ?? false}
          aria-describedby={props.error ? `${id}-error` : undefined}
          elemAfterInput={
            props.unit ? (
              <span style={{ paddingRight: 8, whiteSpace: 'nowrap', color: token('color.text.subtlest') }}>
                {props.unit}
              </span>
            ) : undefined
          }
          onChange={(e) => props.onChange(e.currentTarget.value)}
        />
      </div>
      <FieldError path={props.path} error={props.error} />
    </div>
  );
}

/** A labelled checkbox. */
export function Check(props: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      {props.label}
    </label>
  );
}

/** A titled part of the admin page. */
export function Section(props: { name: string; title: string; intro?: string; children: ReactNode }) {
  const { title, intro, children } = props;
  const id = `ql-section-${props.name}`;
  return (
    <section
      aria-labelledby={id}
      style={{
        display: 'grid',
        gap: 12,
        padding: 16,
        border: `1px solid ${token('color.border')}`,
        borderRadius: 6,
      }}
    >
      <h3 id={id} style={{ margin: 0 }}>
        {title}
      </h3>
      {intro && <p style={{ margin: 0, color: token('color.text.subtle') }}>{intro}</p>}
      {children}
    </section>
  );
}

/** Fields side by side, wrapping on narrow frames. */
export const Row = ({ children }: { children: ReactNode }) => (
  <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'flex-start' }}>{children}</div>
);

/** The keys of a draft that hold typed text. */
type TextKeys<D> = { [K in keyof D]: D[K] extends string ? K : never }[keyof D] & string;

/**
 * Binds `TextInput`s to a draft: `field('passMark')` gives the path `${prefix}.passMark`, the draft's
 * text, that key's error and a change that patches that key — the label, unit and width stay with the form.
 */
export function bindFields<D>(
  prefix: string,
  draft: D,
  errors: Readonly<Partial<Record<string, string>>>,
  set: (patch: Partial<D>) => void,
) {
  return (key: TextKeys<D>) => ({
    path: `${prefix}.${key}`,
    value: String(draft[key]),
    error: errors[key],
    onChange: (value: string) => set({ [key]: value } as Partial<D>),
  });
}

/** A bordered group of fields (a fieldset) and its legend, as the QA forms draw them. */
export const groupStyle = {
  display: 'grid',
  gap: 8,
  border: `1px solid ${token('color.border')}`,
  borderRadius: 6,
  padding: 12,
  margin: 0,
} as const;
export const legendStyle = { fontWeight: 600, padding: '0 4px' } as const;
