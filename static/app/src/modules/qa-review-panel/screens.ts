import type { ScreenLoaders } from '../screen-loader';

/** The issue panel "QA review" (质检). */
export const SCREENS: ScreenLoaders = {
  'qa-review-panel': () => import('./QaReviewPanel'),
};
