import {
  generateDataset,
  type JiraIssue,
  type JsmRequestTypeValue,
  type JsmSlaValue,
} from '../../../src/local/seed';
import {
  agentReplies,
  customValue,
  fieldIdsByCustomType,
  firstAgentReply,
  firstResolved,
  isNight,
  median,
  parseJiraTime,
  reopenInstants,
  repeatContacts,
} from './kpi-probe';

const DAY = 86_400_000;
const dataset = generateDataset({ seed: 'realism', tickets: 3000, days: 30, end: '2026-11-01T00:00:00Z' });
const { issues, fields } = dataset;
const field = (name: string): string => fields.find((f) => f.name === name)?.id ?? '';
const requestTypeId = fieldIdsByCustomType(fields, 'com.atlassian.servicedesk:vp-origin')[0] ?? '';
const satisfactionId = fieldIdsByCustomType(fields, 'com.atlassian.servicedesk:sd-request-feedback')[0] ?? '';
const typeName = (issue: JiraIssue): string =>
  (customValue(issue, requestTypeId) as JsmRequestTypeValue).requestType.name;
const sla = (issue: JiraIssue, name: string): JsmSlaValue => customValue(issue, field(name)) as JsmSlaValue;
const rating = (issue: JiraIssue): number | null =>
  (customValue(issue, satisfactionId) as { rating: number } | null)?.rating ?? null;
const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
const resolvedNow = issues.filter((i) => i.fields.resolution !== null);
const everResolved = issues.filter((i) => firstResolved(i) !== null);

const frtMinutes = (list: JiraIssue[]): number[] =>
  list.flatMap((i) => {
    const reply = firstAgentReply(i);
    return reply === null ? [] : [(reply - parseJiraTime(i.fields.created)) / 60_000];
  });

describe('day/night pattern', () => {
  const night = issues.filter((i) => isNight(i.fields.created));
  const day = issues.filter((i) => !isNight(i.fields.created));

  it('has a real share of tickets created at night', () => {
    expect(night.length / issues.length).toBeGreaterThan(0.15);
    expect(night.length / issues.length).toBeLessThan(0.5);
  });

  it('answers night tickets much later than day tickets', () => {
    expect(median(frtMinutes(night))).toBeGreaterThan(2 * median(frtMinutes(day)));
  });

  it('hurts logistics enquiries most at night', () => {
    const ratio = (filter: (i: JiraIssue) => boolean): number =>
      median(frtMinutes(night.filter(filter))) / median(frtMinutes(day.filter(filter)));
    const logistics = (i: JiraIssue): boolean => typeName(i) === 'Logistics enquiry';
    expect(ratio(logistics)).toBeGreaterThan(ratio((i) => !logistics(i)));
  });

  it('has a larger logistics share in the evening than in the daytime', () => {
    const share = (list: JiraIssue[]): number =>
      list.filter((i) => typeName(i) === 'Logistics enquiry').length / list.length;
    const evening = issues.filter((i) => Number(i.fields.created.slice(11, 13)) >= 20);
    expect(share(evening)).toBeGreaterThan(share(day));
  });
});

describe('dimensions', () => {
  it('has five request types with different volumes, logistics the largest', () => {
    const counts = new Map<string, number>();
    for (const i of issues) counts.set(typeName(i), (counts.get(typeName(i)) ?? 0) + 1);
    expect(counts.size).toBe(5);
    const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    expect(sorted[0]?.[0]).toBe('Logistics enquiry');
    expect((sorted[0]?.[1] ?? 0) / (sorted[4]?.[1] ?? 1)).toBeGreaterThan(2);
  });

  it('resolves product questions much faster than refunds', () => {
    const hours = (name: string): number =>
      median(
        everResolved
          .filter((i) => typeName(i) === name)
          .map((i) => ((firstResolved(i) ?? 0) - parseJiraTime(i.fields.created)) / 3_600_000),
      );
    expect(hours('Refund request')).toBeGreaterThan(10 * hours('Product knowledge'));
  });

  it('has 3 teams, 4 channels and 12 agents', () => {
    const values = (name: string): Set<string> =>
      new Set(issues.map((i) => (customValue(i, field(name)) as { value: string }).value));
    expect(values('Team').size).toBe(3);
    expect([...values('Channel')].sort()).toEqual(['Chat', 'Email', 'Phone', 'Portal']);
    const agents = new Set(issues.flatMap((i) => (i.fields.assignee ? [i.fields.assignee.accountId] : [])));
    expect(agents.size).toBe(12);
  });
});

describe('conversation', () => {
  const comments = issues.flatMap((i) =>
    i.fields.comment.comments.map((c) => ({ c, reporter: i.fields.reporter })),
  );

  it('mixes agent public replies, customer comments and internal notes', () => {
    const internal = comments.filter(({ c }) => c.jsdPublic === false);
    const customer = comments.filter(({ c, reporter }) => c.author.accountId === reporter.accountId);
    expect(internal.length).toBeGreaterThan(50);
    expect(customer.length).toBeGreaterThan(300);
    for (const { c } of internal) expect(c.author.accountType).toBe('atlassian');
    for (const { c } of customer) expect(c.author.accountType).toBe('customer');
  });

  it('resolves a fair share of tickets with a single agent reply (FCR material), not all', () => {
    const single = everResolved.filter((i) => agentReplies(i) <= 1).length / everResolved.length;
    expect(single).toBeGreaterThan(0.3);
    expect(single).toBeLessThan(0.8);
  });

  it('leaves some tickets unanswered and some unresolved at the end', () => {
    expect(issues.filter((i) => firstAgentReply(i) === null).length).toBeGreaterThan(10);
    expect(issues.length - resolvedNow.length).toBeGreaterThan(50);
  });

  it('has imported tickets: resolution date but no resolution history', () => {
    const imported = resolvedNow.filter(
      (i) => !i.changelog.histories.some((h) => h.items.some((it) => it.field === 'resolution')),
    );
    expect(imported.length).toBeGreaterThan(10);
    expect(imported.length / resolvedNow.length).toBeLessThan(0.1);
  });
});

describe('reopens and repeat contacts', () => {
  it('reopens some tickets within 7 days and some later', () => {
    const within = everResolved.filter((i) => {
      const first = firstResolved(i) ?? 0;
      return reopenInstants(i).some((t) => t <= first + 7 * DAY);
    });
    const later = everResolved.filter((i) => {
      const first = firstResolved(i) ?? 0;
      return reopenInstants(i).length > 0 && reopenInstants(i).every((t) => t > first + 7 * DAY);
    });
    expect(within.length / everResolved.length).toBeGreaterThan(0.03);
    expect(within.length / everResolved.length).toBeLessThan(0.2);
    expect(later.length).toBeGreaterThan(5);
  });

  it('clears the resolution on reopen and shows reopened-but-open tickets without a resolution', () => {
    const open = issues.filter((i) => reopenInstants(i).length > 0 && i.fields.resolution === null);
    expect(open.length).toBeGreaterThan(0);
    for (const i of open) expect(i.fields.resolutiondate).toBeNull();
  });

  it('has repeat contacts within 48 hours, some about the same request type', () => {
    const any = repeatContacts(issues, 48 * 3_600_000);
    const same = repeatContacts(issues, 48 * 3_600_000, requestTypeId);
    // A pool of customers alone gives ~7% repeats, a quarter of them about the same type by chance; customers
    // coming back about an unfinished matter push both up.
    expect(any.size / everResolved.length).toBeGreaterThan(0.1);
    expect(any.size / everResolved.length).toBeLessThan(0.3);
    expect(same.size / any.size).toBeGreaterThan(0.4);
    expect(same.size).toBeLessThan(any.size);
  });
});

describe('SLAs', () => {
  const cycles = issues.flatMap((i) =>
    ['Time to first response', 'Time to resolution'].flatMap((name) => sla(i, name).completedCycles),
  );

  it('marks a completed cycle breached exactly when elapsed exceeds the goal', () => {
    expect(cycles.filter((c) => c.breached).length).toBeGreaterThan(50);
    for (const c of cycles) {
      expect(c.breached).toBe(c.elapsedTime.millis > c.goalDuration.millis);
      expect(c.remainingTime.millis).toBe(c.goalDuration.millis - c.elapsedTime.millis);
      expect(c.elapsedTime.millis).toBeLessThanOrEqual(c.stopTime.epochMillis - c.startTime.epochMillis);
      if (c.breached) expect(c.breachTime.epochMillis).toBeLessThanOrEqual(c.stopTime.epochMillis);
    }
  });

  it('stops the first-response clock at the first agent reply or resolution', () => {
    for (const i of issues) {
      const [cycle] = sla(i, 'Time to first response').completedCycles;
      const reply = firstAgentReply(i);
      const resolved = firstResolved(i);
      const expected = Math.min(reply ?? Infinity, resolved ?? Infinity);
      if (cycle) expect(cycle.stopTime.epochMillis).toBe(expected);
      else expect(expected).toBe(Infinity);
      expect(cycle?.elapsedTime.millis ?? null).toBe(
        cycle ? expected - parseJiraTime(i.fields.created) : null,
      );
    }
  });

  it('runs an ongoing resolution cycle on every open ticket, some already breached', () => {
    const open = issues.filter((i) => i.fields.resolution === null);
    for (const i of open) expect(sla(i, 'Time to resolution').ongoingCycle).toBeDefined();
    for (const i of resolvedNow) expect(sla(i, 'Time to resolution').ongoingCycle).toBeUndefined();
    const breached = open.filter((i) => sla(i, 'Time to resolution').ongoingCycle?.breached);
    expect(breached.length).toBeGreaterThan(5);
    for (const i of breached) {
      const c = sla(i, 'Time to resolution').ongoingCycle;
      expect((c?.elapsedTime.millis ?? 0) > (c?.goalDuration.millis ?? 0)).toBe(true);
    }
  });

  it('pauses the resolution clock only while waiting for the customer', () => {
    const paused = issues.filter((i) => sla(i, 'Time to resolution').ongoingCycle?.paused);
    expect(paused.length).toBeGreaterThan(0);
    for (const i of paused) expect(i.fields.status.name).toBe('Waiting for customer');
  });

  it('starts a new resolution cycle on each reopen', () => {
    for (const i of everResolved) {
      const sets = i.changelog.histories.filter((h) =>
        h.items.some((it) => it.field === 'resolution' && it.to),
      );
      if (sets.length === 0) continue;
      expect(sla(i, 'Time to resolution').completedCycles).toHaveLength(sets.length);
    }
  });
});

describe('surveys', () => {
  const rated = resolvedNow.filter((i) => rating(i) !== null);

  it('collects CSAT on a third to a half of resolved tickets, NPS on fewer', () => {
    expect(rated.length / resolvedNow.length).toBeGreaterThan(0.3);
    expect(rated.length / resolvedNow.length).toBeLessThan(0.5);
    const nps = resolvedNow.filter((i) => customValue(i, field('Likelihood to recommend')) !== null);
    expect(nps.length).toBeGreaterThan(100);
    expect(nps.length).toBeLessThan(rated.length);
    expect(issues.filter((i) => i.fields.resolution === null).every((i) => rating(i) === null)).toBe(true);
  });

  it('rates reopened and slow tickets worse', () => {
    const reopened = rated.filter((i) => reopenInstants(i).length > 0);
    const smooth = rated.filter((i) => reopenInstants(i).length === 0);
    expect(mean(reopened.map((i) => rating(i) ?? 0))).toBeLessThan(
      mean(smooth.map((i) => rating(i) ?? 0)) - 0.5,
    );
    const slow = rated.filter((i) =>
      sla(i, 'Time to first response').completedCycles.some((c) => c.breached),
    );
    const fast = rated.filter(
      (i) => !sla(i, 'Time to first response').completedCycles.some((c) => c.breached),
    );
    expect(mean(slow.map((i) => rating(i) ?? 0))).toBeLessThan(mean(fast.map((i) => rating(i) ?? 0)) - 0.3);
  });
});

describe('the 400-ticket sample options', () => {
  const sample = generateDataset({
    seed: 'quality-loop',
    tickets: 400,
    days: 30,
    end: '2026-11-01T00:00:00Z',
  });

  it('already shows the night gap, reopens within 7 days and 48-hour repeat contacts', () => {
    const night = sample.issues.filter((i) => isNight(i.fields.created));
    const day = sample.issues.filter((i) => !isNight(i.fields.created));
    expect(median(frtMinutes(night))).toBeGreaterThan(2 * median(frtMinutes(day)));
    const reopened = sample.issues.filter((i) => {
      const first = firstResolved(i);
      return first !== null && reopenInstants(i).some((t) => t <= first + 7 * DAY);
    });
    expect(reopened.length).toBeGreaterThan(5);
    expect(repeatContacts(sample.issues, 48 * 3_600_000).size).toBeGreaterThan(10);
  });
});
