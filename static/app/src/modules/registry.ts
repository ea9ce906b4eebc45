import { SCREENS as ADMIN } from './admin/screens';
import { SCREENS as FLAG } from './flag-action/screens';
import { SCREENS as GADGETS } from './gadgets/screens';
import { SCREENS as PANEL } from './improvement-panel/screens';
import { SCREENS as PROJECT } from './project-page/screens';
import { SCREENS as QA_PANEL } from './qa-review-panel/screens';
import type { ScreenLoaders } from './screen-loader';

/** Every screen of the bundle by Forge module key. */
export const SCREENS: ScreenLoaders = { ...FLAG, ...PANEL, ...PROJECT, ...GADGETS, ...ADMIN, ...QA_PANEL };
