/**
 * Vite builds the React app in app/ into dist/. Inside this repository the Gatehouse packages resolve to their
 * TypeScript sources (`source` condition); an installed copy resolves to its built files without it.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./app', import.meta.url)),
  resolve: { conditions: ['source', 'module', 'browser', 'import', 'default'] },
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // No inline module-preload polyfill: the page runs under script-src 'self'.
    modulePreload: { polyfill: false },
  },
});
