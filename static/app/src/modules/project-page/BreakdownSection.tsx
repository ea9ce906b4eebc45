import Select from '@atlaskit/select';
import { useId, useState } from 'react';
import type { ResolverOutput } from '@contract/resolvers';
import { Loading, Problem } from '../../shared/states';
import BreakdownTable from './BreakdownTable';
import { usePageMessages } from './messages';
import { useResolver } from './use-resolver';

type Report = ResolverOutput<'kpi/report'>;
type Option = { label: string; value: Dimension };
type Dimension = 'requestType' | 'assignee' | 'hourOfDay';
export const FIRST_DIMENSION: Dimension = 'requestType';

/** The period's figures broken down by a chosen dimension; another dimension re-calls `kpi/report`. */
export default function BreakdownSection({
  initial,
  request,
}: {
  initial: Report['breakdown'];
  request: { projectKey: string; from: string; to: string; timeZone: string };
}) {
  const { m } = usePageMessages();
  const id = useId();
  const [dimension, setDimension] = useState<Dimension>(FIRST_DIMENSION);
  const { state, reload } = useResolver(
    'kpi/report',
    dimension === FIRST_DIMENSION ? null : { ...request, breakdownBy: dimension },
  );
  const options: Option[] = [
    { value: 'requestType', label: m.requestType },
    { value: 'assignee', label: m.assignee },
    { value: 'hourOfDay', label: m.hourOfDay },
  ];
  const body =
    dimension === FIRST_DIMENSION ? (
      <BreakdownTable rows={initial} dimensionLabel={m.requestType} />
    ) : state.status === 'loading' ? (
      <Loading />
    ) : state.status === 'error' ? (
      <Problem message={state.message} onRetry={reload} />
    ) : (
      <BreakdownTable
        rows={state.data.breakdown}
        dimensionLabel={options.find((o) => o.value === dimension)?.label ?? dimension}
      />
    );
  return (
    <section aria-labelledby={`${id}-h`}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', marginBottom: 8 }}>
        <h3 id={`${id}-h`} style={{ margin: 0 }}>
          <label htmlFor={id}>{m.breakdownBy}</label>
        </h3>
        <div style={{ minWidth: 180 }}>
          <Select<Option>
            inputId={id}
            options={options}
            value={options.find((o) => o.value === dimension) ?? null}
            onChange={(o) => o && setDimension(o.value)}
            isSearchable={false}
          />
        </div>
      </div>
      {body}
    </section>
  );
}
