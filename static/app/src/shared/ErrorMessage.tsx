import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { useMessages } from './i18n';

/** The error section message with its retry action; its own chunk, see `Problem` in states.tsx. */
export default function ErrorMessage({ message, onRetry }: { message: string; onRetry?: () => void }) {
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
