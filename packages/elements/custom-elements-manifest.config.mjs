/**
 * @custom-elements-manifest/analyzer configuration: `custom-elements.json` is generated from the elements' doc tags
 * (`@fires`, `@slot`, `@csspart`, `@cssproperty`) and their Lit properties. `scripts/manifest.mjs` runs it;
 * `test/node/manifest.test.ts` fails when the committed manifest is not what the sources produce.
 */
export default {
  globs: ['src/**/*.element.ts', 'src/flow/flow-element.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
