/**
 * The styling surface in `custom-elements.json` is what the elements really have: for each element, the parts its
 * templates carry (its own and, for flow elements, the base class's) and the `--gate-*` tokens its stylesheets
 * read are exactly the parts and custom properties the manifest lists; and every inner button has a part.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenDefaults } from '../../src/common/tokens.js';

const root = new URL('../../', import.meta.url).pathname;
const src = join(root, 'src');

interface Declaration {
  tagName?: string;
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as {
  modules: { path: string; declarations?: Declaration[] }[];
};

const read = (file: string) => readFileSync(join(root, file), 'utf8');
/** Every name of every `part="a b"` attribute in a template source, and of every `setAttribute('part', 'a b')`. */
const partsIn = (source: string) =>
  [...source.matchAll(/\spart="([^"]+)"|setAttribute\('part', '([^']+)'\)/g)].flatMap((m) =>
    (m[1] ?? (m[2] as string)).split(/\s+/),
  );
/** The tokens a stylesheet module reads through `token('--gate-…')` (imported as `t`). */
const tokensIn = (source: string) =>
  [...source.matchAll(/\bt\('(--gate-[a-z-]+)'\)/g)].map((m) => m[1] as string);
/** The stylesheet modules an element module imports (its own and shared ones such as `choice.styles`). */
const stylesOf = (file: string, source: string) =>
  [...source.matchAll(/from '(\.{1,2}\/[^']+\.styles)\.js'/g)].map((m) =>
    join(file, '..', `${m[1]}.ts`).replace(/^\//, ''),
  );

const flowBase = 'src/flow/flow-element.ts';
/** The bot defence's progress line, which every flow element adds to its shadow root when a server asks for a proof. */
const flowProof = 'src/proof-of-work/answer-proof.ts';
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((d) => d.tagName).map((d) => ({ file: module.path, declaration: d })),
);

describe('the manifest lists every part and token per element', () => {
  it('covers all eighteen elements', () => {
    expect(elements.map((e) => e.declaration.tagName).sort()).toHaveLength(18);
  });

  for (const { file, declaration } of elements) {
    const source = read(file);
    const isFlow = /extends GateFlowElement</.test(source);
    // The step navigation and the file picker of <gate-form> are their own (lazy) modules; their parts and tokens
    // are the element's.
    const companions =
      declaration.tagName === 'gate-form' ? ['src/form/form-steps.ts', 'src/form/form-file.ts'] : [];
    const files = [file, ...(isFlow ? [flowBase, flowProof] : []), ...companions];
    const styleFiles = files.flatMap((f) => stylesOf(f, read(f)));

    it(`${declaration.tagName}: parts`, () => {
      const used = new Set(files.flatMap((f) => partsIn(read(f))));
      const listed = new Set((declaration.cssParts ?? []).map((p) => p.name));
      expect([...listed].sort()).toEqual([...used].sort());
    });

    it(`${declaration.tagName}: tokens`, () => {
      const used = new Set(styleFiles.flatMap((f) => tokensIn(read(f))));
      const listed = new Set((declaration.cssProperties ?? []).map((p) => p.name));
      expect(used.size).toBeGreaterThan(0);
      expect([...listed].sort()).toEqual([...used].sort());
      for (const token of listed) expect(Object.keys(tokenDefaults)).toContain(token);
    });
  }

  it('every button inside a flow element carries a part', () => {
    const missing: string[] = [];
    for (const dir of readdirSync(src, { withFileTypes: true })) {
      if (!dir.isDirectory() || dir.name === 'form') continue;
      for (const name of readdirSync(join(src, dir.name)).filter((f) => f.endsWith('.element.ts'))) {
        const source = readFileSync(join(src, dir.name, name), 'utf8');
        for (const m of source.matchAll(/<(button|select)\b[^>]*>/g)) {
          if (!/\spart="/.test(m[0])) missing.push(`${dir.name}/${name}: ${m[0].slice(0, 60)}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
