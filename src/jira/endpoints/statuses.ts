import { z } from 'zod';
import type { JiraClient, JiraResult } from '../client';
import type { StatusDetails } from './transitions';
import { statusDetailsSchema } from './transitions';

/** `GET /rest/api/3/status`: every status the user can see, with its category (`new`, `indeterminate`, `done`). */
export const getStatuses = (client: JiraClient): Promise<JiraResult<StatusDetails[]>> =>
  client.call({ method: 'GET', route: '/rest/api/3/status', schema: z.array(statusDetailsSchema) });
