import { z } from 'zod';
import { kpiConfigSchema } from './kpi-config';

/** A problem category of the admin's taxonomy, in both languages. */
export const categorySchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'lower-case letters, digits and dashes'),
  en: z.string().trim().min(1).max(80),
  zhCN: z.string().trim().min(1).max(80),
});

/** Who approves improvement plans: named users, a group, or a project role, and how many must agree. */
export const approversSchema = z.object({
  users: z.array(z.string()).max(50),
  group: z.string().nullable(),
  projectRole: z.string().nullable(),
  policy: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('any') }),
    z.object({ kind: z.literal('all') }),
    z.object({ kind: z.literal('nOfM'), n: z.number().int().min(1).max(50) }),
  ]),
});

/** The app's settings for one site (admin page). */
export const settingsSchema = z.object({
  schemaVersion: z.literal(1),
  categories: z.array(categorySchema).min(1).max(50),
  approvers: approversSchema,
  kpi: kpiConfigSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

/** Categories every new site starts with. */
export const DEFAULT_CATEGORIES: Settings['categories'] = [
  { id: 'logistics', en: 'Logistics', zhCN: '物流' },
  { id: 'refund', en: 'Refund', zhCN: '退款' },
  { id: 'product-knowledge', en: 'Product knowledge', zhCN: '产品知识' },
  { id: 'system', en: 'System', zhCN: '系统' },
  { id: 'process', en: 'Process', zhCN: '流程' },
  { id: 'service-attitude', en: 'Service attitude', zhCN: '服务态度' },
];
