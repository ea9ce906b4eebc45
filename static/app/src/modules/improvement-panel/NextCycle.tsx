import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import { call } from '../../shared/api';
import { usePanelMessages } from './messages';

/** "Start another cycle": opens a new improvement carrying the problem and unresolved root causes forward. */
export function NextCycle({ issueKey }: { issueKey: string }) {
  const { m } = usePanelMessages();
  const [busy, setBusy] = useState(false);
  const [opened, setOpened] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    setBusy(true);
    setError(null);
    const result = await call('improvement/next-cycle', { key: issueKey });
    setBusy(false);
    if (result.ok) setOpened(result.data.key);
    else setError(result.error.message);
  };
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      {error && <SectionMessage appearance="error">{error}</SectionMessage>}
      {opened ? (
        <SectionMessage appearance="success">
          {m.nextCycleDone}{' '}
          <a href={`/browse/${opened}`} target="_top">
            {opened}
          </a>
        </SectionMessage>
      ) : (
        <div>
          <Button appearance="primary" isDisabled={busy} onClick={() => void start()}>
            {m.nextCycle}
          </Button>
        </div>
      )}
    </div>
  );
}
