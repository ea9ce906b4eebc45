import type { ScreenLoaders } from '../screen-loader';

/** The dashboard gadgets; each shows its edit view when Jira opens it with `entryPoint: 'edit'`. */
export const SCREENS: ScreenLoaders = {
  'kpi-scorecard-gadget': () => import('./ScorecardGadget'),
  'kpi-trend-gadget': () => import('./TrendGadget'),
  'pareto-gadget': () => import('./ParetoGadget'),
  'pipeline-gadget': () => import('./PipelineGadget'),
};
