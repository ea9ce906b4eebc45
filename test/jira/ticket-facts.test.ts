import { discoverFields } from '../../src/jira/field-map';
import { toTicketFacts } from '../../src/jira/ticket-facts';
import type { TicketFieldMap } from '../../src/jira/field-map';
import {
  aComment,
  aCustomer,
  aFieldList,
  anAgent,
  anIssue,
  FIELD_IDS,
  resolutionCleared,
  resolutionSet,
  slaDate,
} from '../support/jira-builder';

const fieldMap = (
  npsField: string | null = 'Likelihood to recommend',
  dimensions: string[] = ['Team', 'labels'],
): TicketFieldMap => {
  const map = discoverFields(aFieldList(), { npsField, dimensions });
  if (!map.ok) throw new Error(map.error.message);
  return map.value;
};
const facts = (issue: unknown) => {
  const r = toTicketFacts(issue, fieldMap(), 0);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('field discovery', () => {
  it('finds the SLA, satisfaction and request type fields by schema.custom, whatever their ids', () => {
    const map = fieldMap();
    expect(map.sla).toEqual([
      { id: FIELD_IDS.slaResponse, name: 'Time to first response' },
      { id: FIELD_IDS.slaResolution, name: 'Time to resolution' },
    ]);
    expect(map.csat).toBe(FIELD_IDS.satisfaction);
    expect(map.requestType).toBe(FIELD_IDS.requestType);
    expect(map.nps).toEqual({ id: FIELD_IDS.nps, name: 'Likelihood to recommend' });
    expect(map.dimensions).toEqual([
      { name: 'Team', fieldId: FIELD_IDS.team },
      { name: 'labels', fieldId: 'labels' },
    ]);
  });

  it('refuses an unknown NPS field, a non-number NPS field and an unknown dimension by name', () => {
    const unknown = discoverFields(aFieldList(), { npsField: 'Loyalty', dimensions: [] });
    expect(!unknown.ok && unknown.error.message).toContain('"Loyalty"');
    const notNumber = discoverFields(aFieldList(), { npsField: 'Team', dimensions: [] });
    expect(!notNumber.ok && notNumber.error.code).toBe('CONFIG.NOT_A_NUMBER_FIELD');
    const dim = discoverFields(aFieldList(), { npsField: null, dimensions: ['Region'] });
    expect(!dim.ok && dim.error.message).toContain('"Region"');
  });
});

describe('ticket facts from Jira issue JSON', () => {
  it('honours the offset of created', () => {
    expect(facts(anIssue({ created: '2026-10-02T09:00:00.000+0800' })).createdAt).toBe(
      Date.parse('2026-10-02T01:00:00Z'),
    );
  });

  it('counts only public comments by agents: not internal notes, not the reporter, not customer accounts', () => {
    const issue = anIssue({
      reporter: aCustomer('cust-1'),
      comments: [
        aComment(aCustomer('cust-1'), '2026-10-02T09:05:00.000+0800'), // the reporter
        aComment(anAgent('agent-1'), '2026-10-02T09:10:00.000+0800', false), // internal note
        aComment(aCustomer('cust-2'), '2026-10-02T09:12:00.000+0800'), // another customer
        aComment(anAgent('agent-2'), '2026-10-02T09:40:00.000+0800'), // agent public reply
        aComment(anAgent('agent-1'), '2026-10-02T09:20:00.000+0800'), // earlier agent public reply, listed later
      ],
    });
    const f = facts(issue);
    expect(f.agentPublicReplies).toBe(2);
    expect(f.firstAgentReplyAt).toBe(Date.parse('2026-10-02T01:20:00Z'));
  });

  it('takes first resolved from the first history item setting the resolution, and collects clearings', () => {
    const f = facts(
      anIssue({
        resolutiondate: '2026-10-05T10:00:00.000+0800',
        histories: [
          resolutionSet('2026-10-05T10:00:00.000+0800'),
          resolutionCleared('2026-10-03T12:00:00.000+0800'),
          resolutionSet('2026-10-02T18:00:00.000+0800'),
        ],
      }),
    );
    expect(f.firstResolvedAt).toBe(Date.parse('2026-10-02T10:00:00Z'));
    expect(f.resolutionClearedAt).toEqual([Date.parse('2026-10-03T04:00:00Z')]);
  });

  it('falls back to resolutiondate when the changelog has no resolution item', () => {
    const f = facts(anIssue({ resolutiondate: '2026-10-04T08:00:00.000-0500' }));
    expect(f.firstResolvedAt).toBe(Date.parse('2026-10-04T13:00:00Z'));
    expect(f.resolutionClearedAt).toEqual([]);
  });

  it('does not mistake a resolution item without toString for a set resolution', () => {
    const cleared = {
      id: '1',
      created: '2026-10-03T00:00:00.000+0000',
      items: [{ field: 'resolution', to: null }],
    };
    const f = facts(anIssue({ histories: [resolutionSet('2026-10-02T00:00:00.000+0000'), cleared] }));
    expect(f.resolutionClearedAt).toEqual([Date.parse('2026-10-03T00:00:00Z')]);
  });

  it('reads SLA cycles, satisfaction, NPS, request type and dimensions', () => {
    const f = facts(
      anIssue({
        fields: {
          [FIELD_IDS.slaResponse]: {
            id: '1',
            name: 'Time to first response',
            completedCycles: [
              {
                startTime: slaDate('2026-10-02T01:00:00.000Z'),
                stopTime: slaDate('2026-10-02T01:30:00.000Z'),
                breachTime: slaDate('2026-10-02T02:00:00.000Z'),
                breached: false,
                goalDuration: { millis: 3600000 },
              },
            ],
          },
          [FIELD_IDS.slaResolution]: {
            id: '2',
            name: 'Time to resolution',
            completedCycles: [],
            ongoingCycle: {
              startTime: slaDate('2026-10-02T01:00:00.000Z'),
              breachTime: { iso8601: '2026-10-02T09:00:00+0800' },
              breached: true,
              paused: false,
            },
          },
          [FIELD_IDS.satisfaction]: { rating: 4 },
          [FIELD_IDS.nps]: 9,
          [FIELD_IDS.team]: { self: 'x', value: 'Logistics team', id: '1' },
          labels: ['vip', 'night'],
        },
      }),
    );
    expect(f.sla).toEqual([
      {
        name: 'Time to first response',
        completedCycles: [{ stopTime: Date.parse('2026-10-02T01:30:00Z'), breached: false }],
        ongoingCycle: null,
      },
      {
        name: 'Time to resolution',
        completedCycles: [],
        ongoingCycle: { breached: true, breachTime: Date.parse('2026-10-02T01:00:00Z') },
      },
    ]);
    expect([f.csatRating, f.npsScore, f.requestType]).toEqual([4, 9, 'Logistics enquiry']);
    expect(f.dimensions).toEqual({ Team: ['Logistics team'], labels: ['vip', 'night'] });
  });

  it('skips a malformed ticket with its key and a reason naming the problem', () => {
    const cases: [unknown, string][] = [
      [anIssue({ key: 'SUP-7', created: 'yesterday' }), 'fields.created'],
      [anIssue({ key: 'SUP-8', fields: { [FIELD_IDS.satisfaction]: { rating: 9 } } }), 'satisfaction'],
      [
        anIssue({
          key: 'SUP-9',
          fields: { [FIELD_IDS.slaResponse]: { completedCycles: [{ breached: 'no' }] } },
        }),
        'Time to first response',
      ],
      [anIssue({ key: 'SUP-10', fields: { [FIELD_IDS.nps]: 11 } }), 'Likelihood to recommend'],
      [
        { ...anIssue({ key: 'SUP-11' }), fields: { created: '2026-10-02T09:00:00.000+0800' } },
        'fields.project',
      ],
    ];
    for (const [issue, mention] of cases) {
      const r = toTicketFacts(issue, fieldMap(), 0);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.key).toBe((issue as { key: string }).key);
        expect(r.error.reason).toContain(mention);
      }
    }
  });

  it('names a ticket without a key by its position', () => {
    const r = toTicketFacts({ fields: {} }, fieldMap(), 41);
    expect(!r.ok && r.error.key).toBe('#42');
  });
});
