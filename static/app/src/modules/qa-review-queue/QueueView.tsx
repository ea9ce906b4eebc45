import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { SampleRun } from '@contract/qa-schema';
import { useState } from 'react';
import { call } from '../../shared/api';
import { Loading, Problem } from '../../shared/states';
import IssueLink from '../project-page/IssueLink';
import { cellStyle, headStyle, scrollStyle, subtleText, tableStyle } from '../project-page/styles';
import { useResolver } from '../project-page/use-resolver';
import ViewToggle from '../project-page/ViewToggle';
import { fill } from '../qa-review-panel/messages';
import { useQueueMessages } from './messages';
import { completeDays, type PeriodViewProps } from './period';

type Show = 'open' | 'all';
type Kind = 'any' | 'random' | 'targeted';

/** The reviewer queue: sampled tickets (random or targeted, with why), and drawing a period's sample. */
export function QueueView({ projectKey, timeZone, days }: PeriodViewProps) {
  const { m, qa, locale } = useQueueMessages();
  const [show, setShow] = useState<Show>('open');
  const [kind, setKind] = useState<Kind>('any');
  const { state, reload } = useResolver('qa/queue', { projectKey, show, kind });
  const [run, setRun] = useState<SampleRun | null>(null);
  const [drawError, setDrawError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const draw = async () => {
    setBusy(true);
    setDrawError(null);
    const answer = await call('qa/sample/run', { projectKey, ...completeDays(days, timeZone) });
    setBusy(false);
    if (!answer.ok) return setDrawError(answer.error.message);
    setRun(answer.data);
    reload();
  };

  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'center' }}>
        <ViewToggle<Show>
          value={show}
          onChange={setShow}
          options={[
            { value: 'open', label: m.open },
            { value: 'all', label: m.all },
          ]}
        />
        <ViewToggle<Kind>
          value={kind}
          onChange={setKind}
          options={[
            { value: 'any', label: m.any },
            { value: 'random', label: m.random },
            { value: 'targeted', label: m.targeted },
          ]}
        />
        <Button appearance="primary" isDisabled={busy} onClick={() => void draw()}>
          {m.drawSample}
        </Button>
        <span style={subtleText}>{fill(m.drawFor, { n: days })}</span>
      </div>
      <div role="status" aria-live="polite">
        {run && (
          <p style={{ margin: 0 }}>
            {fill(m.drawn, { items: run.items.length, population: run.population, seed: run.seed })}
          </p>
        )}
      </div>
      {drawError && <Problem message={drawError} />}
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <Problem message={state.message} onRetry={reload} />}
      {state.status === 'ok' && state.data.items.length === 0 && <p style={{ margin: 0 }}>{m.noQueue}</p>}
      {state.status === 'ok' && state.data.items.length > 0 && (
        <div style={scrollStyle}>
          <table style={tableStyle} aria-label={m.queue}>
            <thead>
              <tr>
                <th style={headStyle}>{m.ticket}</th>
                <th style={headStyle}>{m.summary}</th>
                <th style={headStyle}>{m.kind}</th>
                <th style={headStyle}>{qa.agent}</th>
                <th style={headStyle}>{m.channel}</th>
                <th style={headStyle}>{m.resolvedAt}</th>
                <th style={headStyle}>{m.status}</th>
              </tr>
            </thead>
            <tbody>
              {state.data.items.map((item) => (
                <tr
                  key={`${item.sampleId}:${item.issueKey}`}
                  data-issue={item.issueKey}
                  data-kind={item.kind}
                  data-reviewed={item.reviewed}
                  data-agent={item.agent ?? ''}
                >
                  <td style={cellStyle}>
                    <IssueLink issueKey={item.issueKey} />
                  </td>
                  <td style={{ ...cellStyle, overflowWrap: 'anywhere' }}>{item.summary}</td>
                  <td style={cellStyle}>
                    <Lozenge appearance={item.kind === 'random' ? 'inprogress' : 'moved'}>
                      {item.kind === 'random' ? m.random : m.targeted}
                    </Lozenge>
                    {item.reasons.length > 0 && (
                      <div style={subtleText}>{item.reasons.map((r) => qa.reasons[r]).join(', ')}</div>
                    )}
                  </td>
                  <td style={cellStyle}>
                    {item.agent === null ? qa.unassigned : (state.data.people[item.agent] ?? item.agent)}
                  </td>
                  <td style={cellStyle}>{item.channel}</td>
                  <td style={cellStyle}>
                    {item.resolvedAt
                      ? new Date(item.resolvedAt).toLocaleDateString(locale, { timeZone })
                      : '—'}
                  </td>
                  <td style={cellStyle}>
                    {item.reviewed ? (
                      <Lozenge appearance="success">{m.reviewed}</Lozenge>
                    ) : (
                      <Lozenge>{m.toReview}</Lozenge>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
