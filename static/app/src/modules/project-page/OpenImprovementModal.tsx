import Button from '@atlaskit/button/new';
import Modal, {
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalTitle,
  ModalTransition,
} from '@atlaskit/modal-dialog';
import TextArea from '@atlaskit/textarea';
import TextField from '@atlaskit/textfield';
import { useMemo, useState } from 'react';
import type { ResolverOutput } from '@contract/resolvers';
import { call } from '../../shared/api';
import { Problem } from '../../shared/states';
import { addDays, categoryLabel, lastDays, todayIn } from './format';
import { defaultTarget, kpiForCategory, toStoredTarget, type ImprovableKpi } from './kpi-target';
import KpiTargetFields from './KpiTargetFields';
import { fill, usePageMessages } from './messages';

type ProblemRow = ResolverOutput<'problems/list'>['problems'][number];

/** Opens an improvement for one Pareto category: statement, KPI, baseline window, target, review date, evidence. */
export default function OpenImprovementModal(props: {
  problem: ProblemRow;
  projectKey: string;
  timeZone: string;
  baselineDays: number;
  onClose: (openedKey: string | null) => void;
}) {
  const { problem, projectKey, timeZone, baselineDays, onClose } = props;
  const { m, locale } = usePageMessages();
  const label = categoryLabel(problem.name, locale, m);
  const [statement, setStatement] = useState(
    fill(m.statementDraft, {
      category: label,
      count: problem.count,
      customers: problem.affectedCustomers,
      n: baselineDays,
    }),
  );
  const [kpi, setKpi] = useState<ImprovableKpi>(kpiForCategory(problem.name));
  const [target, setTarget] = useState(defaultTarget(kpiForCategory(problem.name)));
  const [slaName, setSlaName] = useState('Time to resolution');
  const [reviewDate, setReviewDate] = useState(addDays(todayIn(timeZone), 30));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const baseline = useMemo(() => lastDays(baselineDays, timeZone), [baselineDays, timeZone]);
  const stored = toStoredTarget(kpi, target);

  const submit = async () => {
    if (stored === null || statement.trim() === '' || (kpi === 'slaCompliance' && slaName.trim() === ''))
      return;
    setBusy(true);
    setError(null);
    const answer = await call('improvement/open', {
      statement,
      scope: { projectKey, jql: null, dimensions: {} },
      kpi,
      slaName: kpi === 'slaCompliance' ? slaName.trim() : null,
      baselineFrom: baseline.from,
      baselineTo: baseline.to,
      timeZone,
      target: stored,
      reviewDate,
      evidence: problem.evidence.slice(0, 200),
    });
    setBusy(false);
    if (!answer.ok) return setError(answer.error.message);
    onClose(answer.data.key);
  };

  return (
    <ModalTransition>
      <Modal onClose={() => onClose(null)} width="medium" label={`${m.openImprovementFor} ${label}`}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <ModalHeader>
            <ModalTitle>
              {m.openImprovementFor} {label}
            </ModalTitle>
          </ModalHeader>
          <ModalBody>
            <div style={{ display: 'grid', gap: 12 }}>
              {error && <Problem message={error} />}
              <label>
                {m.statement}
                <TextArea
                  value={statement}
                  onChange={(e) => setStatement(e.currentTarget.value)}
                  maxLength={2000}
                  isRequired
                />
              </label>
              <KpiTargetFields
                kpi={kpi}
                target={target}
                slaName={slaName}
                onKpi={(k) => {
                  setKpi(k);
                  setTarget(defaultTarget(k));
                }}
                onTarget={setTarget}
                onSlaName={setSlaName}
              />
              <p style={{ margin: 0 }}>
                {m.baseline}: {baseline.from.slice(0, 10)} – {baseline.to.slice(0, 10)} (
                {fill(m.lastDays, { n: baselineDays })})
              </p>
              <label>
                {m.reviewDate}
                <TextField
                  type="date"
                  value={reviewDate}
                  onChange={(e) => setReviewDate(e.currentTarget.value)}
                  isRequired
                />
              </label>
              <p style={{ margin: 0, wordBreak: 'break-word' }}>
                {m.evidence} ({problem.evidence.length}): {problem.evidence.slice(0, 12).join(', ')}
                {problem.evidence.length > 12 && ' …'}
              </p>
            </div>
          </ModalBody>
          <ModalFooter>
            <Button appearance="subtle" onClick={() => onClose(null)} isDisabled={busy}>
              {m.cancel}
            </Button>
            <Button
              appearance="primary"
              type="submit"
              isDisabled={busy || stored === null || !/^\d{4}-\d{2}-\d{2}$/.test(reviewDate)}
            >
              {m.openImprovement}
            </Button>
          </ModalFooter>
        </form>
      </Modal>
    </ModalTransition>
  );
}
