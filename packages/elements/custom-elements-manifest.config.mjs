/**
 * @custom-elements-manifest/analyzer configuration: `custom-elements.json` is generated from the elements' doc tags
 * (`@fires`, `@slot`, `@csspart`, `@cssproperty`) and their Lit properties. `scripts/manifest.mjs` runs it;
 * `test/node/manifest.test.ts` fails when the committed manifest is not what the sources produce.
 */
/**
 * Internal reactive state (`static properties` entries with `state: true`, always private or protected fields)
 * has no attribute; the analyzer's Lit support lists it as one, so drop attributes of non-public fields.
 */
function noStateAttributes() {
  return {
    name: 'gatehouse-no-state-attributes',
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        if (!declaration.attributes) continue;
        const hidden = new Set(
          (declaration.members ?? [])
            .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
            .map((member) => member.name),
        );
        declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
        for (const member of declaration.members ?? []) if (hidden.has(member.name)) delete member.attribute;
      }
    },
  };
}

export default {
  globs: ['src/**/*.element.ts', 'src/flow/flow-element.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [noStateAttributes()],
};
