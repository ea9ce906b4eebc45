import { DIMENSION_KEYS, INDICATOR_KEYS } from './draft';
import { Row, Section, TextInput } from './fields';
import { useAdminMessages } from './messages';
import type { SectionProps } from './section-props';

/** The weights of the composite index: its four dimensions and the indicators inside them. */
export function WeightsSection({ draft, change, errors }: SectionProps) {
  const m = useAdminMessages();
  return (
    <Section name="weights" title={m.weights} intro={m.weightsIntro}>
      <h4 style={{ margin: 0 }}>{m.dimensionWeights}</h4>
      <Row>
        {DIMENSION_KEYS.map((key) => (
          <TextInput
            key={key}
            path={`kpi.compositeWeights.dimensions.${key}`}
            label={m[key]}
            width={140}
            value={draft.dimensionWeights[key]}
            error={errors[`kpi.compositeWeights.dimensions.${key}`]}
            onChange={(v) => change((d) => ({ ...d, dimensionWeights: { ...d.dimensionWeights, [key]: v } }))}
          />
        ))}
      </Row>
      <h4 style={{ margin: 0 }}>{m.indicatorWeights}</h4>
      <Row>
        {INDICATOR_KEYS.map((key) => (
          <TextInput
            key={key}
            path={`kpi.compositeWeights.indicators.${key}`}
            label={m[key]}
            width={140}
            value={draft.indicatorWeights[key]}
            error={errors[`kpi.compositeWeights.indicators.${key}`]}
            onChange={(v) => change((d) => ({ ...d, indicatorWeights: { ...d.indicatorWeights, [key]: v } }))}
          />
        ))}
      </Row>
    </Section>
  );
}
