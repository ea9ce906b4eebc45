import { generateDataset } from '../../../src/local/seed';
import { fieldIdsByCustomType, customValue } from './kpi-probe';
import {
  fieldDetails,
  issueBean,
  requestTypeValue,
  satisfaction,
  selectOption,
  slaInformation,
} from './jira-shapes';

const dataset = generateDataset({ seed: 'shapes', tickets: 400, days: 30, end: '2026-11-01T00:00:00Z' });
const idOf = (custom: string): string => {
  const [id] = fieldIdsByCustomType(dataset.fields, custom);
  if (!id) throw new Error(`no field of type ${custom}`);
  return id;
};
const byName = (name: string): string => {
  const field = dataset.fields.find((f) => f.name === name);
  if (!field) throw new Error(`no field ${name}`);
  return field.id;
};

describe('generated JSON matches the documented Jira shapes', () => {
  it('every field entry is a FieldDetails', () => {
    for (const field of dataset.fields) expect(fieldDetails.safeParse(field).error).toBeUndefined();
  });

  it('every issue is an IssueBean with the expanded changelog', () => {
    for (const issue of dataset.issues) expect(issueBean.safeParse(issue).error).toBeUndefined();
  });

  it('the request type value has requestType, currentStatus and links', () => {
    const id = idOf('com.atlassian.servicedesk:vp-origin');
    for (const issue of dataset.issues) {
      expect(requestTypeValue.safeParse(customValue(issue, id)).error).toBeUndefined();
    }
  });

  it('both SLA values are SlaInformation objects', () => {
    const ids = fieldIdsByCustomType(dataset.fields, 'com.atlassian.servicedesk:sd-sla-field');
    expect(ids).toHaveLength(2);
    for (const issue of dataset.issues) {
      for (const id of ids) expect(slaInformation.safeParse(customValue(issue, id)).error).toBeUndefined();
    }
  });

  it('satisfaction, NPS, Team and Channel values have their documented shapes', () => {
    const sat = idOf('com.atlassian.servicedesk:sd-request-feedback');
    const nps = byName('Likelihood to recommend');
    for (const issue of dataset.issues) {
      expect(satisfaction.safeParse(customValue(issue, sat)).error).toBeUndefined();
      const score = customValue(issue, nps);
      expect(
        score === null || (Number.isInteger(score) && (score as number) >= 0 && (score as number) <= 10),
      ).toBe(true);
      expect(selectOption.safeParse(customValue(issue, byName('Team'))).error).toBeUndefined();
      expect(selectOption.safeParse(customValue(issue, byName('Channel'))).error).toBeUndefined();
    }
  });

  it('comment and changelog page counts match their lists, ids are unique', () => {
    const commentIds = new Set<string>();
    const historyIds = new Set<string>();
    for (const issue of dataset.issues) {
      const page = issue.fields.comment;
      expect(page.total).toBe(page.comments.length);
      expect(issue.changelog.total).toBe(issue.changelog.histories.length);
      for (const c of page.comments) commentIds.add(c.id);
      for (const h of issue.changelog.histories) historyIds.add(h.id);
    }
    const comments = dataset.issues.reduce((n, i) => n + i.fields.comment.comments.length, 0);
    const histories = dataset.issues.reduce((n, i) => n + i.changelog.histories.length, 0);
    expect(commentIds.size).toBe(comments);
    expect(historyIds.size).toBe(histories);
  });

  it('resolution and status agree: resolved tickets are in a done status with a date', () => {
    for (const { fields } of dataset.issues) {
      const done = fields.status.statusCategory.key === 'done';
      expect(fields.resolution !== null).toBe(done);
      expect(fields.resolutiondate !== null).toBe(done);
    }
  });
});
