import {
  combineDimensions,
  compositeIndex,
  DEFAULT_COMPOSITE_WEIGHTS,
  indicatorScore,
} from '../../../src/domain/kpi/composite';
import { DEFAULT_TARGETS } from '../../../src/domain/kpi/targets';

describe('composite quality index', () => {
  it('reproduces the seed assessment: 82.3/79.5/75.2/77.0 at 20/30/40/10 give 78.09', () => {
    const { score, dimensions } = combineDimensions(
      { efficiency: 82.3, quality: 79.5, experience: 75.2, proactive: 77.0 },
      DEFAULT_COMPOSITE_WEIGHTS.dimensions,
    );
    expect(score).toBeCloseTo(78.09, 10);
    expect(dimensions.experience).toEqual({ score: 75.2, weight: 0.4 });
  });

  it('scales the remaining dimension weights up when a dimension has no data', () => {
    // without proactive: (82.3*20 + 79.5*30 + 75.2*40) / 90 = 7039 / 90
    const { score, dimensions } = combineDimensions(
      { efficiency: 82.3, quality: 79.5, experience: 75.2 },
      DEFAULT_COMPOSITE_WEIGHTS.dimensions,
    );
    expect(score).toBeCloseTo(7039 / 90, 10);
    expect(dimensions.proactive).toEqual({ score: null, weight: 0 });
    expect(dimensions.quality.weight).toBeCloseTo(30 / 90, 12);
  });

  it('scores indicators against targets in the direction that is better', () => {
    expect(indicatorScore('higher', 0.72, 0.8)).toBeCloseTo(90, 10);
    expect(indicatorScore('higher', 0.9, 0.8)).toBe(100);
    expect(indicatorScore('lower', 30_000, 15_000)).toBeCloseTo(50, 10);
    expect(indicatorScore('lower', 10_000, 15_000)).toBe(100);
    expect(indicatorScore('lower', 0, 15_000)).toBe(100);
    // NPS: (actual + 100) / (T + 100): (20 + 100) / (40 + 100)
    expect(indicatorScore('nps', 20, 40)).toBeCloseTo((120 / 140) * 100, 10);
    expect(indicatorScore('nps', -100, 40)).toBe(0);
  });

  it('leaves out indicators without data or target and rescales within and across dimensions', () => {
    const result = compositeIndex(
      {
        frtMedianMs: 30_000, // 50
        resolutionMedianMs: 3_600_000, // no target by default
        fcrRate: 0.72, // 90
        qaCompliance: null, // no data
        csatTop2box: 0.85, // 100
        nps: 20, // 85.714…
        repeatContactRate: 0.1, // no target by default
      },
      DEFAULT_TARGETS,
    );
    expect(result.omitted).toEqual(['resolutionMedianMs', 'qaCompliance', 'repeatContactRate']);
    expect(result.omittedReasons).toEqual({
      resolutionMedianMs: 'no target',
      qaCompliance: 'no data',
      repeatContactRate: 'no target',
    });
    const experience = (100 * 20 + (120 / 140) * 100 * 20) / 40;
    expect(result.dimensions.efficiency.score).toBeCloseTo(50, 10);
    expect(result.dimensions.quality.score).toBeCloseTo(90, 10);
    expect(result.dimensions.experience.score).toBeCloseTo(experience, 10);
    expect(result.dimensions.proactive).toEqual({ score: null, weight: 0 });
    // remaining dimension weights 20/30/40 out of 90
    expect(result.score).toBeCloseTo((50 * 20 + 90 * 30 + experience * 40) / 90, 10);
    expect(result.indicators.csatTop2box?.weight).toBeCloseTo((20 / 40) * (40 / 90), 12);
  });

  it('has no score when nothing can be scored', () => {
    const none = {
      frtMedianMs: null,
      resolutionMedianMs: null,
      fcrRate: null,
      qaCompliance: null,
      csatTop2box: null,
      nps: null,
      repeatContactRate: null,
    };
    expect(compositeIndex(none, DEFAULT_TARGETS).score).toBeNull();
  });
});
