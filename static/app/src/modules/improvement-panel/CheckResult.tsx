import Lozenge from '@atlaskit/lozenge';
import type { ImprovementRecord } from '@contract/improvement-schema';
import { Field } from './Field';
import { formatDate, formatInstant } from './format';
import { useTimeZone } from './time-zone';
import { usePanelMessages, type PanelMessages } from './messages';

type Check = NonNullable<ImprovementRecord['check']>;

const VERDICT: Record<
  Check['verdict'],
  { label: keyof PanelMessages; look: 'success' | 'inprogress' | 'removed' | 'default' }
> = {
  effective: { label: 'verdictEffective', look: 'success' },
  improved: { label: 'verdictImproved', look: 'inprogress' },
  'not-effective': { label: 'verdictNotEffective', look: 'removed' },
  inconclusive: { label: 'verdictInconclusive', look: 'default' },
};

/** The significance test of a check: statistic, p-value, α, target met and the verdict. */
export function CheckResult({ check }: { check: Check }) {
  const { m, locale } = usePanelMessages();
  const tz = useTimeZone();
  const v = VERDICT[check.verdict];
  const symbol = check.test === 'two-proportion-z' ? 'z' : 'U';
  return (
    <dl style={{ display: 'grid', gap: 6, margin: 0, padding: 0 }}>
      <Field label={m.window}>
        {formatDate(check.after.from, locale, tz)} – {formatDate(check.after.to, locale, tz)}
      </Field>
      <Field label={m.test}>
        {check.test === 'two-proportion-z' ? 'Two-proportion z-test' : 'Mann–Whitney U'} · {symbol} ={' '}
        {check.statistic === null ? '—' : check.statistic.toFixed(3)}
      </Field>
      <Field label={m.pValue}>
        {check.pValue === null ? '—' : check.pValue < 0.0001 ? '< 0.0001' : check.pValue.toFixed(4)} (
        {m.alpha} = {check.alpha})
      </Field>
      <Field label={m.targetMet}>{check.targetMet ? m.yes : m.no}</Field>
      <Field label={m.check}>
        <Lozenge appearance={v.look} isBold>
          {String(m[v.label])}
        </Lozenge>{' '}
        {check.checkedBy} · {formatInstant(check.checkedAt, locale, tz)}
      </Field>
    </dl>
  );
}
