/**
 * Every `on…` prop a React wrapper (`src/<element>/react.ts`) offers is an event its element dispatches, and every
 * event the element dispatches has its prop. What an element dispatches is read from its source (every
 * `emit(…, 'gate-…')` in its own module and in the non-element modules it imports, its base class included) and must
 * match its `@fires` tags, the ones `custom-elements.json` lists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = new URL('../../src/', import.meta.url).pathname;

/** The `.ts` file a relative import names (`./x.js` → `./x.ts`). */
function importedFile(from: string, specifier: string): string | undefined {
  const file = resolve(dirname(from), specifier.replace(/\.js$/, '.ts'));
  return existsSync(file) ? file : undefined;
}

/** A module that registers or is another element: its events are that element's, not its host's. */
const otherElement = (file: string, folder: string) =>
  dirname(file) !== folder && (file.endsWith('.element.ts') || file.endsWith('/define.ts'));

/**
 * Event names `emit(…)`-ed in `file` and in the modules it imports, statically or lazily (`import('./x.js')`, as
 * `<gate-form>`'s define module attaches its steps and published forms), not type-only, stopping at other elements:
 * an inner `<gate-form>`'s events are its own.
 */
function emitted(file: string, folder = dirname(file), seen = new Set<string>()): Set<string> {
  const names = new Set<string>();
  if (seen.has(file)) return names;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/\bemit\(\s*[\w.]+,\s*'(gate-[\w-]+)'/g)) names.add(m[1] as string);
  const specifiers = [
    ...[...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gms)].map((m) => m[1] as string),
    ...[...text.matchAll(/^import\s+'(\.[^']+)'/gm)].map((m) => m[1] as string),
    ...[...text.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g)].map((m) => m[1] as string),
  ];
  for (const specifier of specifiers) {
    const next = importedFile(file, specifier);
    if (!next || otherElement(next, folder)) continue;
    for (const name of emitted(next, folder, seen)) names.add(name);
  }
  return names;
}

/** `@fires gate-…` tags of the element's class comment. */
function fires(file: string): Set<string> {
  return new Set(
    [...readFileSync(file, 'utf8').matchAll(/@fires\s+(gate-[\w-]+)/g)].map((m) => m[1] as string),
  );
}

/** The events a wrapper maps to props: its own `events` literal, or the flow events of `flowComponent`. */
function wrapperEvents(file: string): Set<string> {
  const text = readFileSync(file, 'utf8');
  const own = /events:\s*\{([^}]*)\}/s.exec(text)?.[1];
  if (own) return new Set([...own.matchAll(/'(gate-[\w-]+)'/g)].map((m) => m[1] as string));
  if (/flowComponent\s*</.test(text) || /flowComponent\(/.test(text)) {
    const shared = readFileSync(join(src, 'react/flow-component.ts'), 'utf8');
    const map = /const flowEvents = \{([^}]*)\}/s.exec(shared)?.[1] ?? '';
    return new Set([...map.matchAll(/'(gate-[\w-]+)'/g)].map((m) => m[1] as string));
  }
  return new Set();
}

/** Each element folder with a React wrapper: [folder, element module]. */
const wrapped = readdirSync(src, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(src, d.name, 'react.ts')))
  .map((d) => {
    const element = readdirSync(join(src, d.name)).find((f) => f.endsWith('.element.ts'));
    return [d.name, join(src, d.name, element ?? '')] as const;
  });

const sorted = (set: Set<string>) => [...set].sort();

describe('React wrappers and the events their elements dispatch', () => {
  it('finds every wrapper and its element', () => {
    expect(wrapped.length).toBe(18);
    for (const [, element] of wrapped) expect(existsSync(element), element).toBe(true);
  });

  it.each(wrapped)(
    '%s: the wrapper maps exactly the events the element dispatches, as its @fires tags say',
    (name, element) => {
      // From the module that registers the tag: it attaches what the element loads later.
      const dispatched = sorted(emitted(join(src, name, 'define.ts')));
      expect(sorted(wrapperEvents(join(src, name, 'react.ts'))), `${name}/react.ts event props`).toEqual(
        dispatched,
      );
      expect(sorted(fires(element)), `${name} @fires tags`).toEqual(dispatched);
    },
  );
});
