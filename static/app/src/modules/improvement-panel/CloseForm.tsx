import Button from '@atlaskit/button/new';
import Select from '@atlaskit/select';
import TextArea from '@atlaskit/textarea';
import TextField from '@atlaskit/textfield';
import { useState } from 'react';
import { call } from '../../shared/api';
import { LabelledInput } from './LabelledInput';
import { usePanelMessages } from './messages';
import type { Mutate } from './use-improvement';

type Code = 'successful' | 'unsuccessful' | 'withdrawn';
type Option = { label: string; value: Code };

/** Closing the improvement: the closure code, the standard it became, and what was learnt. */
export function CloseForm({ mutate, busy }: { mutate: Mutate; busy: boolean }) {
  const { m } = usePanelMessages();
  const options: Option[] = [
    { value: 'successful', label: m.codeSuccessful },
    { value: 'unsuccessful', label: m.codeUnsuccessful },
    { value: 'withdrawn', label: m.codeWithdrawn },
  ];
  const [code, setCode] = useState<Code>('successful');
  const [standard, setStandard] = useState('');
  const [learnings, setLearnings] = useState('');
  const submit = () =>
    mutate((r) =>
      call('improvement/close', {
        key: r.key,
        version: r.version,
        code,
        standard: standard.trim() || null,
        learnings,
      }),
    );
  return (
    <form
      aria-label={m.close}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      style={{ display: 'grid', gap: 8 }}
    >
      <h3 style={{ margin: 0 }}>{m.close}</h3>
      <LabelledInput id="ql-close-code" label={m.closureCode}>
        <Select<Option>
          inputId="ql-close-code"
          options={options}
          value={options.find((o) => o.value === code) ?? null}
          onChange={(o) => o && setCode(o.value)}
        />
      </LabelledInput>
      <LabelledInput id="ql-close-standard" label={m.standard}>
        <TextField
          id="ql-close-standard"
          value={standard}
          maxLength={2000}
          onChange={(e) => setStandard(e.currentTarget.value)}
        />
      </LabelledInput>
      <LabelledInput id="ql-close-learnings" label={m.learnings}>
        <TextArea
          id="ql-close-learnings"
          value={learnings}
          maxLength={5000}
          onChange={(e) => setLearnings(e.currentTarget.value)}
        />
      </LabelledInput>
      <div>
        <Button appearance="primary" type="submit" isDisabled={busy}>
          {m.close}
        </Button>
      </div>
    </form>
  );
}
