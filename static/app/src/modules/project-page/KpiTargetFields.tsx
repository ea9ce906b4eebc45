import Select from '@atlaskit/select';
import TextField from '@atlaskit/textfield';
import { kpiLabel } from './format';
import { IMPROVABLE_KPIS, targetUnit, toStoredTarget, type ImprovableKpi } from './kpi-target';
import { fill, usePageMessages } from './messages';

type Option = { label: string; value: ImprovableKpi };

/** The KPI an improvement targets, the SLA it means (for SLA compliance) and the target in the KPI's unit. */
export default function KpiTargetFields(props: {
  kpi: ImprovableKpi;
  target: string;
  slaName: string;
  onKpi: (kpi: ImprovableKpi) => void;
  onTarget: (target: string) => void;
  onSlaName: (name: string) => void;
}) {
  const { kpi, target, slaName, onKpi, onTarget, onSlaName } = props;
  const { m } = usePageMessages();
  const options: Option[] = IMPROVABLE_KPIS.map((k) => ({ value: k, label: kpiLabel(k, m) }));
  const unit = targetUnit(kpi) === 'minutes' ? m.minutes : m.percent;
  return (
    <>
      <label htmlFor="ql-open-kpi">{m.kpi}</label>
      <Select<Option>
        inputId="ql-open-kpi"
        options={options}
        value={options.find((o) => o.value === kpi) ?? null}
        onChange={(o) => o && onKpi(o.value)}
      />
      {kpi === 'slaCompliance' && (
        <label>
          {m.slaName}
          <TextField value={slaName} onChange={(e) => onSlaName(e.currentTarget.value)} isRequired />
        </label>
      )}
      <label>
        {fill(m.targetIn, { unit })}
        <TextField
          type="number"
          min={0}
          step="any"
          value={target}
          onChange={(e) => onTarget(e.currentTarget.value)}
          isInvalid={toStoredTarget(kpi, target) === null}
          isRequired
        />
      </label>
    </>
  );
}
