/**
 * docs/check.md runs as written: every `ts` block is a file under packages/check/examples (same text), and
 * every output block marked `<!-- output: … -->` is what that example (or the CLI) really prints, and the
 * `generate` command of "Generated browser tests" runs as written and prints the text shown under it. Timings
 * (`12 ms`) are the only thing normalised.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../cli/cli.js';

const docPath = fileURLToPath(new URL('../../../../docs/check.md', import.meta.url));
const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const doc = readFileSync(docPath, 'utf8');

const codeBlocks = [...doc.matchAll(/```ts\n([\s\S]*?)\n```/g)].map((m) => m[1] as string);
const outputs = [...doc.matchAll(/<!-- output: (.+?) -->\n```text\n([\s\S]*?)\n```/g)].map((m) => ({
  source: m[1] as string,
  text: m[2] as string,
}));
const elements = fileURLToPath(new URL('../../../elements/', import.meta.url));
/** The `sh` block that runs `gatehouse-check generate` and the `text` block printed under it. */
const generateSection =
  /```sh\n(NODE_OPTIONS=[^\n]*gatehouse-check generate[\s\S]*?)\n```\n\n```text\n([\s\S]*?)\n```/.exec(doc);
const normalise = (text: string) => text.replace(/\b\d+ ms\b/g, 'N ms').trimEnd();

/** Runs an example module, returning what it printed with console.log. */
async function printed(file: string): Promise<string> {
  const lines: string[] = [];
  const spy = vi
    .spyOn(console, 'log')
    .mockImplementation((...args: unknown[]) => void lines.push(format(...args)));
  try {
    await import(/* @vite-ignore */ `${examples}${file}?run=${Date.now()}`);
  } finally {
    spy.mockRestore();
  }
  return lines.join('\n');
}

describe('docs/check.md', { timeout: 60_000 }, () => {
  it('shows only files that exist under examples/, verbatim', () => {
    expect(codeBlocks.length).toBeGreaterThan(5);
    expect(outputs.map((o) => o.source)).toHaveLength(7);
    for (const block of codeBlocks) {
      const name = /^\/\/ examples\/(\S+)/.exec(block)?.[1];
      expect(
        name,
        `a ts block in docs/check.md does not start with // examples/<file>:\n${block.slice(0, 80)}`,
      ).toBeDefined();
      expect(block, `docs/check.md differs from examples/${name}`).toBe(
        readFileSync(`${examples}${name}`, 'utf8').trimEnd(),
      );
    }
  });

  it('shows every example file', () => {
    const shown = new Set(codeBlocks.map((b) => /^\/\/ examples\/(\S+)/.exec(b)?.[1]));
    for (const file of readdirSync(examples))
      expect(shown.has(file), `examples/${file} is not in docs/check.md`).toBe(true);
  });

  for (const { source, text } of outputs) {
    it(`prints what the page says: ${source}`, async () => {
      let actual: string;
      const cli = /^gatehouse-check (.+)$/.exec(source);
      if (cli) {
        const out: string[] = [];
        await runCli(
          (cli[1] as string)
            .split(' ')
            .map((a) => (a.startsWith('examples/') ? `${examples}${a.slice(9)}` : a)),
          { out: (t) => out.push(t), err: (t) => out.push(t) },
        );
        actual = out.join('\n');
      } else {
        actual = await printed(source.replace(/^examples\//, ''));
      }
      expect(normalise(actual)).toBe(normalise(text));
    });
  }

  it('runs the generate command as written and prints what the page says', () => {
    expect(generateSection, 'no sh block with gatehouse-check generate and its output').not.toBeNull();
    const [, command, shown] = generateSection as RegExpExecArray;
    // The command exactly as the page shows it, from packages/elements as the page says, plus --check: it
    // generates the suite and compares it with the committed files instead of writing into the repository,
    // so "wrote <file>" is printed as "up to date  <file>".
    const run = spawnSync('sh', ['-c', `${command} --check`], { cwd: elements, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout.trimEnd()).toBe((shown as string).replace(/^wrote /gm, 'up to date  '));
  });
});
