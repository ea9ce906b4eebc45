import VisuallyHidden from '@atlaskit/visually-hidden';
import { Loading, Problem } from '../../shared/states';
import { badColor, cellStyle, goodColor, headStyle, numStyle, tableStyle } from '../project-page/styles';
import type { GadgetConfig } from './config';
import { formatDelta, formatValue, kpiLabel, lastDays } from './format';
import { useGadgetMessages } from './messages';
import { useGadgetData } from './use-gadget-data';

/** The scorecard gadget's body: the composite index and every KPI with its change (one `kpi/report` call). */
export default function ScorecardView({ config, timeZone }: { config: GadgetConfig; timeZone: string }) {
  const { m, locale } = useGadgetMessages();
  const { state, reload } = useGadgetData(
    'kpi/report',
    () => ({ projectKey: config.projectKey, timeZone, ...lastDays(config.days, timeZone) }),
    config.refreshMinutes,
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <Problem message={state.message} onRetry={reload} />;
  const { scorecard, composite, volume } = state.data;
  if (volume.created + volume.resolved === 0) return <p>{m.empty}</p>;
  const rows = scorecard.filter((r) => r.kpi !== 'compositeIndex');
  return (
    <>
      <p style={{ margin: '0 0 8px', fontSize: 14 }}>
        {m.composite}:{' '}
        <strong style={{ fontSize: 20 }}>{formatValue('points', composite.score, locale, m.noData)}</strong>
      </p>
      <table style={{ ...tableStyle, fontSize: 13, tableLayout: 'fixed' }}>
        <thead>
          <tr>
            <th style={{ ...headStyle, width: '46%' }}>{m.kpi}</th>
            <th style={{ ...headStyle, textAlign: 'right' }}>{m.actual}</th>
            <th style={{ ...headStyle, textAlign: 'right' }}>{m.change}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.kpi}>
              <th scope="row" style={{ ...cellStyle, fontWeight: 400, overflowWrap: 'anywhere' }}>
                {kpiLabel(row.kpi, m)}
              </th>
              <td style={{ ...numStyle, whiteSpace: 'normal' }}>
                <span
                  style={{
                    color: row.meetsTarget === null ? undefined : row.meetsTarget ? goodColor() : badColor(),
                    fontWeight: row.meetsTarget === null ? 400 : 600,
                  }}
                >
                  {formatValue(row.unit, row.actual, locale, m.noData)}
                </span>
                {row.meetsTarget !== null && (
                  <VisuallyHidden>{row.meetsTarget ? m.met : m.belowTarget}</VisuallyHidden>
                )}
              </td>
              <td style={{ ...numStyle, whiteSpace: 'normal' }}>
                {formatDelta(row.unit, row.change, locale, m)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
