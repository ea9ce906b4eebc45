/** A JSM date object, as in SLA cycles and request status. */
export interface JiraDate {
  iso8601: string;
  jira: string;
  friendly: string;
  epochMillis: number;
}

/** A JSM duration object. */
export interface JiraDuration {
  millis: number;
  friendly: string;
}

/** A completed SLA cycle (`SlaInformationCompletedCycleDTO`). */
export interface JsmSlaCompletedCycle {
  startTime: JiraDate;
  stopTime: JiraDate;
  breachTime: JiraDate;
  breached: boolean;
  goalDuration: JiraDuration;
  elapsedTime: JiraDuration;
  remainingTime: JiraDuration;
}

/** The running SLA cycle (`SlaInformationOngoingCycleDTO`). */
export interface JsmSlaOngoingCycle {
  startTime: JiraDate;
  breachTime: JiraDate;
  breached: boolean;
  paused: boolean;
  withinCalendarHours: boolean;
  goalDuration: JiraDuration;
  elapsedTime: JiraDuration;
  remainingTime: JiraDuration;
}

/** The value of an `sd-sla-field` custom field in issue JSON. */
export interface JsmSlaValue {
  id: string;
  name: string;
  _links: { self: string };
  completedCycles: JsmSlaCompletedCycle[];
  ongoingCycle?: JsmSlaOngoingCycle;
  slaDisplayFormat: 'NEW_SLA_FORMAT';
}

/** The value of the `vp-origin` (Customer Request Type) custom field in issue JSON. */
export interface JsmRequestTypeValue {
  _links: { jiraRest: string; web: string; agent: string; self: string };
  requestType: {
    _expands: string[];
    id: string;
    _links: { self: string };
    name: string;
    description: string;
    issueTypeId: string;
    serviceDeskId: string;
    portalId: string;
    groupIds: string[];
  };
  currentStatus: {
    status: string;
    statusCategory: 'NEW' | 'INDETERMINATE' | 'DONE';
    statusDate: JiraDate;
  };
}

/** The value of the `sd-request-feedback` (Satisfaction) custom field. */
export interface JsmSatisfactionValue {
  rating: number;
}

/** A select-list option value, e.g. Team or Channel. */
export interface JiraOptionValue {
  self: string;
  value: string;
  id: string;
}
