import { z } from 'zod';
import type { ForgeContext } from '../../shared/context';

/** A gadget's saved configuration (`view.submit(config)`), read back from `gadgetConfiguration`. */
export const gadgetConfigSchema = z.object({
  projectKey: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  days: z.number().int().min(1).max(90),
  kpi: z.string().min(1),
  refreshMinutes: z.number().int().min(0).max(1440),
});
export type GadgetConfig = z.infer<typeof gadgetConfigSchema>;

export const PERIOD_CHOICES = [7, 14, 30] as const;
export const REFRESH_CHOICES = [0, 15, 30, 60] as const;
export const TREND_KPIS = [
  'fcrRate',
  'csatTop2box',
  'frtMedianMs',
  'resolutionMedianMs',
  'reopenRate',
  'repeatContactRate',
  'csatAvg',
  'nps',
  'compositeIndex',
] as const;

/** The saved configuration, each missing or unreadable field replaced by its default. */
export function configOf(context: ForgeContext): GadgetConfig {
  const saved = context.extension?.gadgetConfiguration ?? {};
  const defaults: GadgetConfig = {
    projectKey: context.extension?.project?.key ?? 'SUP',
    days: 30,
    kpi: 'fcrRate',
    refreshMinutes: 0,
  };
  const field = <K extends keyof GadgetConfig>(key: K): GadgetConfig[K] => {
    const parsed = gadgetConfigSchema.shape[key].safeParse(saved[key]);
    return parsed.success ? (parsed.data as GadgetConfig[K]) : defaults[key];
  };
  return {
    projectKey: field('projectKey'),
    days: field('days'),
    kpi: field('kpi'),
    refreshMinutes: field('refreshMinutes'),
  };
}

/** Whether the gadget is shown in its edit view. */
export const isEditView = (context: ForgeContext): boolean => context.extension?.entryPoint === 'edit';
