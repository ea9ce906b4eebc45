import { DEFAULT_COMPOSITE_WEIGHTS } from '../../../src/domain/kpi/composite';
import { DEFAULT_KPI_OPTIONS } from '../../../src/domain/kpi/options';
import { buildKpiReport, type KpiReportParameters } from '../../../src/domain/kpi/report';
import { DEFAULT_TARGETS } from '../../../src/domain/kpi/targets';
import { timeZone } from '../../../src/domain/time/zone';
import { aTicket, at } from '../../support/ticket-builder';

const zone = timeZone('UTC');
if (!zone.ok) throw new Error('UTC');
const parameters: KpiReportParameters = {
  period: { from: at('2026-10-01T00:00:00Z'), to: at('2026-11-01T00:00:00Z') },
  zone: zone.value,
  options: DEFAULT_KPI_OPTIONS,
  targets: DEFAULT_TARGETS,
  weights: DEFAULT_COMPOSITE_WEIGHTS,
  dimensions: [],
  paretoDimension: 'requestType',
  npsEnabled: false,
};
const review = (issueKey: string, iso: string, passed: boolean) => ({
  issueKey,
  reviewedAt: at(iso),
  sampleKind: 'random' as const,
  passed,
});

describe('QA compliance in the KPI report', () => {
  it('joins the scorecard (target 95%) and the Quality dimension of the index', () => {
    // One FCR ticket resolved in October with one reply: FCR 100%; QA 2 of 3 passed.
    const resolved = aTicket({
      createdAt: at('2026-10-10T00:00:00Z'),
      firstAgentReplyAt: at('2026-10-10T00:01:00Z'),
      agentPublicReplies: 1,
      firstResolvedAt: at('2026-10-10T01:00:00Z'),
    });
    const report = buildKpiReport([resolved], {
      ...parameters,
      qaReviews: [
        review('SUP-1', '2026-10-02T00:00:00Z', true),
        review('SUP-2', '2026-10-03T00:00:00Z', true),
        review('SUP-3', '2026-10-04T00:00:00Z', false),
        review('SUP-4', '2026-09-20T00:00:00Z', true),
      ],
    });
    expect(report.qaCompliance).toBeCloseTo(2 / 3);
    const row = report.scorecard.find((r) => r.kpi === 'qaCompliance');
    expect(row?.target).toBe(0.95);
    expect(row?.actual).toBeCloseTo(2 / 3);
    expect(row?.gap).toBeCloseTo(2 / 3 - 0.95);
    expect(row?.meetsTarget).toBe(false);
    // September: one review, passed
    expect(row?.previous).toBe(1);
    // Quality = (FCR 100 × 15 + QA 100 × (2/3)/0.95 × 15) / 30
    const qaScore = (100 * (2 / 3)) / 0.95;
    expect(report.composite.indicators.qaCompliance?.score).toBeCloseTo(qaScore);
    expect(report.composite.dimensions.quality.score).toBeCloseTo((100 * 15 + qaScore * 15) / 30);
    expect(report.composite.omitted).not.toContain('qaCompliance');
  });

  it('leaves QA out of the index (no data) when no review falls in the period, and has no row without reviews', () => {
    const withNone = buildKpiReport([], { ...parameters, qaReviews: [] });
    expect(withNone.composite.omittedReasons.qaCompliance).toBe('no data');
    expect(withNone.scorecard.find((r) => r.kpi === 'qaCompliance')?.actual).toBeNull();
    const without = buildKpiReport([], parameters);
    expect(without.scorecard.find((r) => r.kpi === 'qaCompliance')).toBeUndefined();
  });
});
