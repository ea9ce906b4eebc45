import Button from '@atlaskit/button/new';
import TextArea from '@atlaskit/textarea';
import { useState } from 'react';
import type { ImprovementRecord } from '@contract/improvement-schema';
import { call } from '../../shared/api';
import { usePanelMessages } from './messages';
import type { Mutate } from './use-improvement';

type To = 'analysing' | 'planning' | 'implementing' | 'checking';

/** The buttons the current stage allows: advance, submit, or approve / reject with a comment. */
export function StageActions({
  record,
  mutate,
  busy,
}: {
  record: ImprovementRecord;
  mutate: Mutate;
  busy: boolean;
}) {
  const { m } = usePanelMessages();
  const [comment, setComment] = useState('');
  const advance = (to: To, label: string) => (
    <div>
      <Button
        appearance="primary"
        isDisabled={busy}
        onClick={() =>
          void mutate((r) => call('improvement/advance', { key: r.key, version: r.version, to }))
        }
      >
        {label}
      </Button>
    </div>
  );
  const decide = async (decision: 'approve' | 'reject') => {
    const done = await mutate((r) =>
      call('improvement/decide', { key: r.key, version: r.version, decision, comment }),
    );
    if (done) setComment('');
  };
  switch (record.stage) {
    case 'identified':
      return advance('analysing', m.startAnalysis);
    case 'analysing':
      return advance('planning', m.startPlanning);
    case 'planning':
      return (
        <div>
          <Button
            appearance="primary"
            isDisabled={busy}
            onClick={() => void mutate((r) => call('improvement/submit', { key: r.key, version: r.version }))}
          >
            {m.submitForApproval}
          </Button>
        </div>
      );
    case 'awaitingApproval':
      return (
        <div style={{ display: 'grid', gap: 6 }}>
          <label htmlFor="ql-decision-comment">{m.comment}</label>
          <TextArea
            id="ql-decision-comment"
            value={comment}
            maxLength={2000}
            onChange={(e) => setComment(e.currentTarget.value)}
          />
          <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
            <Button appearance="primary" isDisabled={busy} onClick={() => void decide('approve')}>
              {m.approve}
            </Button>
            <Button
              appearance="danger"
              isDisabled={busy || comment.trim() === ''}
              onClick={() => void decide('reject')}
            >
              {m.reject}
            </Button>
          </div>
        </div>
      );
    case 'approved':
      return advance('implementing', m.startImplementation);
    case 'implementing':
      return advance('checking', m.startChecking);
    default:
      return null;
  }
}
