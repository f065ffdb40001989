/**
 * A React app with lazy routes, as a host builds it (esbuild, code splitting, React left out as the host's own
 * share): what the browser loads when it opens one route, with the wrappers imported from the barrel
 * `@gatehouse/elements/react` and from each element's own entry (`@gatehouse/elements/<element>/react`). A
 * bundler splits by module, so the barrel makes one chunk of every element any route uses; per-element entries
 * keep a route to its own element. Prints gzip -9 bytes; fails when a per-element route carries another element.
 */
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsconfig = fileURLToPath(new URL('../../../tsconfig.base.json', import.meta.url));
const routes = [
  ['registration', 'GateRegistration'],
  ['login', 'GateLogin'],
  ['profile', 'GateProfile'],
  ['mfa-enrollment', 'GateMfaEnrollment'],
  ['approval-queue', 'GateApprovalQueue'],
] as const;

/** The route modules as virtual files: each registers its tag and renders its wrapper. */
function app(barrel: boolean): Plugin {
  return {
    name: 'lazy-routes',
    setup(b) {
      b.onResolve({ filter: /^route:/ }, (args) => ({ path: args.path, namespace: 'route' }));
      b.onLoad({ filter: /.*/, namespace: 'route' }, (args) => {
        const [dir, component] = routes.find(([d]) => `route:${d}` === args.path)!;
        const from = barrel ? '@gatehouse/elements/react' : `@gatehouse/elements/${dir}/react`;
        return {
          contents: `import '@gatehouse/elements/${dir}/define';
import { createElement } from 'react';
import { ${component} } from '${from}';
export default function Route() { return createElement(${component}, { endpoint: '/api/gatehouse' }); }`,
          resolveDir: packageDir,
          loader: 'ts',
        };
      });
    },
  };
}

async function measure(barrel: boolean) {
  const result = await build({
    stdin: {
      contents: routes.map(([d]) => `export const ${d.replace(/-/g, '_')} = () => import('route:${d}');`).join('\n'),
      resolveDir: packageDir,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    splitting: true,
    outdir: '/virtual-out',
    conditions: ['source', 'browser', 'module', 'import', 'default'],
    external: ['react', 'react-dom'],
    metafile: true,
    tsconfig,
    write: false,
    logLevel: 'silent',
    plugins: [app(barrel)],
  });
  const outputs = result.metafile.outputs;
  // Metafile keys are relative to the working directory; output files carry absolute paths.
  const files = new Map(result.outputFiles.map((f) => [f.path.replace(/^.*virtual-out\//, ''), f]));
  const file = (key: string) => files.get(key.replace(/^.*virtual-out\//, ''))!;
  const closure = (start: string, seen = new Set<string>()) => {
    if (seen.has(start)) return seen;
    seen.add(start);
    for (const imp of outputs[start]!.imports) if (imp.kind === 'import-statement' && outputs[imp.path]) closure(imp.path, seen);
    return seen;
  };
  const rows: { route: string; gzip: number; elements: string[] }[] = [];
  for (const [dir] of routes) {
    const chunk = Object.keys(outputs).find((k) => outputs[k]!.entryPoint === `route:route:${dir}` || outputs[k]!.entryPoint === `route:${dir}`)!;
    const chunks = [...closure(chunk)];
    let gzip = 0;
    const elements = new Set<string>();
    for (const c of chunks) {
      gzip += gzipSync(file(c).contents, { level: 9 }).length;
      for (const input of Object.keys(outputs[c]!.inputs)) {
        // Metafile paths are relative to the working directory: `src/…` when run from packages/elements.
        const m = /(?:^|\/)src\/([a-z-]+)\/[a-z-]+\.element\.ts$/.exec(input);
        if (m && m[1] !== 'form') elements.add(m[1]!);
      }
    }
    rows.push({ route: dir, gzip, elements: [...elements].sort() });
  }
  return rows;
}

const before = await measure(true);
const after = await measure(false);
console.log('route (React external)        | barrel /react: gzip B, elements | per-element /<element>/react: gzip B, elements');
console.log('------------------------------|----------------------------------|------------------------------------------');
let wrong = 0;
for (const [i, b] of before.entries()) {
  const a = after[i]!;
  if (a.elements.join() !== b.route) wrong += 1;
  console.log(
    `${b.route.padEnd(30)}| ${b.gzip.toLocaleString('en').padStart(7)} ${String(b.elements.length).padStart(2)} (${b.elements.length > 2 ? `${b.elements.slice(0, 2).join(', ')}, …` : b.elements.join(', ')}) | ${a.gzip.toLocaleString('en').padStart(7)} ${a.elements.length} (${a.elements.join(', ')})`,
  );
}
if (wrong > 0) {
  console.error(`${wrong} per-element route(s) load another element`);
  process.exit(1);
}
