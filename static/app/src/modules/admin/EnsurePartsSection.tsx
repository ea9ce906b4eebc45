import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import type { ResolverOutput } from '@contract/resolvers';
import { call } from '../../shared/api';
import { Section } from './fields';
import { useAdminMessages } from './messages';

/** "Ensure Jira parts": creates the issue types and link type the loop needs, and shows what it made. */
export function EnsurePartsSection() {
  const m = useAdminMessages();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ResolverOutput<'install/ensure'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ensure = async () => {
    setBusy(true);
    setError(null);
    const answer = await call('install/ensure', {});
    setBusy(false);
    if (answer.ok) setResult(answer.data);
    else setError(answer.error.message);
  };
  return (
    <Section name="jira-parts" title={m.jiraParts} intro={m.jiraPartsIntro}>
      <div>
        <Button onClick={() => void ensure()} isDisabled={busy}>
          {m.ensure}
        </Button>
      </div>
      {error && (
        <SectionMessage appearance="error">
          <p>{error}</p>
        </SectionMessage>
      )}
      {result && (
        <SectionMessage appearance="success" title={m.ensured}>
          {result.created.length > 0 ? (
            <p>
              {m.created}: {result.created.join(', ')}
            </p>
          ) : (
            <p>{m.nothingCreated}</p>
          )}
          <p>
            {m.improvementType} {result.improvementType} · {m.actionType} {result.actionType} ·{' '}
            {m.evidenceLinkType} {result.evidenceLinkType}
          </p>
        </SectionMessage>
      )}
    </Section>
  );
}
