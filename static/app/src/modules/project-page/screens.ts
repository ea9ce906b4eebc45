import type { ScreenLoaders } from '../screen-loader';

/** The project page "Service quality". */
export const SCREENS: ScreenLoaders = {
  'quality-project-page': () => import('./ProjectPage'),
};
