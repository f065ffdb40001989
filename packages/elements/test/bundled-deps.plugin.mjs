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

/** Bare specifiers served bundled: `@gatehouse/flows` (any subpath) and the forms runtime compiler. */
const bundled = (source) => source.startsWith('@gatehouse/flows') || source === '@gatehouse/forms/compile';

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
              contents: `export * from '${source}';`,
              resolveDir: new URL('.', import.meta.url).pathname,
              loader: 'js',
            },
            bundle: true,
            format: 'esm',
            platform: 'browser',
            target: 'es2022',
            conditions: ['source', 'browser', 'import', 'default'],
            external: ['xstate'],
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
