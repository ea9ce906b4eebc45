/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';

const call = jest.fn();
jest.mock('../../../static/app/src/shared/api', () => ({ call: (...args: unknown[]) => call(...args) }));

import {
  blankScorecard,
  checkScorecard,
  checkConfig,
  fromConfig,
  STANDARD_SECTIONS,
  type ScorecardDraft,
} from '../../../static/app/src/modules/qa-scorecards/editor-draft';
import { ScorecardEditor } from '../../../static/app/src/modules/qa-scorecards/ScorecardEditor';
import { I18nContext, messagesFor } from '../../../static/app/src/shared/i18n';
import { criterion } from '../../support/scorecard-builder';

// The editor's words straight from the messages would make the test pass on any text: written out here.
const words = {
  required: 'Required',
  tooLong: (max: number) => `At most ${max} characters`,
  number: 'A number',
  between: (min: number, max: number) => `Between ${min} and ${max}`,
  atLeast: (min: number) => `At least ${min}`,
  atMost: (max: number) => `At most ${max}`,
  positive: 'More than 0',
  whole: 'A whole number',
  slug: 'slug',
  duplicateId: 'duplicate',
  atLeastOne: 'At least one',
  tooMany: (max: number) => `At most ${max}`,
  invalid: 'Not valid',
  projectKey: 'Project keys such as SUP',
};

/** A one-section draft that passes every check. */
const valid = (): ScorecardDraft => ({
  nameEn: 'Chat QA',
  nameZh: '在线质检',
  passMark: '85',
  failAtMost: '2',
  sections: [
    {
      id: 'greeting',
      nameEn: 'Greeting',
      nameZh: '开场问候',
      criteria: [
        {
          id: 'greet',
          nameEn: 'Greets',
          nameZh: '问候',
          guidanceEn: '',
          guidanceZh: '',
          weight: '10',
          scale: 'yesNo',
          critical: false,
          allowNa: true,
        },
        {
          id: 'correct',
          nameEn: 'Correct',
          nameZh: '正确',
          guidanceEn: 'complete',
          guidanceZh: '完整',
          weight: '2.5',
          scale: 'oneToFive',
          critical: true,
          allowNa: false,
        },
      ],
    },
  ],
});

describe('the scorecard draft checks (the contract’s schema)', () => {
  it('gives the definition exactly as typed when valid', () => {
    expect(checkScorecard(valid(), words)).toEqual({
      errors: {},
      definition: {
        name: { en: 'Chat QA', zhCN: '在线质检' },
        passMark: 85,
        failAtMost: 2,
        sections: [
          {
            id: 'greeting',
            name: { en: 'Greeting', zhCN: '开场问候' },
            criteria: [
              criterion('greet', ['Greets', '问候'], 10, 'yesNo', { allowNa: true }),
              criterion('correct', ['Correct', '正确'], 2.5, 'oneToFive', {
                guidance: { en: 'complete', zhCN: '完整' },
                critical: true,
              }),
            ],
          },
        ],
      },
    });
  });

  it('names every empty name of a new scorecard: the scorecard’s two and two per criterion', () => {
    const { definition, errors } = checkScorecard(blankScorecard(STANDARD_SECTIONS), words);
    expect(definition).toBeNull();
    expect(Object.keys(errors)).toHaveLength(2 + 6 * 2);
    expect(errors.nameEn).toBe('Required');
    expect(errors['sections.5.criteria.0.nameZh']).toBe('Required');
  });

  it('puts each problem on its field', () => {
    const d = valid();
    d.passMark = '120';
    d.failAtMost = '2.5';
    const [greet, correct] = d.sections[0]?.criteria ?? [];
    if (!greet || !correct) throw new Error('fixture');
    greet.weight = '0';
    greet.id = 'Greet Me';
    correct.weight = 'ten';
    expect(checkScorecard(d, words)).toEqual({
      definition: null,
      errors: {
        passMark: 'At most 100',
        failAtMost: 'A whole number',
        'sections.0.criteria.0.weight': 'More than 0',
        'sections.0.criteria.0.id': 'slug',
        'sections.0.criteria.1.weight': 'A number',
      },
    });
  });

  it('refuses a criterion id used twice, even across sections', () => {
    const d = valid();
    const first = d.sections[0];
    if (!first) throw new Error('fixture');
    const greet = first.criteria[0];
    if (!greet) throw new Error('fixture');
    d.sections.push({ ...first, id: 'closing', criteria: [{ ...greet, id: 'correct' }] });
    expect(checkScorecard(d, words).errors).toEqual({ 'sections.1.criteria.0.id': 'duplicate' });
  });

  it('checks the QA settings, the rate typed as a percentage', () => {
    const config = {
      schemaVersion: 1 as const,
      rate: 0.03,
      minPerAgent: 1,
      cadence: 'daily' as const,
      projects: ['SUP'],
      timeZone: 'Asia/Shanghai',
      targeted: { lowCsat: true, lowCsatMaxRating: 2, reopened: true, slaBreached: true, maxPerAgent: 2 },
      reviewerGroup: 'quality-managers',
      activeScorecardId: 'standard',
    };
    const draft = fromConfig(config);
    expect(draft.ratePercent).toBe('3');
    expect(checkConfig({ ...draft, ratePercent: '5', projects: 'SUP, OPS' }, words).config).toEqual({
      ...config,
      rate: 0.05,
      projects: ['SUP', 'OPS'],
    });
    expect(
      checkConfig({ ...draft, ratePercent: '150', projects: 'sup', minPerAgent: '1.5' }, words).errors,
    ).toEqual({
      ratePercent: 'Between 0 and 100',
      projects: 'Project keys such as SUP',
      minPerAgent: 'A whole number',
    });
  });
});

describe('the scorecard editor', () => {
  beforeEach(() => call.mockReset());
  const editor = (initial: ScorecardDraft) =>
    render(
      <ScorecardEditor
        id="scorecard-1"
        isNew
        initial={initial}
        nextVersion={1}
        onDone={jest.fn()}
        onChanged={jest.fn()}
      />,
    );

  it('says what to fix before saving and calls nothing', () => {
    editor(blankScorecard(STANDARD_SECTIONS));
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(screen.getByText('14 fields need fixing before saving.')).toBeTruthy();
    expect(document.querySelector('[data-error-for="qa.nameEn"]')?.textContent).toBe('Required');
    fireEvent.change(document.getElementById('ql-qa-sections-0-criteria-0-weight') as HTMLElement, {
      target: { value: '-1' },
    });
    expect(document.querySelector('[data-error-for="qa.sections.0.criteria.0.weight"]')?.textContent).toBe(
      'More than 0',
    );
    expect(call).not.toHaveBeenCalled();
  });

  it('saves the draft, then publishes it as the next version', async () => {
    call.mockImplementation(async (key: string) =>
      key === 'qa/scorecard/publish' ? { ok: true, data: { version: 1 } } : { ok: true, data: {} },
    );
    editor(valid());
    fireEvent.click(screen.getByRole('button', { name: 'Publish as version 1' }));
    await screen.findByText('Published version 1. Reviews already scored keep their own version.');
    expect(call.mock.calls.map(([key]) => key)).toEqual(['qa/scorecard/save', 'qa/scorecard/publish']);
    expect(call.mock.calls[0]?.[1]).toEqual({
      id: 'scorecard-1',
      definition: checkScorecard(valid(), words).definition,
    });
    expect(call.mock.calls[1]?.[1]).toEqual({ id: 'scorecard-1' });
  });

  it('shows the server’s refusal', async () => {
    call.mockResolvedValue({
      ok: false,
      error: { code: 'AUTH.FORBIDDEN', message: 'Only a Jira admin edits scorecards' },
    });
    editor(valid());
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText('Only a Jira admin edits scorecards');
    await waitFor(() => expect(call).toHaveBeenCalledTimes(1));
  });

  it('speaks Chinese', () => {
    render(
      <I18nContext.Provider value={messagesFor('zh_CN')}>
        <ScorecardEditor
          id="scorecard-1"
          isNew
          initial={blankScorecard(STANDARD_SECTIONS)}
          nextVersion={2}
          onDone={jest.fn()}
          onChanged={jest.fn()}
        />
      </I18nContext.Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(screen.getByText('有 14 处需要修改后才能保存。')).toBeTruthy();
    expect(screen.getByRole('button', { name: '发布为第 2 版' })).toBeTruthy();
    expect(document.querySelector('[data-error-for="qa.nameZh"]')?.textContent).toBe('必填');
  });
});
