import { qaFigures, type CountedReview } from '../../../src/domain/qa/compliance';

const at = (iso: string) => Date.parse(iso);
const r = (
  issueKey: string,
  reviewedAt: string,
  passed: boolean,
  sampleKind: CountedReview['sampleKind'] = 'random',
) => ({
  issueKey,
  reviewedAt: at(reviewedAt),
  sampleKind,
  passed,
});
const october = { from: at('2026-10-01T00:00:00Z'), to: at('2026-11-01T00:00:00Z') };

describe('QA compliance (话术规范度)', () => {
  it('is passed random-sample reviews over random-sample reviews in the period', () => {
    const figures = qaFigures(
      [
        r('S-1', '2026-10-02T00:00:00Z', true),
        r('S-2', '2026-10-03T00:00:00Z', true),
        r('S-3', '2026-10-31T23:59:59Z', false),
        r('S-4', '2026-10-05T00:00:00Z', false, 'targeted'),
        r('S-5', '2026-10-05T00:00:00Z', true, 'targeted'),
        r('S-6', '2026-10-06T00:00:00Z', false, 'adHoc'),
        r('S-7', '2026-11-01T00:00:00Z', false),
        r('S-8', '2026-09-30T23:59:59Z', false),
      ],
      october,
    );
    expect(figures).toEqual({
      reviews: 3,
      passed: 2,
      compliance: 2 / 3,
      targeted: { reviews: 2, passed: 1 },
    });
  });

  it('counts a ticket once, by its first review (a calibration review does not count again)', () => {
    const figures = qaFigures(
      [r('S-1', '2026-10-04T00:00:00Z', false), r('S-1', '2026-10-02T00:00:00Z', true)],
      october,
    );
    expect(figures).toMatchObject({ reviews: 1, passed: 1, compliance: 1 });
  });

  it('is null, not 0, with no random-sample review in the period', () => {
    expect(qaFigures([r('S-1', '2026-10-02T00:00:00Z', false, 'targeted')], october).compliance).toBeNull();
  });
});
