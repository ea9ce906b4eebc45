import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { lazy } from 'react';
import { LazyTabPanel } from '../../shared/LazyTabPanel';
import type { ForgeContext } from '../../shared/context';
import { Problem } from '../../shared/states';
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
        <LazyTabPanel style={{ width: '100%' }}>
          <ProblemsTab projectKey={projectKey} timeZone={timeZone} />
        </LazyTabPanel>
        <LazyTabPanel style={{ width: '100%' }}>
          <ImprovementsTab projectKey={projectKey} timeZone={timeZone} />
        </LazyTabPanel>
        <LazyTabPanel style={{ width: '100%' }}>
          <ReviewsTab projectKey={projectKey} />
        </LazyTabPanel>
        <LazyTabPanel style={{ width: '100%' }}>
          <QaTab projectKey={projectKey} timeZone={timeZone} />
        </LazyTabPanel>
      </Tabs>
    </main>
  );
}
