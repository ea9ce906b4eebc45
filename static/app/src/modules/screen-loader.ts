import type { ComponentType } from 'react';
import type { ForgeContext } from '../shared/context';

/** A module's screen, loaded on demand so each module downloads only its own code. */
export type ScreenLoaders = Readonly<
  Record<string, () => Promise<{ default: ComponentType<{ context: ForgeContext }> }>>
>;
