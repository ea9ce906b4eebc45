import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { lazy, Suspense, type ReactNode } from 'react';
import type { ForgeContext } from '../../shared/context';
import { Loading, Problem } from '../../shared/states';
import { zoneOf } from './format';
import { usePageMessages } from './messages';
import { useReviewMessages } from './reviews-messages';
import { useQueueMessages } from '../qa-review-queue/messages';
import OverviewTab from './OverviewTab';

// Tabs beyond the first, and the chart library they bring, load when opened.
const ProblemsTab = lazy(() => import('./ProblemsTab'));
const ImprovementsTab = lazy(() => import('./ImprovementsTab'));
const ReviewsTab = lazy(() => import('./ReviewsTab'));
const QaTab = lazy(() => import('../qa-review-queue/QaTab'));

/** A tab's panel at full width, showing the spinner while its chunk loads. */
function LazyPanel({ children }: { children: ReactNode }) {
  return (
    <TabPanel>
      <div style={{ width: '100%' }}>
        <Suspense fallback={<Loading />}>{children}</Suspense>
      </div>
    </TabPanel>
  );
}

/** The project page "Service quality": Overview (scorecard), Problems (Pareto) and Improvements tabs. */
export default function ProjectPage({ context }: { context: ForgeContext }) {
  const { m } = usePageMessages();
  const { m: reviewWords } = useReviewMessages();
  const { m: qaWords } = useQueueMessages();
  const projectKey = context.extension?.project?.key;
  const timeZone = zoneOf(context.timezone);
  if (!projectKey) return <Problem message="No project in the context" />;
  return (
    <main style={{ padding: 16, maxWidth: 1200 }}>
      <h1 style={{ fontSize: 24, margin: '0 0 12px' }}>
        {m.pageTitle} · {projectKey}
      </h1>
      <Tabs id="ql-project-tabs">
        <TabList>
          <Tab>{m.overview}</Tab>
          <Tab>{m.problems}</Tab>
          <Tab>{m.improvements}</Tab>
          <Tab>{reviewWords.reviews}</Tab>
          <Tab>{qaWords.qaTab}</Tab>
        </TabList>
        <TabPanel>
          <div style={{ width: '100%' }}>
            <OverviewTab projectKey={projectKey} timeZone={timeZone} />
          </div>
        </TabPanel>
        <LazyPanel>
          <ProblemsTab projectKey={projectKey} timeZone={timeZone} />
        </LazyPanel>
        <LazyPanel>
          <ImprovementsTab projectKey={projectKey} timeZone={timeZone} />
        </LazyPanel>
        <LazyPanel>
          <ReviewsTab projectKey={projectKey} />
        </LazyPanel>
        <LazyPanel>
          <QaTab projectKey={projectKey} timeZone={timeZone} />
        </LazyPanel>
      </Tabs>
    </main>
  );
}
