import Button from '@atlaskit/button/new';
import TextField from '@atlaskit/textfield';
import { useState } from 'react';
import { call } from '../../shared/api';
import { LabelledInput } from './LabelledInput';
import { usePanelMessages } from './messages';
import type { Mutate } from './use-improvement';

/** The date (YYYY-MM-DD) in the user's time zone at an instant: the form's dates are read in it. */
const dayIn = (timeZone: string, at: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    at,
  );

/** The after window to check the KPI over (dates in the user's time zone), and the button to run it. */
export function RunCheckForm({
  mutate,
  busy,
  timeZone,
}: {
  mutate: Mutate;
  busy: boolean;
  timeZone: string;
}) {
  const { m } = usePanelMessages();
  const now = Date.now();
  const [from, setFrom] = useState(() => dayIn(timeZone, now - 30 * 86400000));
  const [to, setTo] = useState(() => dayIn(timeZone, now));
  const valid = from !== '' && to !== '' && from < to;
  return (
    <form
      aria-label={m.runCheck}
      onSubmit={(e) => {
        e.preventDefault();
        void mutate((r) =>
          call('improvement/check', {
            key: r.key,
            version: r.version,
            afterFrom: from,
            afterTo: to,
            timeZone,
          }),
        );
      }}
      style={{
        display: 'grid',
        gap: 8,
        gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))',
        alignItems: 'end',
      }}
    >
      <LabelledInput id="ql-after-from" label={m.afterFrom}>
        <TextField
          id="ql-after-from"
          type="date"
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
      </LabelledInput>
      <LabelledInput id="ql-after-to" label={m.afterTo}>
        <TextField id="ql-after-to" type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
      </LabelledInput>
      <div>
        <Button appearance="primary" type="submit" isDisabled={busy || !valid}>
          {m.runCheck}
        </Button>
      </div>
    </form>
  );
}
