/**
 * `gatehouse-forms export --to zod|valibot <definition.json> [--out <file>] [--plain]`: writes the zod or valibot
 * module of a definition (stdout, or `--out`) and prints its lossiness report on stderr, one line per pointer.
 * `--plain` exports without `@gatehouse/forms` (named rules are then reported, not run).
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { FormDefinition } from '../definition/types.js';
import { exportSource } from '../interop/export-source.js';

/** Where the command writes (the CLI's io). */
interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** Runs `export`; returns the exit code (2 for a usage error or an unreadable file). */
export async function runExport(args: readonly string[], io: Io, usage: string): Promise<number> {
  let to: string | undefined;
  let out: string | undefined;
  let plain = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--to') to = args[++i];
    else if (arg === '--out') out = args[++i];
    else if (arg === '--plain') plain = true;
    else if (arg.startsWith('--')) {
      io.err(`unknown option ${arg}\n${usage}`);
      return 2;
    } else files.push(arg);
  }
  if ((to !== 'zod' && to !== 'valibot') || files.length !== 1) {
    io.err(usage);
    return 2;
  }
  const file = files[0]!;
  let definition: FormDefinition;
  try {
    definition = JSON.parse(await readFile(file, 'utf8')) as FormDefinition;
  } catch (error) {
    io.err(`${file}: cannot read JSON (${(error as Error).message})`);
    return 2;
  }
  const { code, lossy } = exportSource(definition, to, { namedRules: plain ? 'report' : 'run' });
  if (out) await writeFile(out, code);
  else io.out(code);
  for (const l of lossy) io.err(`${file}#${l.path}: ${l.kind} [${l.effect}]: ${l.what}`);
  io.err(
    lossy.length === 0 ? `lossless: ${to} accepts what the form accepts` : `${lossy.length} difference(s)`,
  );
  return 0;
}
