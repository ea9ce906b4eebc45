import type { Improvement } from '../../src/domain/improvement/improvement';
import { improvementSchema, type ImprovementRecord } from '../../src/contract/improvement-schema';

// Compile-time: a parsed record is a domain improvement, and both have the same fields.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const recordIsImprovement: ImprovementRecord extends Improvement ? true : false = true;
const sameFields: Same<keyof ImprovementRecord, keyof Improvement> = true;
const sameProblemFields: Same<keyof ImprovementRecord['problem'], keyof Improvement['problem']> = true;
const sameActionFields: Same<
  keyof ImprovementRecord['actions'][number],
  keyof Improvement['actions'][number]
> = true;
const sameCauseFields: Same<keyof ImprovementRecord['causes'][number], keyof Improvement['causes'][number]> =
  true;
const sameShape =
  recordIsImprovement && sameFields && sameProblemFields && sameActionFields && sameCauseFields;

describe('the improvement schema', () => {
  it('matches the domain model (checked by the compiler) and refuses a record without a stage', () => {
    expect(sameShape).toBe(true);
    expect(improvementSchema.safeParse({ key: 'SUP-1' }).success).toBe(false);
  });
});
