import Button from '@atlaskit/button/new';
import TextArea from '@atlaskit/textarea';
import { token } from '@atlaskit/tokens';
import { useId, useState } from 'react';
import { useQaMessages } from './messages';

/**
 * The reviewed agent's answer to a review: acknowledge (确认, comment optional) or dispute (申诉,
 * comment required). Returns the server's refusal, if any, through `onRespond`.
 */
export function ResponseControl(props: {
  onRespond: (kind: 'acknowledge' | 'dispute', comment: string) => Promise<string | null>;
}) {
  const { m } = useQaMessages();
  const id = useId();
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const respond = async (kind: 'acknowledge' | 'dispute') => {
    const text = comment.trim();
    if (kind === 'dispute' && text === '') return setProblem(m.disputeNeedsComment);
    setBusy(true);
    const refused = await props.onRespond(kind, text);
    setBusy(false);
    setProblem(refused);
  };
  return (
    <div role="group" aria-label={m.agentResponse} style={{ display: 'grid', gap: 6 }}>
      <label htmlFor={id} style={{ fontWeight: 600, fontSize: 12 }}>
        {m.responseComment}
      </label>
      <TextArea
        id={id}
        value={comment}
        maxLength={2000}
        isInvalid={problem === m.disputeNeedsComment}
        onChange={(e) => {
          setProblem(null);
          setComment(e.currentTarget.value);
        }}
      />
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button isDisabled={busy} onClick={() => void respond('acknowledge')}>
          {m.acknowledge}
        </Button>
        <Button appearance="warning" isDisabled={busy} onClick={() => void respond('dispute')}>
          {m.dispute}
        </Button>
      </div>
      {problem && (
        <p role="alert" style={{ margin: 0, color: token('color.text.danger') }}>
          {problem}
        </p>
      )}
    </div>
  );
}
