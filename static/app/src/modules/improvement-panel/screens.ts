import type { ScreenLoaders } from '../screen-loader';

/** The issue panel "Improvement". */
export const SCREENS: ScreenLoaders = {
  'improvement-panel': () => import('./ImprovementPanel'),
};
