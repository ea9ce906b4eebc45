import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { useMessages } from './i18n';

/** The loading state every screen shows while its data arrives. */
export function Loading() {
  const { m } = useMessages();
  return (
    <div
      role="status"
      aria-live="polite"
      style={{ display: 'flex', gap: 8, alignItems: 'center', padding: 8 }}
    >
      <Spinner size="small" /> {m.loading}
    </div>
  );
}

/** An error a person can act on, with a way to try again. */
export function Problem({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { m } = useMessages();
  return (
    <SectionMessage
      appearance="error"
      actions={
        onRetry
          ? [
              <SectionMessageAction key="retry" onClick={onRetry}>
                {m.retry}
              </SectionMessageAction>,
            ]
          : []
      }
    >
      <p>{message}</p>
    </SectionMessage>
  );
}
