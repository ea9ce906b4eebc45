import { makeKpiReport, type KpiReportRequest } from '../../../src/app/report/make-kpi-report';
import {
  aComment,
  aCustomer,
  aFieldList,
  anAgent,
  anIssue,
  FIELD_IDS,
  resolutionSet,
  slaDate,
} from '../../support/jira-builder';

const request = (overrides: Partial<KpiReportRequest> = {}): KpiReportRequest => ({
  from: '2026-10-01',
  to: '2026-10-08',
  timeZone: 'Asia/Shanghai',
  config: { npsFieldId: 'Likelihood to recommend', dimensions: ['requestType', 'hourOfDay', 'Team'] },
  ...overrides,
});

const logistics = { requestType: { id: '11', name: 'Logistics enquiry' } };
const refund = { requestType: { id: '12', name: 'Refund' } };

// Period: 2026-10-01 00:00 to 2026-10-08 00:00 Shanghai (UTC+8).
const issues = [
  // created 02:00 local (night), agent reply after 1 h, resolved after 3 h, one reply: FCR; rated 5
  anIssue({
    key: 'SUP-1',
    created: '2026-10-02T02:00:00.000+0800',
    reporter: aCustomer('alice'),
    comments: [aComment(anAgent('a1'), '2026-10-02T03:00:00.000+0800')],
    histories: [resolutionSet('2026-10-02T05:00:00.000+0800')],
    fields: {
      [FIELD_IDS.requestType]: logistics,
      [FIELD_IDS.satisfaction]: { rating: 5 },
      [FIELD_IDS.nps]: 10,
      [FIELD_IDS.team]: { value: 'Night shift' },
    },
  }),
  // alice contacts again 47 h after SUP-1 was resolved: a repeat contact for SUP-1
  anIssue({
    key: 'SUP-2',
    created: '2026-10-04T04:00:00.000+0800',
    reporter: aCustomer('alice'),
    comments: [
      aComment(anAgent('a1'), '2026-10-04T04:10:00.000+0800'),
      aComment(anAgent('a2'), '2026-10-04T05:00:00.000+0800'),
    ],
    histories: [resolutionSet('2026-10-04T10:00:00.000+0800')],
    fields: {
      [FIELD_IDS.requestType]: logistics,
      [FIELD_IDS.satisfaction]: { rating: 2 },
      [FIELD_IDS.nps]: 3,
      [FIELD_IDS.slaResolution]: {
        name: 'Time to resolution',
        completedCycles: [
          {
            startTime: slaDate('2026-10-03T20:00:00.000Z'),
            stopTime: slaDate('2026-10-04T02:00:00.000Z'),
            breached: true,
          },
        ],
      },
    },
  }),
  // 14:00 local, refund, never answered nor resolved; its resolution SLA breached while ongoing
  anIssue({
    key: 'SUP-3',
    created: '2026-10-05T14:00:00.000+0800',
    reporter: aCustomer('bob'),
    fields: {
      [FIELD_IDS.requestType]: refund,
      [FIELD_IDS.slaResolution]: {
        name: 'Time to resolution',
        completedCycles: [],
        ongoingCycle: { breached: true, breachTime: slaDate('2026-10-06T06:00:00.000Z') },
      },
    },
  }),
  // malformed: skipped and reported
  anIssue({ key: 'SUP-4', created: 'not a date' }),
];

describe('the KPI report of a period from Jira fields and issues', () => {
  const result = makeKpiReport(aFieldList(), issues, request());
  if (!result.ok) throw new Error(result.error.message);
  const report = result.value;

  it('states the period in UTC with its zone, and the previous period of the same length', () => {
    expect(report.period).toEqual({
      from: '2026-09-30T16:00:00.000Z',
      to: '2026-10-07T16:00:00.000Z',
      timeZone: 'Asia/Shanghai',
    });
    expect(report.previousPeriod).toEqual({
      from: '2026-09-23T16:00:00.000Z',
      to: '2026-09-30T16:00:00.000Z',
    });
  });

  it('computes the figures by hand-checked definitions', () => {
    expect(report.volume).toEqual({ created: 3, resolved: 2 });
    // FRT 60 min and 10 min; SUP-3 unanswered
    expect(report.frt).toEqual({
      count: 2,
      mean: 35 * 60_000,
      median: 10 * 60_000,
      p90: 60 * 60_000,
      noResponse: 1,
    });
    // resolution 3 h and 6 h
    expect(report.resolutionTime).toMatchObject({ count: 2, median: 3 * 3_600_000, p90: 6 * 3_600_000 });
    // SUP-1 has a repeat contact (SUP-2 47 h after it was resolved) yet stays FCR, as repeats are not excluded by
    // default; SUP-2 has two agent replies, so it is not FCR
    expect(report.repeatContactRate).toBe(0.5);
    expect(report.fcrRate).toBe(0.5);
    expect(report.reopenRate).toBe(0);
    expect(report.sla).toEqual({ 'Time to resolution': { met: 0, breached: 2, compliance: 0 } });
    expect(report.csat).toEqual({ responses: 2, avg: 3.5, top2box: 0.5, responseRate: 1 });
    // one promoter, one detractor
    expect(report.nps).toEqual({ responses: 2, score: 0 });
  });

  it('skips the malformed ticket and says why', () => {
    expect(report.skipped.count).toBe(1);
    expect(report.skipped.tickets[0]?.key).toBe('SUP-4');
    expect(report.skipped.tickets[0]?.reason).toContain('not a Jira timestamp');
  });

  it('breaks figures down by request type, team and local hour of day', () => {
    const byType = report.breakdown.requestType ?? [];
    expect(byType.map((r) => [r.value, r.volume.created, r.volume.resolved])).toEqual([
      ['Logistics enquiry', 2, 2],
      ['Refund', 1, 0],
    ]);
    expect((report.breakdown.hourOfDay ?? []).map((r) => r.value).sort()).toEqual(['02', '04', '14']);
    expect((report.breakdown.Team ?? []).map((r) => r.value).sort()).toEqual(['(none)', 'Night shift']);
  });

  it('ranks problem tickets on a Pareto by request type', () => {
    // problems: SUP-2 (not FCR, SLA breached, low CSAT), SUP-3 (SLA breached while ongoing)
    expect(report.pareto.total).toBe(2);
    expect(report.pareto.categories.map((c) => [c.name, c.count, c.affectedCustomers, c.vitalFew])).toEqual([
      ['Logistics enquiry', 1, 1, true],
      ['Refund', 1, 1, true],
    ]);
    expect(report.pareto.byReason.map((c) => [c.name, c.count])).toEqual([
      ['slaBreached', 2],
      ['lowCsat', 1],
      ['notFcr', 1],
    ]);
  });

  it('compares each KPI with its target and the previous period', () => {
    const fcr = report.scorecard.find((r) => r.kpi === 'fcrRate');
    expect(fcr).toMatchObject({ actual: 0.5, target: 0.8, meetsTarget: false, previous: null, change: null });
    expect(fcr?.gap).toBeCloseTo(-0.3, 12);
    expect(report.scorecard.find((r) => r.kpi === 'sla:Time to resolution')).toMatchObject({
      actual: 0,
      target: null,
    });
  });

  it('scores the composite with QA compliance and untargeted indicators left out', () => {
    expect(report.composite.omitted).toEqual(['resolutionMedianMs', 'qaCompliance', 'repeatContactRate']);
    // efficiency: FRT median 10 min vs 15 s → 100 * 15/600 = 2.5
    expect(report.composite.dimensions.efficiency.score).toBeCloseTo(2.5, 10);
    // quality: FCR 0.5 / 0.8 → 62.5
    expect(report.composite.dimensions.quality.score).toBeCloseTo(62.5, 10);
    // experience: CSAT 0.5/0.85 → 58.8235…, NPS (0+100)/(40+100) → 71.4286…, equal weights
    const experience = ((0.5 / 0.85) * 100 + (100 / 140) * 100) / 2;
    expect(report.composite.dimensions.experience.score).toBeCloseTo(experience, 10);
    expect(report.composite.score).toBeCloseTo((2.5 * 20 + 62.5 * 30 + experience * 40) / 90, 10);
  });
});

describe('refusals', () => {
  it.each([
    [{ from: '2026-10-08', to: '2026-10-01' }, 'must be before'],
    [{ from: '2026-10-01', to: '2026-10-01' }, 'must be before'],
    [{ timeZone: 'Europe/Atlantis' }, 'Europe/Atlantis'],
    [{ from: 'last week' }, '--from'],
    [{ config: { dimensions: ['Region'] } }, '"Region"'],
  ])('%j is refused with a message naming the problem', (overrides, message) => {
    const r = makeKpiReport(aFieldList(), issues, request(overrides as Partial<KpiReportRequest>));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(message);
  });
});
