/**
 * A @web/test-runner plugin that serves chosen workspace packages as one esbuild bundle each.
 *
 * Why: wtr serves modules unbundled, and `@gatehouse/flows` still reaches CommonJS (ajv) and Node-flavoured
 * modules through the `@gatehouse/rules` barrel, which Chromium cannot load as native ESM. Until the flows ship
 * build-time compiled forms, the element tests load those packages bundled (exactly what a host's bundler does).
 * `xstate` stays external so the elements and the machines share one XState instance.
 */
import { build } from 'esbuild';

const prefix = '/packages/elements/__bundled__/';

/**
 * Test-only modules made of several packages bundled together. React ships CommonJS only, so the React test gets
 * React, ReactDOM and the `@gatehouse/elements/react` wrappers as one ES module, one React instance (the
 * wrappers' element classes are a second copy there; the tags themselves are registered by the test's `define`).
 */
const virtualModules = {
  'gatehouse-test:react': [
    "import * as React from 'react';",
    'export { React };',
    "export { createRoot } from 'react-dom/client';",
    "export { flushSync } from 'react-dom';",
    "export * from '@gatehouse/elements/react';",
  ].join('\n'),
};

/** Bare specifiers served bundled: `@gatehouse/flows` (any subpath), the forms runtime compiler, test modules. */
const bundled = (source) =>
  source.startsWith('@gatehouse/flows') || source === '@gatehouse/forms/compile' || source in virtualModules;

export function bundledDepsPlugin({ tsconfig }) {
  const cache = new Map();
  return {
    name: 'gatehouse-bundled-deps',
    resolveImport({ source }) {
      if (bundled(source)) return `${prefix}${encodeURIComponent(source)}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(prefix)) return;
      const source = decodeURIComponent(context.path.slice(prefix.length, -'.js'.length));
      if (!cache.has(source)) {
        cache.set(
          source,
          build({
            stdin: {
              contents: virtualModules[source] ?? `export * from '${source}';`,
              resolveDir: new URL('.', import.meta.url).pathname,
              loader: 'js',
            },
            bundle: true,
            format: 'esm',
            platform: 'browser',
            target: 'es2022',
            conditions: ['source', 'browser', 'import', 'default'],
            external: ['xstate'],
            // React picks its build by NODE_ENV, which browsers do not have.
            define: { 'process.env.NODE_ENV': '"production"' },
            tsconfig,
            write: false,
            logLevel: 'silent',
          }).then((r) => r.outputFiles[0].text),
        );
      }
      return { body: await cache.get(source), type: 'js' };
    },
  };
}
