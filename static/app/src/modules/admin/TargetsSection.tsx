import { TARGET_UNITS, type TargetKey } from './draft';
import { Row, Section, TextInput } from './fields';
import { useAdminMessages } from './messages';
import type { SectionProps } from './section-props';

/** The target of each KPI, in the unit people think in: minutes, hours, per cent, points. */
export function TargetsSection({ draft, change, errors }: SectionProps) {
  const m = useAdminMessages();
  return (
    <Section name="targets" title={m.targets} intro={m.targetsIntro}>
      <Row>
        {(Object.keys(TARGET_UNITS) as TargetKey[]).map((key) => {
          const unit = TARGET_UNITS[key].unit;
          return (
            <TextInput
              key={key}
              path={`kpi.targets.${key}`}
              label={m[key]}
              unit={unit ? m[unit] : undefined}
              value={draft.targets[key]}
              error={errors[`kpi.targets.${key}`]}
              onChange={(v) => change((d) => ({ ...d, targets: { ...d.targets, [key]: v } }))}
            />
          );
        })}
      </Row>
    </Section>
  );
}
