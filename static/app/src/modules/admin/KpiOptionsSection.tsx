import { FLAG_KEYS, OPTION_DEFAULTS, type OptionKey } from './draft';
import { Check, Row, Section, TextInput } from './fields';
import { useAdminMessages } from './messages';
import type { SectionProps } from './section-props';

/** How the KPIs are judged: reopen and repeat windows, first-contact-resolution rules, low CSAT. */
export function KpiOptionsSection({ draft, change, errors }: SectionProps) {
  const m = useAdminMessages();
  const option = (key: OptionKey, unit: string) => (
    <TextInput
      path={`kpi.${key}`}
      label={m[key]}
      unit={unit}
      value={key === 'fcrMaxAgentReplies' && draft.noReplyLimit ? '' : draft.options[key]}
      isDisabled={key === 'fcrMaxAgentReplies' && draft.noReplyLimit}
      placeholder={m.defaultIs(String(OPTION_DEFAULTS[key]))}
      error={errors[`kpi.${key}`]}
      onChange={(v) => change((d) => ({ ...d, options: { ...d.options, [key]: v } }))}
    />
  );
  return (
    <Section name="kpi" title={m.kpiOptions}>
      <Row>
        {option('reopenWindowDays', m.days)}
        {option('repeatWindowHours', m.hours)}
        {option('lowCsatMaxRating', m.stars)}
      </Row>
      <Row>
        {option('fcrMaxAgentReplies', m.replies)}
        <div style={{ paddingTop: 26 }}>
          <Check
            label={m.noLimit}
            checked={draft.noReplyLimit}
            onChange={(noReplyLimit) => change((d) => ({ ...d, noReplyLimit }))}
          />
        </div>
      </Row>
      {FLAG_KEYS.map((key) => (
        <Check
          key={key}
          label={m[key]}
          checked={draft.flags[key]}
          onChange={(v) => change((d) => ({ ...d, flags: { ...d.flags, [key]: v } }))}
        />
      ))}
    </Section>
  );
}
