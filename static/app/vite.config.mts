import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** One Custom UI bundle for every module; each module's screen is its own lazily loaded chunk. */
export default defineConfig({
  root: import.meta.dirname,
  // Forge serves the resource from its own path: every asset URL must be relative.
  base: './',
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    alias: { '@contract': resolve(import.meta.dirname, '../../src/contract') },
    // Some Atlaskit packages carry their own nested react-dom 18; one React 19 copy for the whole bundle.
    dedupe: ['react', 'react-dom'],
  },
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    // The manifest lets `npm run size:ui` add up what each module's first render downloads.
    manifest: true,
    chunkSizeWarningLimit: 2000,
    reportCompressedSize: false,
  },
});
