import Spinner from '@atlaskit/spinner';
import { lazy, Suspense } from 'react';
import { useMessages } from './i18n';

// Atlaskit's section message brings a tooltip, popper and two buttons (some 25 KB gzip): screens that
// only show it when a call fails load it then, and show the message as plain text while it arrives.
const ErrorMessage = lazy(() => import('./ErrorMessage'));

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
  return (
    <Suspense fallback={<p role="alert">{message}</p>}>
      <ErrorMessage message={message} onRetry={onRetry} />
    </Suspense>
  );
}
