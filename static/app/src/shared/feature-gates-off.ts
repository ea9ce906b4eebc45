/**
 * Stands in for `@atlaskit/feature-gate-js-client/feature-gates` in the bundle (see vite.config.mts).
 * Atlaskit components ask it whether a platform feature gate is on; in a Forge Custom UI iframe nobody
 * initialises that client, so the real one answers every gate with `false` (after a console warning)
 * while shipping the whole Statsig client, some 40 KB gzip, to every module's first render.
 * This answers the same `false` without it.
 */
const FeatureGates = {
  checkGate: (_gateName: string, _options?: object): boolean => false,
};

export default FeatureGates;
