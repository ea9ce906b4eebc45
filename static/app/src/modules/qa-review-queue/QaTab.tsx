import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { useState } from 'react';
import PeriodPicker from '../project-page/PeriodPicker';
import { CalibrationView } from './CalibrationView';
import { FiguresView } from './FiguresView';
import { useQueueMessages } from './messages';
import { MyReviewsView } from './MyReviewsView';
import { QueueView } from './QueueView';

/** The tabs' views, in the order of the tab list below. */
const VIEWS = [QueueView, MyReviewsView, CalibrationView, FiguresView];

/**
 * The project page's QA tab (质检): the reviewer queue with sampling, the agent's own reviews, the
 * calibration between reviewers and the period's QA compliance (话术规范度).
 */
export default function QaTab({ projectKey, timeZone }: { projectKey: string; timeZone: string }) {
  const { m } = useQueueMessages();
  const [days, setDays] = useState(7);
  const props = { projectKey, timeZone, days };
  return (
    <div style={{ display: 'grid', gap: 12, paddingTop: 8 }}>
      <PeriodPicker days={days} timeZone={timeZone} onChange={setDays} />
      <Tabs id="ql-qa-tabs">
        <TabList>
          <Tab>{m.queue}</Tab>
          <Tab>{m.myReviews}</Tab>
          <Tab>{m.calibration}</Tab>
          <Tab>{m.figures}</Tab>
        </TabList>
        {VIEWS.map((View, i) => (
          <TabPanel key={i}>
            <div style={{ width: '100%', paddingTop: 8 }}>
              <View {...props} />
            </div>
          </TabPanel>
        ))}
      </Tabs>
    </div>
  );
}
