import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnyStateMachine } from 'xstate';
import { isMachine } from '../assert-machine.js';
import { checkSync } from '../check/check.js';
import type { CheckOptions, CheckResult } from '../check/types.js';
import { GatehouseError } from '../errors.js';
import type { ModelDefinition } from '../model/define-model.js';
import { errorText } from '../report/display.js';
import { formatViolation } from '../report/format.js';
import { GENERATE_USAGE, parseGenerateArgs, runGenerate } from './generate-command.js';

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const USAGE = `usage: gatehouse-check <model-file…> [--json] [--max-states N] | --help
       ${GENERATE_USAGE.replace('usage: ', '')}`;

/** What `--help` prints. */
export const HELP = `${USAGE}

Model-checks every model a file default-exports: { machine, options, name? } or an array of them
(write them with defineModel from @gatehouse/check for typed options).

  --json           print the results as JSON (errors written as "Name(code): message")
  --max-states N   stop each exploration after N states (the run is then INCOMPLETE, never a pass)
  --help, -h       this text

generate writes a browser test suite (@web/test-runner, mocha) for each model of the file: a small set of
paths over the explored graph (--cover states by default; edges, edge-pairs, guards, tags, …), as
<model>.paths.json and <model>.generated.test.ts, run by the adapter file's default export (a PageAdapter
of @gatehouse/check/browser: how to mount the page, perform each event and recognise each state).
--check compares instead of writing (exit 1 when a generated file is missing or stale).

Exit code: 0 every model passed completely, 1 a violation or an incomplete run,
2 bad arguments or a model file that cannot be loaded (the message names the file and model).
TypeScript model files (.ts) need tsx installed next to @gatehouse/check (pnpm add -D tsx).`;

function parseArgs(argv: string[]): { files: string[]; json: boolean; maxStates?: number; help?: true } {
  const files: string[] = [];
  let json = false;
  if (argv.includes('--help') || argv.includes('-h')) return { files, json, help: true };
  let maxStates: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--max-states') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n <= 0)
        throw new GatehouseError('invalid-arguments', `--max-states needs a positive integer\n${USAGE}`);
      maxStates = n;
    } else if (arg.startsWith('-'))
      throw new GatehouseError('invalid-arguments', `unknown option ${arg}\n${USAGE}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new GatehouseError('invalid-arguments', USAGE);
  return maxStates === undefined ? { files, json } : { files, json, maxStates };
}

/** Loads a model file and validates its default export, naming the file and the index of a bad entry. */
export async function loadModels(file: string): Promise<ModelDefinition[]> {
  let module: { default?: unknown };
  try {
    module = await import(pathToFileURL(resolve(file)).href);
  } catch (error) {
    const message = (error as Error).message;
    // Without tsx, Node cannot load TypeScript: say what to install instead of a bare syntax error.
    const hint =
      /\.[cm]?tsx?$/.test(file) && !(globalThis as { __gatehouseTsx?: boolean }).__gatehouseTsx
        ? ' (TypeScript model files need tsx: pnpm add -D tsx, or write the model in .js)'
        : '';
    throw new GatehouseError('model-load-failed', `${file}: cannot load: ${message}${hint}`, {
      cause: error,
    });
  }
  const exported = module.default;
  const list = Array.isArray(exported) ? exported : [exported];
  return list.map((entry: unknown, i) => {
    const where = Array.isArray(exported) ? `${file} [${i}]` : file;
    if (typeof entry !== 'object' || entry === null || !isMachine((entry as ModelDefinition).machine)) {
      throw new GatehouseError(
        'invalid-model',
        `${where}: the default export must be { machine, options } (or an array of them) with an XState v5 machine`,
      );
    }
    const model = entry as ModelDefinition;
    return { ...model, name: model.name ?? model.machine.id, where } as ModelDefinition & { where: string };
  });
}

/** Checks one model; a bad option is reported with the file, index and name of the model it belongs to. */
function checkModel(
  model: ModelDefinition,
  options: CheckOptions<AnyStateMachine>,
  name: string,
): CheckResult {
  try {
    return checkSync(model.machine, options);
  } catch (error) {
    if (!(error instanceof GatehouseError)) throw error;
    const where = (model as { where?: string }).where ?? '';
    throw new GatehouseError(error.code, `${where} (model "${name}"): ${error.message}`, { cause: error });
  }
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, c) => cell.padEnd(widths[c] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * Runs the CLI: checks every model of every file, prints a summary table and each violation as a
 * numbered trace (or JSON with `--json`). Resolves to the exit code: 0 all passed, 1 a violation or an
 * incomplete run, 2 bad arguments or a model file that cannot be loaded.
 */
export async function runCli(
  argv: string[],
  io: CliIo = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) },
): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  const results: Array<{ file: string; name: string; result: CheckResult }> = [];
  try {
    if (argv[0] === 'generate') {
      if (argv.includes('--help') || argv.includes('-h')) {
        io.out(HELP);
        return 0;
      }
      return await runGenerate(parseGenerateArgs(argv.slice(1)), loadModels, io.out);
    }
    args = parseArgs(argv);
    if (args.help) {
      io.out(HELP);
      return 0;
    }
    for (const file of args.files) {
      for (const model of await loadModels(file)) {
        const options = {
          ...model.options,
          ...(args.maxStates === undefined ? {} : { maxStates: args.maxStates }),
        };
        const name = model.name ?? model.machine.id;
        results.push({ file, name, result: checkModel(model, options, name) });
      }
    }
  } catch (error) {
    io.err(
      error instanceof GatehouseError
        ? `gatehouse-check: ${error.message}`
        : `gatehouse-check: ${(error as Error).stack ?? error}`,
    );
    return 2;
  }
  const failed = results.some(({ result }) => !result.ok);
  if (args.json) {
    io.out(JSON.stringify(results, (_key, value) => (value instanceof Error ? errorText(value) : value), 2));
    return failed ? 1 : 0;
  }
  const pct = (r: number) => `${Math.round(r * 100)}%`;
  io.out(
    table([
      ['model', 'verdict', 'states', 'transitions', 'nodes', 'transitions covered', 'violations'],
      ...results.map(({ name, result }) => [
        name,
        result.ok ? 'PASS' : result.complete ? 'FAIL' : 'INCOMPLETE',
        String(result.stats.states),
        String(result.stats.transitions),
        pct(result.coverage.stateNodes.ratio),
        pct(result.coverage.transitions.ratio),
        String(result.violations.length),
      ]),
    ]),
  );
  for (const { name, result } of results) {
    if (result.unreachable.length > 0)
      io.out(`\n${name}: unreachable state nodes: ${result.unreachable.join(', ')}`);
    for (const warning of result.warnings) io.out(`${name}: warning: ${warning}`);
    result.violations.forEach((v, i) => {
      io.out(`\n${name} ${formatViolation(v, i + 1)}`);
    });
  }
  io.out(
    `\n${results.filter((r) => r.result.ok).length} passed, ${results.filter((r) => !r.result.ok).length} failed (${results.reduce((ms, r) => ms + r.result.stats.ms, 0)} ms)`,
  );
  return failed ? 1 : 0;
}
