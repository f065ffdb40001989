/**
 * Test helper (not exported by the package): runs the ```ts examples of a docs page against the sources,
 * so every example in docs/rules/*.md is executed by `pnpm test` and cannot rot.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const srcDir = new URL('../', import.meta.url);

/** The ```ts blocks of a markdown file under the repository's docs/, in order. */
export function docExamples(docPath: string): string[] {
  const markdown = readFileSync(new URL(`../../../../docs/${docPath}`, import.meta.url), 'utf8');
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}

/** Runs one example: `@gatehouse/rules[/x]` imports are pointed at the sources; resolves when it finished. */
export async function runDocExample(code: string): Promise<void> {
  const rewritten = code.replace(/from '@gatehouse\/rules(?:\/(\w+))?'/g, (_, sub: string | undefined) => {
    const file = new URL(sub ? `${sub}/index.ts` : 'index.ts', srcDir);
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
