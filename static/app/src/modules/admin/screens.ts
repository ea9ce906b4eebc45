import type { ScreenLoaders } from '../screen-loader';

/** The Jira admin page "Quality Loop": the app's settings. */
export const SCREENS: ScreenLoaders = {
  'quality-admin': () => import('./AdminPage'),
};
