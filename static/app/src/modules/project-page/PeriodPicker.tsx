import Select from '@atlaskit/select';
import { useId } from 'react';
import { fill, usePageMessages } from './messages';
import { subtleText } from './styles';

type Option = { label: string; value: number };

/** Picks the report period: the last 7, 14 or 30 days, stating the time zone it is counted in. */
export default function PeriodPicker({
  days,
  timeZone,
  onChange,
}: {
  days: number;
  timeZone: string;
  onChange: (days: number) => void;
}) {
  const { m } = usePageMessages();
  const id = useId();
  const options: Option[] = [7, 14, 30].map((n) => ({ value: n, label: fill(m.lastDays, { n }) }));
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
      <label htmlFor={id}>{m.period}</label>
      <div style={{ minWidth: 160 }}>
        <Select<Option>
          inputId={id}
          options={options}
          value={options.find((o) => o.value === days) ?? null}
          onChange={(o) => o && onChange(o.value)}
          isSearchable={false}
        />
      </div>
      <span style={subtleText}>
        {m.timeZoneNote}: {timeZone}
      </span>
    </div>
  );
}
