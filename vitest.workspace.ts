/**
 * The one place that lists the vitest projects (one per package, plus the demo portal's journey suite).
 * vitest 4 ignores a file of this name on its own, so `pnpm test:unit` passes it with `--config`.
 */
import { defineConfig } from 'vitest/config';

/** Workspace packages resolve to their TypeScript sources through the `source` export condition. */
const sourceConditions = ['source', 'module', 'node', 'import', 'default'];

const packageProject = (name: string) => ({
  extends: true as const,
  test: {
    name,
    root: `packages/${name}`,
    // examples/: runnable documentation (packages/check/examples is what docs/check.md shows).
    include: ['src/**/*.test.ts', 'test/node/**/*.test.ts', 'examples/**/*.test.ts'],
    // flows: 27 small files that each import the same rule lists; sharing modules per worker cuts ~45 s to ~8 s.
    // server: test files share one PGlite per worker (a schema each) instead of starting one per file.
    ...(name === 'flows' || name === 'server' ? { isolate: false } : {}),
  },
});

export default defineConfig({
  resolve: { conditions: sourceConditions },
  // vitest hands ssr conditions to Node as `--conditions`: 'import' there makes `require()` inside CJS
  // packages (pg → pg-pool) pick their ESM build and break, so the SSR list keeps only what Node needs.
  ssr: { resolve: { conditions: ['source', 'node', 'development|production'], externalConditions: ['source'] } },
  test: {
    passWithNoTests: true,
    // CI has two cores and runs every project at once: a 5 s default turns a busy machine into red tests.
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      ...['rules', 'forms', 'flows', 'check', 'server', 'elements'].map(packageProject),
      // The example hosts (an Express site with a React app, a Vue app): each is built and walked in Chromium.
      {
        extends: true as const,
        test: {
          name: 'hosts',
          root: 'examples',
          include: ['express-react-host/test/**/*.test.ts', 'vue-host/test/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      // The studio: its model and server in Node, and a person building a form in Chromium.
      {
        extends: true as const,
        test: {
          name: 'studio',
          root: 'apps/studio',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 180_000,
        },
      },
      // The demo portal's journey suite: one file per manual section, each with its own portal and Chromium.
      {
        extends: true as const,
        test: {
          name: 'portal',
          root: 'examples/portal',
          include: ['journeys/**/*.journey.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
