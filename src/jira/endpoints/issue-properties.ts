import { z } from 'zod';
import { err } from '../../domain/result';
import type { JiraClient, JiraResult } from '../client';
import { JiraError } from '../client';
import { noContent } from './shared-schemas';

/** `EntityProperty` as read back: the key and any JSON value. */
export const entityPropertySchema = z.looseObject({ key: z.string(), value: z.unknown() });
export type StoredProperty = z.infer<typeof entityPropertySchema>;

/** Jira's limit on one entity property value, in bytes of JSON. */
export const MAX_PROPERTY_BYTES = 32_768;

const LIST = '/rest/api/3/issue/{issueIdOrKey}/properties';
const ONE = '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}';

/** `GET …/properties`: the keys of an issue's properties. */
export const listIssueProperties = (
  client: JiraClient,
  issueIdOrKey: string,
): Promise<JiraResult<string[]>> =>
  client.call({
    method: 'GET',
    route: LIST,
    params: { issueIdOrKey },
    schema: z
      .looseObject({ keys: z.array(z.looseObject({ key: z.string() })) })
      .transform((p) => p.keys.map((k) => k.key)),
  });

/** `GET …/properties/{propertyKey}`: a missing property is a `JIRA.NOT_FOUND` error. */
export const getIssueProperty = (
  client: JiraClient,
  issueIdOrKey: string,
  propertyKey: string,
): Promise<JiraResult<StoredProperty>> =>
  client.call({
    method: 'GET',
    route: ONE,
    params: { issueIdOrKey, propertyKey },
    schema: entityPropertySchema,
  });

/** `PUT …/properties/{propertyKey}`: creates or replaces; values over 32 KB are refused before sending. */
export const setIssueProperty = async (
  client: JiraClient,
  issueIdOrKey: string,
  propertyKey: string,
  value: unknown,
): Promise<JiraResult<void>> => {
  const bytes = new TextEncoder().encode(JSON.stringify(value) ?? '').length;
  if (bytes > MAX_PROPERTY_BYTES) {
    const endpoint = `PUT ${ONE}`;
    const message = `${endpoint} was not sent: property ${propertyKey} of ${issueIdOrKey} is ${bytes} bytes of JSON; Jira accepts at most ${MAX_PROPERTY_BYTES}`;
    return err(new JiraError({ code: 'JIRA.INVALID_CALL', message, status: null, call: endpoint, endpoint }));
  }
  return client.call({
    method: 'PUT',
    route: ONE,
    params: { issueIdOrKey, propertyKey },
    body: value,
    schema: noContent,
  });
};

/** `DELETE …/properties/{propertyKey}`. */
export const deleteIssueProperty = (
  client: JiraClient,
  issueIdOrKey: string,
  propertyKey: string,
): Promise<JiraResult<void>> =>
  client.call({ method: 'DELETE', route: ONE, params: { issueIdOrKey, propertyKey }, schema: noContent });
