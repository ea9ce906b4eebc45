import Button from '@atlaskit/button/new';
import { usePageMessages } from './messages';

/** Switches a chart between its picture and its accessible table; each choice is a pressed/unpressed button. */
export default function ViewToggle<V extends string>({
  value,
  options,
  onChange,
}: {
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V) => void;
}) {
  const { m } = usePageMessages();
  return (
    <div role="group" aria-label={m.view} style={{ display: 'flex', gap: 4 }}>
      {options.map((o) => (
        <Button
          key={o.value}
          isSelected={o.value === value}
          aria-pressed={o.value === value}
          onClick={() => onChange(o.value)}
          spacing="compact"
        >
          {o.label}
        </Button>
      ))}
    </div>
  );
}

/** The chart-or-table switch every chart offers, so its accessible table is one click away. */
export function ChartTableToggle({
  value,
  onChange,
  labels,
}: {
  value: 'chart' | 'table';
  onChange: (value: 'chart' | 'table') => void;
  labels: { chart: string; table: string };
}) {
  return (
    <ViewToggle
      value={value}
      onChange={onChange}
      options={[
        { value: 'chart', label: labels.chart },
        { value: 'table', label: labels.table },
      ]}
    />
  );
}
