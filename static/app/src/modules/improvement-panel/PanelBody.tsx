import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import type { ImprovementRecord } from '@contract/improvement-schema';
import { ApprovalTab } from './ApprovalTab';
import { CheckTab } from './CheckTab';
import { usePanelMessages } from './messages';
import { Notices } from './Notices';
import { PlanTab } from './PlanTab';
import { ProblemTab } from './ProblemTab';
import { RootCauseTab } from './RootCauseTab';
import { StageLozenge } from './StageLozenge';
import { TimelineTab } from './TimelineTab';
import { useCausesDraft } from './use-causes-draft';
import type { ImprovementState } from './use-improvement';
import { WhyTab } from './WhyTab';

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
        <TabPanel>
          <div style={pad}>
            <RootCauseTab
              draft={draft}
              statement={record.problem.statement}
              accountId={accountId}
              busy={busy}
            />
          </div>
        </TabPanel>
        <TabPanel>
          <div style={pad}>
            <WhyTab draft={draft} busy={busy} />
          </div>
        </TabPanel>
        <TabPanel>
          <div style={pad}>
            <PlanTab record={record} mutate={mutate} busy={busy} />
          </div>
        </TabPanel>
        <TabPanel>
          <div style={pad}>
            <ApprovalTab record={record} mutate={mutate} busy={busy} />
          </div>
        </TabPanel>
        <TabPanel>
          <div style={pad}>
            <CheckTab record={record} mutate={mutate} busy={busy} timeZone={timeZone} />
          </div>
        </TabPanel>
        <TabPanel>
          <div style={pad}>
            <TimelineTab issueKey={record.key} version={record.version} />
          </div>
        </TabPanel>
      </Tabs>
    </div>
  );
}
