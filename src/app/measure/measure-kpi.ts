import { ok, type Result } from '../../domain/result';
import { kpiObservations, type KpiObservations } from '../../domain/check/kpi-observations';
import { kpiValue, observationCount } from '../../domain/check/kpi-value';
import type { ImprovableKpi, Measurement } from '../../domain/improvement/improvement';
import type { Period } from '../../domain/kpi/period';
import type { Scope } from '../../domain/improvement/improvement';
import type { KpiConfig } from '../../contract/kpi-config';
import type { JiraClient } from '../../jira/client';
import type { AppError } from '../app-error';
import { scopeTickets } from './scope-tickets';

/** A KPI over a window of a scope: the measurement to store and the observations the test needs. */
export interface MeasuredKpi {
  readonly measurement: Measurement;
  readonly observations: KpiObservations;
}

/** Measures a KPI over a window of a scope from the tickets themselves (a baseline is computed, never typed). */
export async function measureKpi(
  jira: JiraClient,
  scope: Scope,
  kpi: ImprovableKpi,
  slaName: string | null,
  window: Period,
  config: KpiConfig,
): Promise<Result<MeasuredKpi, AppError>> {
  const tickets = await scopeTickets(jira, scope, window, config);
  if (!tickets.ok) return tickets;
  const observations = kpiObservations(kpi, slaName, tickets.value.judged, window);
  return ok({
    measurement: {
      from: new Date(window.from).toISOString(),
      to: new Date(window.to).toISOString(),
      value: kpiValue(observations),
      observations: observationCount(observations),
    },
    observations,
  });
}
