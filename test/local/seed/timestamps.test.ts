import { generateDataset, type JiraIssue, type JsmSlaValue } from '../../../src/local/seed';
import { JIRA_TIMESTAMP } from './jira-shapes';
import { customValue, fieldIdsByCustomType, parseJiraTime } from './kpi-probe';

const END = '2026-11-01T00:00:00Z';
const endMs = Date.parse(END);
const startMs = endMs - 21 * 86_400_000;

interface Stamp {
  where: string;
  value: string;
  epochMillis?: number;
  mayExceedEnd?: boolean;
}

const stampsOf = (issue: JiraIssue, slaIds: string[], requestTypeId: string): Stamp[] => {
  const { fields } = issue;
  const stamps: Stamp[] = [
    { where: 'created', value: fields.created },
    { where: 'updated', value: fields.updated },
    ...(fields.resolutiondate ? [{ where: 'resolutiondate', value: fields.resolutiondate }] : []),
    ...fields.comment.comments.flatMap((c) => [
      { where: 'comment.created', value: c.created },
      { where: 'comment.updated', value: c.updated },
    ]),
    ...issue.changelog.histories.map((h) => ({ where: 'history.created', value: h.created })),
  ];
  const status = (
    customValue(issue, requestTypeId) as {
      currentStatus: { statusDate: { jira: string; epochMillis: number } };
    }
  ).currentStatus.statusDate;
  stamps.push({ where: 'statusDate', value: status.jira, epochMillis: status.epochMillis });
  for (const id of slaIds) {
    const sla = customValue(issue, id) as JsmSlaValue;
    for (const c of sla.completedCycles) {
      stamps.push({ where: 'sla.start', value: c.startTime.jira, epochMillis: c.startTime.epochMillis });
      stamps.push({ where: 'sla.stop', value: c.stopTime.jira, epochMillis: c.stopTime.epochMillis });
      stamps.push({
        where: 'sla.breach',
        value: c.breachTime.jira,
        epochMillis: c.breachTime.epochMillis,
        mayExceedEnd: true,
      });
    }
    const o = sla.ongoingCycle;
    if (o) {
      stamps.push({
        where: 'sla.ongoing.start',
        value: o.startTime.jira,
        epochMillis: o.startTime.epochMillis,
      });
      stamps.push({
        where: 'sla.ongoing.breach',
        value: o.breachTime.jira,
        epochMillis: o.breachTime.epochMillis,
        mayExceedEnd: true,
      });
    }
  }
  return stamps;
};

describe.each([
  [480, '+0800'],
  [-330, '-0530'],
  [0, '+0000'],
])('timestamps at offset %i', (utcOffsetMinutes, suffix) => {
  const dataset = generateDataset({
    seed: `ts${utcOffsetMinutes}`,
    tickets: 250,
    days: 21,
    end: END,
    utcOffsetMinutes,
  });
  const slaIds = fieldIdsByCustomType(dataset.fields, 'com.atlassian.servicedesk:sd-sla-field');
  const [requestTypeId = ''] = fieldIdsByCustomType(dataset.fields, 'com.atlassian.servicedesk:vp-origin');

  it(`renders every timestamp in Jira format ending ${suffix}`, () => {
    for (const issue of dataset.issues) {
      for (const stamp of stampsOf(issue, slaIds, requestTypeId)) {
        expect(stamp.value).toMatch(JIRA_TIMESTAMP);
        expect(stamp.value.endsWith(suffix)).toBe(true);
      }
    }
  });

  it('creates tickets inside [end - days, end), in key order', () => {
    let previous = -Infinity;
    for (const issue of dataset.issues) {
      const created = parseJiraTime(issue.fields.created);
      expect(created).toBeGreaterThanOrEqual(startMs);
      expect(created).toBeLessThan(endMs);
      expect(created).toBeGreaterThanOrEqual(previous);
      previous = created;
    }
  });

  it('keeps every event between creation and the end of the period; SLA dates agree with epochMillis', () => {
    for (const issue of dataset.issues) {
      const created = parseJiraTime(issue.fields.created);
      for (const stamp of stampsOf(issue, slaIds, requestTypeId)) {
        const at = parseJiraTime(stamp.value);
        expect(at).toBeGreaterThanOrEqual(created);
        if (!stamp.mayExceedEnd)
          expect({ where: stamp.where, before: at < endMs }).toEqual({ where: stamp.where, before: true });
        if (stamp.epochMillis !== undefined) expect(stamp.epochMillis).toBe(at);
      }
    }
  });

  it('has the latest event as updated', () => {
    for (const issue of dataset.issues) {
      const updated = parseJiraTime(issue.fields.updated);
      for (const stamp of stampsOf(issue, [], requestTypeId)) {
        if (stamp.where !== 'statusDate') expect(parseJiraTime(stamp.value)).toBeLessThanOrEqual(updated);
      }
    }
  });

  it('keeps comments and histories in chronological order', () => {
    for (const issue of dataset.issues) {
      const times = (list: { created: string }[]): number[] => list.map((x) => parseJiraTime(x.created));
      for (const list of [times(issue.fields.comment.comments), times(issue.changelog.histories)]) {
        expect(list).toEqual([...list].sort((a, b) => a - b));
      }
    }
  });
});
