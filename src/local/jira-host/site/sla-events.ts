import { z } from 'zod';
import { jiraDate, jiraDuration } from '../../seed/jira-time';

const SLA_FIELD_TYPE = 'com.atlassian.servicedesk:sd-sla-field';

const slaValue = z.looseObject({
  name: z.string(),
  completedCycles: z.array(z.unknown()).default([]),
  ongoingCycle: z
    .looseObject({
      startTime: z.looseObject({ epochMillis: z.number() }),
      breachTime: z.looseObject({ epochMillis: z.number() }).optional(),
      goalDuration: z.looseObject({ millis: z.number() }).optional(),
      paused: z.boolean().optional(),
    })
    .nullish(),
});

/** What happened to a request, as JSM's SLA conditions see it. */
export type SlaEvent = 'publicAgentReply' | 'resolved' | 'reopened';

/** Which SLA each event stops or starts, by SLA name (JSM's default goals for a new service project). */
const STOPS: Readonly<Record<SlaEvent, readonly string[]>> = {
  publicAgentReply: ['Time to first response'],
  resolved: ['Time to first response', 'Time to resolution'],
  reopened: [],
};
const STARTS: Readonly<Record<SlaEvent, readonly string[]>> = {
  publicAgentReply: [],
  resolved: [],
  reopened: ['Time to resolution'],
};

/**
 * Applies an event to the SLA fields of an issue's field values: the ongoing cycle of an SLA the
 * event stops becomes a completed cycle (breached if stopped after its breach time); an SLA the
 * event starts gets a new ongoing cycle with the goal of its last cycle.
 */
export function applySlaEvent(
  fields: Record<string, unknown>,
  slaFieldIds: readonly string[],
  event: SlaEvent,
  at: number,
  offsetMinutes: number,
): Record<string, unknown> {
  const next = { ...fields };
  for (const id of slaFieldIds) {
    const parsed = slaValue.safeParse(fields[id]);
    if (!parsed.success) continue;
    const sla = parsed.data;
    const ongoing = sla.ongoingCycle;
    if (STOPS[event].includes(sla.name) && ongoing) {
      const goal = ongoing.goalDuration?.millis ?? 0;
      const elapsed = at - ongoing.startTime.epochMillis;
      const breachAt = ongoing.breachTime?.epochMillis ?? ongoing.startTime.epochMillis + goal;
      const completed = {
        startTime: ongoing.startTime,
        stopTime: jiraDate(at, offsetMinutes),
        breachTime: jiraDate(breachAt, offsetMinutes),
        breached: at > breachAt,
        goalDuration: jiraDuration(goal),
        elapsedTime: jiraDuration(elapsed),
        remainingTime: jiraDuration(goal - elapsed),
      };
      const { ongoingCycle: _stopped, ...rest } = sla;
      next[id] = { ...rest, completedCycles: [...sla.completedCycles, completed] };
    } else if (STARTS[event].includes(sla.name) && !ongoing) {
      const goal = lastGoal(sla.completedCycles) ?? 24 * 3_600_000;
      next[id] = {
        ...sla,
        ongoingCycle: {
          startTime: jiraDate(at, offsetMinutes),
          breachTime: jiraDate(at + goal, offsetMinutes),
          breached: false,
          paused: false,
          withinCalendarHours: true,
          goalDuration: jiraDuration(goal),
          elapsedTime: jiraDuration(0),
          remainingTime: jiraDuration(goal),
        },
      };
    }
  }
  return next;
}

/** Field ids whose schema is JSM's SLA type. */
export function slaFieldIds(fields: readonly Record<string, unknown>[]): string[] {
  const field = z.looseObject({
    id: z.string(),
    schema: z.looseObject({ custom: z.string().optional() }).optional(),
  });
  return fields.flatMap((f) => {
    const parsed = field.safeParse(f);
    return parsed.success && parsed.data.schema?.custom === SLA_FIELD_TYPE ? [parsed.data.id] : [];
  });
}

function lastGoal(cycles: readonly unknown[]): number | null {
  const cycle = z
    .looseObject({ goalDuration: z.looseObject({ millis: z.number() }) })
    .safeParse(cycles[cycles.length - 1]);
  return cycle.success ? cycle.data.goalDuration.millis : null;
}
