import { lazy, Suspense, type ReactNode } from 'react';
import { Loading } from '../../shared/states';
import type { ForgeContext } from '../../shared/context';
import { configOf, isEditView, type GadgetConfig } from './config';
import { fill } from '../project-page/messages';
import { subtleText } from '../project-page/styles';
import { useGadgetMessages } from './messages';

// The edit view (with its select and text fields) downloads only when Jira opens the gadget for editing.
const GadgetEdit = lazy(() => import('./GadgetEdit'));

/**
 * What every gadget shares: the edit view when Jira asks for it (no resolver call), otherwise a title, the
 * project and period it shows, and the gadget's own body for the saved configuration.
 */
export default function GadgetFrame({
  context,
  title,
  withKpi = false,
  withPeriod = true,
  children,
}: {
  context: ForgeContext;
  title: string;
  withKpi?: boolean;
  withPeriod?: boolean;
  children: (config: GadgetConfig) => ReactNode;
}) {
  const { m } = useGadgetMessages();
  const config = configOf(context);
  if (isEditView(context))
    return (
      <Suspense fallback={<Loading />}>
        <GadgetEdit initial={config} withKpi={withKpi} />
      </Suspense>
    );
  return (
    <section
      aria-label={title}
      style={{ padding: 8, minWidth: 0, maxWidth: '100%', boxSizing: 'border-box' }}
    >
      <h2 style={{ fontSize: 16, margin: '0 0 2px' }}>{title}</h2>
      <p style={{ ...subtleText, margin: '0 0 8px' }}>
        {withPeriod ? fill(m.lastNDays, { project: config.projectKey, n: config.days }) : config.projectKey}
      </p>
      {children(config)}
    </section>
  );
}
