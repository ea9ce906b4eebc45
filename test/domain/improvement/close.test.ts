import { close, type ClosePayload } from '../../../src/domain/improvement/close';
import { STAGES } from '../../../src/domain/improvement/improvement';
import { recordCheck } from '../../../src/domain/improvement/record-check';
import { aCheck, anImprovementAt, at, codeOf, messageOf, must } from './fixtures';

const { checkedBy: _by, checkedAt: _at, ...checkPayload } = aCheck();
const checked = (verdict = aCheck().verdict) =>
  must(recordCheck(anImprovementAt('checking'), { ...checkPayload, verdict }, 'ann', at(40)));
const successful: ClosePayload = { code: 'successful', standard: ' KB-101 Night staffing ', learnings: '' };

describe('closing an improvement', () => {
  it.each(['effective', 'improved'] as const)(
    'closes as successful on an %s verdict with a standard',
    (verdict) => {
      const next = must(close(checked(verdict), successful, 'ann', at(50)));
      expect(next.stage).toBe('closed');
      expect(next.closure).toEqual({
        code: 'successful',
        standard: 'KB-101 Night staffing',
        learnings: '',
        closedBy: 'ann',
        closedAt: at(50),
      });
    },
  );

  it.each(['not-effective', 'inconclusive'] as const)('refuses success on an %s verdict', (verdict) => {
    const result = close(checked(verdict), successful, 'ann', at(50));
    expect(codeOf(result)).toBe('IMPROVEMENT.NOT_EFFECTIVE');
  });

  it('needs the SOP or KB article for success', () => {
    expect(codeOf(close(checked(), { ...successful, standard: ' ' }, 'ann', at(50)))).toBe(
      'IMPROVEMENT.NO_STANDARD',
    );
  });

  it('needs a recorded check, naming everything else missing too', () => {
    const result = close(anImprovementAt('checking'), { ...successful, standard: null }, 'ann', at(50));
    expect(codeOf(result)).toBe('IMPROVEMENT.NO_CHECK');
    expect(messageOf(result)).toBe(
      'No effectiveness check is recorded — record the check first; Link the SOP or knowledge-base article the fix became',
    );
  });

  it('closes as unsuccessful after a check, with learnings', () => {
    const unsuccessful: ClosePayload = {
      code: 'unsuccessful',
      standard: null,
      learnings: 'Staffing alone did not help',
    };
    expect(must(close(checked('not-effective'), unsuccessful, 'ann', at(50))).closure?.code).toBe(
      'unsuccessful',
    );
    expect(codeOf(close(checked('not-effective'), { ...unsuccessful, learnings: ' ' }, 'ann', at(50)))).toBe(
      'IMPROVEMENT.NEEDS_LEARNINGS',
    );
    expect(codeOf(close(anImprovementAt('checking'), unsuccessful, 'ann', at(50)))).toBe(
      'IMPROVEMENT.NO_CHECK',
    );
  });

  it.each(STAGES.filter((s) => s !== 'closed'))('withdraws from %s with learnings', (stage) => {
    const withdrawn: ClosePayload = { code: 'withdrawn', standard: null, learnings: 'Duplicate of SUP-50' };
    const next = must(close(anImprovementAt(stage), withdrawn, 'pat', at(50)));
    expect(next.stage).toBe('closed');
    expect(next.closure?.code).toBe('withdrawn');
    expect(codeOf(close(anImprovementAt(stage), { ...withdrawn, learnings: '' }, 'pat', at(50)))).toBe(
      'IMPROVEMENT.NEEDS_LEARNINGS',
    );
  });

  it('closes only once', () => {
    const closed = anImprovementAt('closed');
    expect(codeOf(close(closed, { code: 'withdrawn', standard: null, learnings: 'x' }, 'ann', at(60)))).toBe(
      'IMPROVEMENT.WRONG_STAGE',
    );
  });
});
