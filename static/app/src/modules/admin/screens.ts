import type { ScreenLoaders } from '../screen-loader';

/** The screens of this module group, by Forge module key (filled in as they are built). */
export const SCREENS: ScreenLoaders = {};
