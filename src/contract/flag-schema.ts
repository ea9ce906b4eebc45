import { z } from 'zod';
import { sixMSchema } from './improvement-schema';

/** A ticket flagged for improvement: stored in the ticket's `ql.flag` property (indexed for JQL). */
export const flagSchema = z.object({
  schemaVersion: z.literal(1),
  category: z.string().min(1),
  causeHint: sixMSchema.nullable(),
  note: z.string().trim().max(2000),
  improvementKey: z.string().nullable(),
  flaggedBy: z.string(),
  flaggedAt: z.iso.datetime({ offset: true }),
});
export type Flag = z.infer<typeof flagSchema>;
