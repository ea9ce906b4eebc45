import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A component in its own chunk whose download can start before it renders: a screen calls `preload()`
 * when it starts its data call, so the chunk arrives in parallel with the data instead of after it.
 */
export type Preloadable<P extends object> = {
  Component: LazyExoticComponent<ComponentType<P>>;
  preload: () => Promise<unknown>;
};

export function preloadable<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): Preloadable<P> {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const start = () => (loading ??= load());
  return { Component: lazy(start), preload: start };
}
