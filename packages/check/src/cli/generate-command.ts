import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { GatehouseError } from '../errors.js';
import { type GeneratedFile, generateSuite, suiteFiles } from '../generate/generate.js';
import type { CoverKind } from '../paths/cover-items.js';

/** The usage line of `generate`. */
export const GENERATE_USAGE =
  'usage: gatehouse-check generate <model-file> --adapter <file> --out <dir> [--cover KIND] [--max-length N] [--check]';

const COVERS: readonly CoverKind[] = [
  'states',
  'edges',
  'edge-pairs',
  'guards',
  'tags',
  'state-nodes',
  'transitions',
];

/** The parsed arguments of `generate`. */
export interface GenerateArgs {
  file: string;
  adapter: string;
  out: string;
  cover: CoverKind;
  maxLength?: number;
  check: boolean;
}

/** Parses `generate`'s arguments (after the word `generate`); throws naming what is missing or wrong. */
export function parseGenerateArgs(argv: string[]): GenerateArgs {
  const bad = (what: string): never => {
    throw new GatehouseError('invalid-arguments', `generate: ${what}\n${GENERATE_USAGE}`);
  };
  const files: string[] = [];
  const args: Partial<GenerateArgs> = { cover: 'states', check: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => argv[++i] ?? bad(`${arg} needs a value`);
    if (arg === '--adapter') args.adapter = value();
    else if (arg === '--out') args.out = value();
    else if (arg === '--check') args.check = true;
    else if (arg === '--cover') {
      const cover = value() as CoverKind;
      if (!COVERS.includes(cover)) bad(`--cover must be one of ${COVERS.join(', ')}`);
      args.cover = cover;
    } else if (arg === '--max-length') {
      const n = Number(value());
      if (!Number.isInteger(n) || n <= 0) bad('--max-length needs a positive integer');
      args.maxLength = n;
    } else if (arg.startsWith('-')) bad(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length !== 1) bad('give exactly one model file');
  if (!args.adapter) bad('--adapter <file> is required (how the page performs events and shows states)');
  if (!args.out) bad('--out <dir> is required');
  if (!existsSync(args.adapter as string)) bad(`adapter file not found: ${args.adapter}`);
  return { ...args, file: files[0] } as GenerateArgs;
}

/**
 * Generates one suite per model of the file and writes its files (or, with `--check`, compares them
 * with what is on disk: exit 1 when a file is missing or differs, so CI sees a stale suite). Resolves
 * to the exit code.
 */
export async function runGenerate(
  args: GenerateArgs,
  loadModels: (file: string) => Promise<Array<Parameters<typeof generateSuite>[0]>>,
  out: (text: string) => void,
): Promise<number> {
  const files: GeneratedFile[] = [];
  for (const model of await loadModels(args.file)) {
    const suite = generateSuite(model, {
      cover: args.cover,
      ...(args.maxLength === undefined ? {} : { maxLength: args.maxLength }),
    });
    files.push(...suiteFiles(suite, args.adapter, args.out));
    const missed = suite.missed.length > 0 ? `; not reachable: ${suite.missed.join(', ')}` : '';
    out(`${suite.model}: ${suite.paths.length} paths cover ${suite.covered} ${args.cover}${missed}`);
  }
  let stale = 0;
  for (const file of files) {
    const shown = relative(process.cwd(), file.path);
    if (args.check) {
      const same = existsSync(file.path) && readFileSync(file.path, 'utf8') === file.text;
      if (!same) stale += 1;
      out(`${same ? 'up to date' : 'STALE'}  ${shown}`);
      continue;
    }
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.text);
    out(`wrote ${shown}`);
  }
  return stale > 0 ? 1 : 0;
}
