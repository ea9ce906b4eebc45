import { z } from 'zod';

/** What the product tells a module about where it runs (the parts the screens read). */
export const forgeContextSchema = z.looseObject({
  accountId: z.string().optional(),
  locale: z.string().optional(),
  timezone: z.string().optional(),
  moduleKey: z.string(),
  extension: z
    .looseObject({
      type: z.string().optional(),
      issue: z
        .looseObject({ key: z.string(), id: z.string().optional(), type: z.string().optional() })
        .optional(),
      project: z.looseObject({ key: z.string(), id: z.string().optional() }).optional(),
      gadgetConfiguration: z.record(z.string(), z.unknown()).optional(),
      entryPoint: z.string().optional(),
    })
    .optional(),
});
export type ForgeContext = z.infer<typeof forgeContextSchema>;
