import {
  answersAgree,
  calibrateTicket,
  summariseCalibration,
  type CalibrationCriterion,
} from '../../../src/domain/qa/calibration';
import { answers } from './qa-fixtures';

const criteria = new Map<string, CalibrationCriterion>([
  ['g1', { name: { en: 'g1', zhCN: 'g1' }, scale: 'yesNo' }],
  ['a1', { name: { en: 'a1', zhCN: 'a1' }, scale: 'oneToFive' }],
  ['e1', { name: { en: 'e1', zhCN: 'e1' }, scale: 'oneToFive' }],
  ['p1', { name: { en: 'p1', zhCN: 'p1' }, scale: 'yesNo' }],
]);
const review = (reviewer: string, score: number, passed: boolean, a: ReturnType<typeof answers>) => ({
  reviewer,
  version: 1,
  score,
  passed,
  answers: a,
});

describe('QA calibration', () => {
  it('agrees on yes/no only when equal, on ratings within one point, on N/A only with N/A', () => {
    expect(answersAgree('yesNo', 1, 1)).toBe(true);
    expect(answersAgree('yesNo', 1, 0)).toBe(false);
    expect(answersAgree('oneToFive', 4, 5)).toBe(true);
    expect(answersAgree('oneToFive', 3, 5)).toBe(false);
    expect(answersAgree('oneToFive', null, null)).toBe(true);
    expect(answersAgree('oneToFive', null, 3)).toBe(false);
  });

  it('gives two reviewers agreement per criterion, overall, on pass/fail and the score difference', () => {
    const ticket = calibrateTicket(
      [review('r1', 95, true, answers(1, 5, 4, 1)), review('r2', 67.5, false, answers(0, 4, 2, 1))],
      criteria,
    );
    // g1 1 vs 0: no; a1 5 vs 4: yes; e1 4 vs 2: no; p1 1 vs 1: yes → 2 of 4
    expect(ticket.criteria.map((c) => [c.criterionId, c.agreement])).toEqual([
      ['g1', 0],
      ['a1', 1],
      ['e1', 0],
      ['p1', 1],
    ]);
    expect(ticket.criterionAgreement).toBe(0.5);
    expect(ticket.passAgreement).toBe(0);
    expect(ticket.scoreDifference).toBe(27.5);
  });

  it('counts reviewer pairs with three reviewers', () => {
    const ticket = calibrateTicket(
      [
        review('r1', 95, true, answers(1, 5, 4, 1)),
        review('r2', 67.5, false, answers(0, 4, 2, 1)),
        review('r3', 83.33, true, answers(1, 3, null, 1)),
      ],
      criteria,
    );
    const by = Object.fromEntries(ticket.criteria.map((c) => [c.criterionId, c.agreement]));
    // g1: (1,0) no (1,1) yes (0,1) no → 1/3; a1: (5,4) yes (5,3) no (4,3) yes → 2/3; e1: none agree; p1: all
    expect(by.g1).toBeCloseTo(1 / 3);
    expect(by.a1).toBeCloseTo(2 / 3);
    expect(by.e1).toBe(0);
    expect(by.p1).toBe(1);
    expect(ticket.criterionAgreement).toBeCloseTo((1 / 3 + 2 / 3 + 0 + 1) / 4);
    // pass: (T,F) no, (T,T) yes, (F,T) no → 1/3
    expect(ticket.passAgreement).toBeCloseTo(1 / 3);
    expect(ticket.scoreDifference).toBe(27.5);
  });

  it('pools tickets: pairs agreeing over pairs compared, per criterion and overall', () => {
    const t1 = calibrateTicket(
      [review('r1', 95, true, answers(1, 5, 4, 1)), review('r2', 67.5, false, answers(0, 4, 2, 1))],
      criteria,
    );
    const t2 = calibrateTicket(
      [review('r1', 100, true, answers(1, 5, 5, 1)), review('r2', 97.5, true, answers(1, 5, 4, 1))],
      criteria,
    );
    const summary = summariseCalibration([t1, t2]);
    expect(summary.byCriterion.map((c) => [c.criterionId, c.agreement, c.pairs])).toEqual([
      ['g1', 0.5, 2],
      ['a1', 1, 2],
      ['e1', 0.5, 2],
      ['p1', 1, 2],
    ]);
    // 6 of 8 criterion pairs agree; 1 of 2 reviewer pairs agree on pass; differences 27.5 and 2.5
    expect(summary.overall).toEqual({
      tickets: 2,
      criterionAgreement: 0.75,
      passAgreement: 0.5,
      meanScoreDifference: 15,
    });
  });
});
