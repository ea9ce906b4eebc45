import { jiraDate, jiraDuration } from './jira-time';
import type { JsmSlaValue } from './jsm-types';
import type { SlaCycleTimes, SlaOutcome } from './sla-clock';

/** Identity of one SLA metric of the service desk. */
export interface SlaMetric {
  id: string;
  name: string;
}

/** Renders an SLA outcome as the `sd-sla-field` value in issue JSON. */
export function renderSla(
  metric: SlaMetric,
  outcome: SlaOutcome,
  issueId: string,
  baseUrl: string,
  offsetMinutes: number,
): JsmSlaValue {
  const date = (ms: number): ReturnType<typeof jiraDate> => jiraDate(ms, offsetMinutes);
  const durations = (
    cycle: SlaCycleTimes,
  ): Pick<JsmSlaValue['completedCycles'][number], 'goalDuration' | 'elapsedTime' | 'remainingTime'> => ({
    goalDuration: jiraDuration(outcome.goalMs),
    elapsedTime: jiraDuration(cycle.elapsed),
    remainingTime: jiraDuration(outcome.goalMs - cycle.elapsed),
  });
  const value: JsmSlaValue = {
    id: metric.id,
    name: metric.name,
    _links: { self: `${baseUrl}/rest/servicedeskapi/request/${issueId}/sla/${metric.id}` },
    completedCycles: outcome.completed.map((cycle) => ({
      startTime: date(cycle.start),
      stopTime: date(cycle.stop ?? cycle.start),
      breachTime: date(cycle.breachAt),
      breached: cycle.breached,
      ...durations(cycle),
    })),
    slaDisplayFormat: 'NEW_SLA_FORMAT',
  };
  const ongoing = outcome.ongoing;
  if (ongoing) {
    value.ongoingCycle = {
      startTime: date(ongoing.start),
      breachTime: date(ongoing.breachAt),
      breached: ongoing.breached,
      paused: ongoing.paused,
      withinCalendarHours: false,
      ...durations(ongoing),
    };
  }
  return value;
}
