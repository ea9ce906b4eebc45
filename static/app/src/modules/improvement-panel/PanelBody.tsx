import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { lazy } from 'react';
import { LazyTabPanel } from '../../shared/LazyTabPanel';
import type { ImprovementRecord } from '@contract/improvement-schema';
import { usePanelMessages } from './messages';
import { Notices } from './Notices';
import { ProblemTab } from './ProblemTab';
import { StageLozenge } from './StageLozenge';
import { useCausesDraft } from './use-causes-draft';
import type { ImprovementState } from './use-improvement';

// The Check tab carries the chart library: loaded when opened, not with the panel's first render.
const CheckTab = lazy(() => import('./CheckTab').then((m) => ({ default: m.CheckTab })));
// Tabs other than the first load when opened, keeping the panel's first download small (the root
// cause tab's verification fields bring the select).
const RootCauseTab = lazy(() => import('./RootCauseTab').then((m) => ({ default: m.RootCauseTab })));
const WhyTab = lazy(() => import('./WhyTab').then((m) => ({ default: m.WhyTab })));
const PlanTab = lazy(() => import('./PlanTab').then((m) => ({ default: m.PlanTab })));
const ApprovalTab = lazy(() => import('./ApprovalTab').then((m) => ({ default: m.ApprovalTab })));
const TimelineTab = lazy(() => import('./TimelineTab').then((m) => ({ default: m.TimelineTab })));

type Props = { record: ImprovementRecord; state: ImprovementState; accountId: string; timeZone: string };

const pad = { padding: '12px 0', width: '100%', minWidth: 0 };

/** The loaded improvement: a header with its stage, messages, and one tab per step of the loop. */

export function PanelBody({ record, state, accountId, timeZone }: Props) {
  const { m } = usePanelMessages();
  const draft = useCausesDraft(record, state.mutate);
  const { mutate, busy } = state;
  return (
    <div style={{ display: 'grid', gap: 8, padding: 8, minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <strong>{record.key}</strong>
        <StageLozenge stage={record.stage} />
      </div>
      <Notices state={state} />
      <Tabs id="ql-improvement-tabs" onChange={state.clearMessages}>
        <div style={{ overflowX: 'auto' }}>
          <div style={{ minWidth: 'max-content' }}>
            <TabList>
              <Tab>{m.tabProblem}</Tab>
              <Tab>{m.tabRootCause}</Tab>
              <Tab>{m.tabWhy}</Tab>
              <Tab>{m.tabPlan}</Tab>
              <Tab>{m.tabApproval}</Tab>
              <Tab>{m.tabCheck}</Tab>
              <Tab>{m.tabTimeline}</Tab>
            </TabList>
          </div>
        </div>
        <TabPanel>
          <div style={pad}>
            <ProblemTab record={record} />
          </div>
        </TabPanel>
        <LazyTabPanel style={pad}>
          <RootCauseTab
            draft={draft}
            statement={record.problem.statement}
            accountId={accountId}
            busy={busy}
          />
        </LazyTabPanel>
        <LazyTabPanel style={pad}>
          <WhyTab draft={draft} busy={busy} />
        </LazyTabPanel>
        <LazyTabPanel style={pad}>
          <PlanTab record={record} mutate={mutate} busy={busy} />
        </LazyTabPanel>
        <LazyTabPanel style={pad}>
          <ApprovalTab record={record} mutate={mutate} busy={busy} />
        </LazyTabPanel>
        <LazyTabPanel style={pad}>
          <CheckTab record={record} mutate={mutate} busy={busy} timeZone={timeZone} />
        </LazyTabPanel>
        <LazyTabPanel style={pad}>
          <TimelineTab issueKey={record.key} version={record.version} />
        </LazyTabPanel>
      </Tabs>
    </div>
  );
}
