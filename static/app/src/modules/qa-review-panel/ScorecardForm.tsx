import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import TextArea from '@atlaskit/textarea';
import { token } from '@atlaskit/tokens';
import type { QaAnswer, ScorecardVersion } from '@contract/qa-schema';
import { useState } from 'react';
import { previewScore } from '@contract/qa-scoring';
import { answersGiven, criteriaOf, toAnswers, type AnswersDraft } from './answer-draft';
import { fill, nameIn, useQaMessages } from './messages';
import { ScaleInput } from './ScaleInput';

const subtle = { color: token('color.text.subtle'), fontSize: 12 } as const;

/**
 * The reviewer's scorecard: every criterion of the version with its scale, N/A where allowed and a
 * note; sent whole. While the reviewer answers, the score so far is previewed with the contract's
 * scoring (the server's own function); the stored result is the server's, shown once saved.
 */
export function ScorecardForm(props: {
  scorecard: ScorecardVersion;
  onSubmit: (answers: QaAnswer[], comment: string) => Promise<string | null>;
}) {
  const { m, locale } = useQaMessages();
  const { scorecard } = props;
  const [draft, setDraft] = useState<AnswersDraft>({});
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const all = criteriaOf(scorecard);
  const answered = all.filter(({ criterion }) => draft[criterion.id]?.value !== undefined).length;

  const set = (id: string, patch: Partial<{ value: number | null; note: string }>) => {
    setProblem(null);
    setDraft((d) => ({ ...d, [id]: { value: d[id]?.value, note: d[id]?.note ?? '', ...patch } }));
  };
  const submit = async () => {
    const checked = toAnswers(scorecard, draft);
    if (!checked.ok) {
      const names = all
        .filter(({ criterion }) => checked.missing.includes(criterion.id))
        .map(({ criterion }) => nameIn(criterion.name, locale));
      return setProblem(fill(m.unanswered, { names: names.join(locale === 'zh-CN' ? '、' : ', ') }));
    }
    setBusy(true);
    const refused = await props.onSubmit(checked.answers, comment.trim());
    setBusy(false);
    setProblem(refused);
  };

  return (
    <form
      aria-label={m.scorecard}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      style={{ display: 'grid', gap: 12 }}
    >
      <p style={{ margin: 0 }}>
        <strong>{nameIn(scorecard.name, locale)}</strong>{' '}
        <span style={subtle}>
          {fill(m.versionN, { n: scorecard.version })} · {fill(m.passMarkN, { n: scorecard.passMark })}
        </span>
      </p>
      {scorecard.sections.map((section) => (
        <fieldset
          key={section.id}
          style={{
            border: `1px solid ${token('color.border')}`,
            borderRadius: 6,
            padding: 8,
            margin: 0,
            minWidth: 0,
          }}
        >
          <legend style={{ fontWeight: 600, padding: '0 4px' }}>{nameIn(section.name, locale)}</legend>
          <div style={{ display: 'grid', gap: 12 }}>
            {section.criteria.map((criterion) => {
              const name = nameIn(criterion.name, locale);
              const guidance = nameIn(criterion.guidance, locale);
              return (
                <div
                  key={criterion.id}
                  data-criterion={criterion.id}
                  style={{ display: 'grid', gap: 4, minWidth: 0 }}
                >
                  <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap', alignItems: 'center' }}>
                    <span style={{ overflowWrap: 'anywhere' }}>{name}</span>
                    {criterion.critical && <Lozenge appearance="removed">{m.critical}</Lozenge>}
                    <span style={subtle}>{fill(m.weightN, { n: criterion.weight })}</span>
                  </div>
                  {guidance && <span style={subtle}>{guidance}</span>}
                  <ScaleInput
                    criterion={criterion}
                    label={name}
                    value={draft[criterion.id]?.value}
                    onChange={(value) => set(criterion.id, { value })}
                  />
                  <input
                    aria-label={`${m.note}: ${name}`}
                    placeholder={m.note}
                    value={draft[criterion.id]?.note ?? ''}
                    maxLength={1000}
                    onChange={(e) => set(criterion.id, { note: e.currentTarget.value })}
                    style={{
                      font: 'inherit',
                      padding: '4px 6px',
                      border: `1px solid ${token('color.border.input')}`,
                      borderRadius: 3,
                      background: token('color.background.input'),
                      color: token('color.text'),
                      minWidth: 0,
                    }}
                  />
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      <label style={{ display: 'grid', gap: 4 }}>
        <span style={{ fontWeight: 600, fontSize: 12 }}>{m.overallComment}</span>
        <TextArea value={comment} maxLength={4000} onChange={(e) => setComment(e.currentTarget.value)} />
      </label>
      <ScorePreviewBox scorecard={scorecard} draft={draft} />
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button appearance="primary" type="submit" isDisabled={busy}>
          {m.submitReview}
        </Button>
        <span role="status" style={subtle}>
          {fill(m.answeredN, { n: answered, total: all.length })}
        </span>
      </div>
      {problem && (
        <p role="alert" style={{ margin: 0, color: token('color.text.danger') }}>
          {problem}
        </p>
      )}
    </form>
  );
}

/** The score of the answers given so far, pass/fail against the pass mark and any critical criteria failed. */
function ScorePreviewBox(props: { scorecard: ScorecardVersion; draft: AnswersDraft }) {
  const { m, locale } = useQaMessages();
  const given = answersGiven(props.scorecard, props.draft);
  const preview = previewScore(props.scorecard, given);
  // The form offers only values on each criterion's scale, so a refusal cannot happen here.
  const score = preview.ok ? preview.value.score : null;
  const critical = score
    ? criteriaOf(props.scorecard)
        .filter(({ criterion }) => score.criticalFailed.includes(criterion.id))
        .map(({ criterion }) => nameIn(criterion.name, locale))
    : [];
  return (
    <section
      aria-label={m.previewTitle}
      data-preview-score={score ? score.score : ''}
      data-preview-passed={score ? String(score.passed) : ''}
      style={{
        display: 'grid',
        gap: 4,
        padding: 8,
        borderRadius: 6,
        background: token('color.background.neutral'),
      }}
    >
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <strong>{m.previewTitle}:</strong>
        {score ? (
          <>
            <span>{score.score.toLocaleString(locale)}</span>
            <Lozenge appearance={score.passed ? 'success' : 'removed'}>
              {score.passed ? m.previewPassing : m.previewFailing}
            </Lozenge>
            <span style={subtle}>{fill(m.passMarkN, { n: score.passMark })}</span>
          </>
        ) : (
          <span>{m.previewNone}</span>
        )}
      </div>
      {critical.length > 0 && (
        <span style={{ color: token('color.text.danger') }}>
          {m.criticalFailed}: {critical.join(locale === 'zh-CN' ? '、' : ', ')}
        </span>
      )}
      <span style={subtle}>{m.previewNote}</span>
    </section>
  );
}
