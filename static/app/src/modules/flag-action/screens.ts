import type { ScreenLoaders } from '../screen-loader';

/** The issue action "Flag for improvement". */
export const SCREENS: ScreenLoaders = {
  'flag-for-improvement': () => import('./FlagAction'),
};
