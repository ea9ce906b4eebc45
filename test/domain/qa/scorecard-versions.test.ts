import { checkDefinition, nextVersion } from '../../../src/domain/qa/scorecard-versions';
import { card } from './qa-fixtures';

describe('QA scorecard versions', () => {
  it('numbers a new version after the highest published one', () => {
    expect(nextVersion([])).toBe(1);
    expect(nextVersion([1, 2])).toBe(3);
    expect(nextVersion([3, 1])).toBe(4);
  });

  it('refuses criterion ids used twice across sections and sections used twice', () => {
    const c = card();
    const dupCriterion = {
      ...c,
      sections: [...c.sections, { ...c.sections[0]!, id: 'closing' }],
    };
    const a = checkDefinition(dupCriterion);
    expect(!a.ok && a.error.message).toContain('criterion id "g1" is used twice');
    const dupSection = { ...c, sections: [...c.sections, { ...c.sections[0]!, criteria: [] }] };
    const b = checkDefinition(dupSection);
    expect(!b.ok && b.error.message).toContain('section id "greeting" is used twice');
    expect(checkDefinition(c).ok).toBe(true);
  });
});
