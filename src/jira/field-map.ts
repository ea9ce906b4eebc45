import { err, ok, type Result } from '../domain/result';
import { HOUR_OF_DAY } from '../domain/kpi/dimensions';
import type { JiraField } from './schemas/field';

export const SLA_FIELD_TYPE = 'com.atlassian.servicedesk:sd-sla-field';
export const CSAT_FIELD_TYPE = 'com.atlassian.servicedesk:sd-request-feedback';
export const REQUEST_TYPE_FIELD_TYPE = 'com.atlassian.servicedesk:vp-origin';

/** Dimensions read from system fields, by the names the configuration uses. */
const SYSTEM_DIMENSIONS: Readonly<Record<string, string>> = {
  assignee: 'assignee',
  priority: 'priority',
  status: 'status',
  components: 'components',
  labels: 'labels',
  issueType: 'issuetype',
};

/** Where this site keeps what the KPI definitions read; field ids differ per site. */
export interface TicketFieldMap {
  readonly sla: readonly { readonly id: string; readonly name: string }[];
  readonly csat: string | null;
  readonly requestType: string | null;
  readonly nps: { readonly id: string; readonly name: string } | null;
  /** Field dimensions: the configured name and the field it reads. */
  readonly dimensions: readonly { readonly name: string; readonly fieldId: string }[];
}

export interface FieldSelection {
  /** The NPS number field by id or name, or null for none. */
  readonly npsField: string | null;
  readonly dimensions: readonly string[];
}

/** Discovers the SLA, CSAT and request-type fields by `schema.custom` and resolves the configured ones. */
export function discoverFields(
  fields: readonly JiraField[],
  selection: FieldSelection,
): Result<TicketFieldMap> {
  const byCustomType = (type: string) => fields.filter((f) => f.schema?.custom === type);
  const requestType = byCustomType(REQUEST_TYPE_FIELD_TYPE)[0]?.id ?? null;

  let nps: TicketFieldMap['nps'] = null;
  if (selection.npsField !== null) {
    const field = findField(fields, selection.npsField);
    if (!field)
      return err({
        code: 'CONFIG.UNKNOWN_FIELD',
        message: `NPS field "${selection.npsField}" is not a field of this site`,
      });
    if (field.schema?.type !== 'number') {
      return err({
        code: 'CONFIG.NOT_A_NUMBER_FIELD',
        message: `NPS field "${field.name}" (${field.id}) is not a number field`,
      });
    }
    nps = { id: field.id, name: field.name };
  }

  const dimensions: { name: string; fieldId: string }[] = [];
  for (const name of selection.dimensions) {
    if (name === HOUR_OF_DAY) continue;
    const fieldId =
      name === 'requestType' ? requestType : (SYSTEM_DIMENSIONS[name] ?? findField(fields, name)?.id ?? null);
    if (fieldId === null) {
      return err({
        code: 'CONFIG.UNKNOWN_DIMENSION',
        message: `dimension "${name}" is neither built in (requestType, assignee, hourOfDay, ${Object.keys(SYSTEM_DIMENSIONS).join(', ')}) nor a field of this site`,
      });
    }
    dimensions.push({ name, fieldId });
  }

  return ok({
    sla: byCustomType(SLA_FIELD_TYPE).map((f) => ({ id: f.id, name: f.name })),
    csat: byCustomType(CSAT_FIELD_TYPE)[0]?.id ?? null,
    requestType,
    nps,
    dimensions,
  });
}

/** A field by exact id, else by name (case-insensitive) when exactly one field has it. */
function findField(fields: readonly JiraField[], idOrName: string): JiraField | undefined {
  const byId = fields.find((f) => f.id === idOrName);
  if (byId) return byId;
  const lower = idOrName.toLowerCase();
  const named = fields.filter((f) => f.name.toLowerCase() === lower);
  return named.length === 1 ? named[0] : undefined;
}
