import Select from '@atlaskit/select';
import TextArea from '@atlaskit/textarea';
import TextField from '@atlaskit/textfield';
import type { Cause } from './causes-edit';
import { usePanelMessages } from './messages';

type Verification = NonNullable<Cause['verification']>;
type Method = Verification['method'];
type Option = { label: string; value: Method };

/** How a root cause was verified: the method, a note, optional supporting JQL. */
export function VerificationFields({
  id,
  value,
  onChange,
}: {
  id: string;
  value: Verification;
  onChange: (next: Verification) => void;
}) {
  const { m } = usePanelMessages();
  const options: Option[] = [
    { value: 'data', label: m.methodData },
    { value: 'interview', label: m.methodInterview },
    { value: 'processReplay', label: m.methodProcessReplay },
  ];
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, display: 'grid', gap: 6 }}>
      <legend style={{ fontWeight: 600 }}>{m.verification}</legend>
      <label htmlFor={`${id}-method`}>{m.verifyMethod}</label>
      <Select<Option>
        inputId={`${id}-method`}
        options={options}
        value={options.find((o) => o.value === value.method) ?? null}
        onChange={(o) => o && onChange({ ...value, method: o.value })}
      />
      <label htmlFor={`${id}-note`}>{m.verifyNote}</label>
      <TextArea
        id={`${id}-note`}
        value={value.note}
        isInvalid={value.note.trim() === ''}
        maxLength={2000}
        onChange={(e) => onChange({ ...value, note: e.currentTarget.value })}
      />
      <label htmlFor={`${id}-jql`}>{m.verifyJql}</label>
      <TextField
        id={`${id}-jql`}
        value={value.jql ?? ''}
        maxLength={2000}
        onChange={(e) => onChange({ ...value, jql: e.currentTarget.value || null })}
      />
    </fieldset>
  );
}
