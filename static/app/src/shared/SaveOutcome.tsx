import SectionMessage from '@atlaskit/section-message';
import type { ReactNode } from 'react';

/** What became of a form's last save: stored, refused by the resolver, or stopped by fields to fix. */
export type SaveOutcomeValue =
  { kind: 'saved' } | { kind: 'refused'; message: string } | { kind: 'invalid'; count: number };

/**
 * The live status region below a settings form, so every form announces a save the same way.
 * `children` carry a form's own outcomes (a publish, a run) — only one outcome shows at a time.
 */
export function SaveOutcome(props: {
  outcome: { kind: string } | null | undefined;
  saved: string;
  refusedTitle?: string;
  fixErrors: (count: number) => string;
  children?: ReactNode;
}) {
  const outcome = props.outcome as SaveOutcomeValue | null | undefined;
  return (
    <div role="status" aria-live="polite">
      {outcome?.kind === 'saved' && (
        <SectionMessage appearance="success">
          <p>{props.saved}</p>
        </SectionMessage>
      )}
      {props.children}
      {outcome?.kind === 'refused' && (
        <SectionMessage appearance="error" title={props.refusedTitle}>
          <p>{outcome.message}</p>
        </SectionMessage>
      )}
      {outcome?.kind === 'invalid' && (
        <SectionMessage appearance="warning">
          <p>{props.fixErrors(outcome.count)}</p>
        </SectionMessage>
      )}
    </div>
  );
}
