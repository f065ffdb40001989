/**
 * Test helper (not exported by the package): runs the ```ts examples of a docs page against the sources,
 * so every example in docs/rules/*.md is executed by `pnpm test` and cannot rot.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const packageDir = new URL('../../', import.meta.url);

/** The ```ts blocks of a markdown file under the repository's docs/, in order. */
export function docExamples(docPath: string): string[] {
  const markdown = readFileSync(new URL(`../../../../docs/${docPath}`, import.meta.url), 'utf8');
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}

/** The package's `exports`: subpath (`.`, `./password/browser`) → the `source` file the workspace resolves to. */
const sourceExports = new Map(
  Object.entries(
    JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).exports as Record<
      string,
      { source?: string } | string
    >,
  ).flatMap(([subpath, target]) =>
    typeof target === 'object' && target.source ? [[subpath, new URL(target.source, packageDir)]] : [],
  ),
);

/**
 * Runs one example: `@gatehouse/rules[/x/y]` imports are pointed at the sources through the package's exports map
 * (so an example can only use entries the package really exports); resolves when it finished.
 */
export async function runDocExample(code: string): Promise<void> {
  const rewritten = code.replace(/from '@gatehouse\/rules((?:\/[\w-]+)*)'/g, (whole, sub: string) => {
    const file = sourceExports.get(`.${sub}`);
    if (!file)
      throw new Error(`docs example imports ${whole.slice(5)}, which @gatehouse/rules does not export`);
    return `from ${JSON.stringify(file.href)}`;
  });
  const dir = mkdtempSync(join(tmpdir(), 'gatehouse-doc-'));
  const file = join(dir, 'example.ts');
  writeFileSync(file, rewritten);
  try {
    await import(/* @vite-ignore */ pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
