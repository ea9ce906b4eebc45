import { z } from 'zod';

/** A JSON object kept as it came, not copied key by key (issue `fields` can hold hundreds of keys). */
export const jsonObject = z.custom<Readonly<Record<string, unknown>>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  { message: 'expected a JSON object' },
);

/** A body we do not read (204, or the empty 200/201 of property and link writes). */
export const noContent = z.unknown().transform((): void => undefined);

/** A Jira user (`User`/`UserDetails`): what the app reads; other keys are kept. */
export const userSchema = z.looseObject({
  accountId: z.string(),
  accountType: z.string().optional(),
  displayName: z.string().optional(),
  emailAddress: z.string().optional(),
  active: z.boolean().optional(),
  locale: z.string().optional(),
  timeZone: z.string().optional(),
});
export type JiraUser = z.infer<typeof userSchema>;

/** An entity property `{key, value}` as Jira returns and accepts it. */
export interface EntityProperty {
  readonly key: string;
  readonly value: unknown;
}
