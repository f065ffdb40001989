/**
 * The `gatehouse-forms` command: `build <files…> --out <dir> [--external] [--locales en] [--messages de]
 * [--rule name=module#export]` and
 * `lint <files…>` (prints `file:pointer: problem`, exits 1 on problems), `migrate --check <defs…> <dump>` and
 * `diff <a> <b>`, `export --to zod|valibot <file>`. `runCli` is the testable core.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildFiles } from '../build/build-files.js';
import type { BuildOptions } from '../build/build-form.js';
import type { FormDefinition } from '../definition/types.js';
import type { NamedRule } from '../engine/types.js';
import { lintDefinition } from '../lint/lint.js';
import { checkMigrations } from '../migrate/check.js';
import { diffDefinitions } from '../migrate/diff.js';
import { runExport } from './export-command.js';

/** Where the CLI writes; tests pass collectors. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

const usage = `usage:
  gatehouse-forms build <definition.json…> --out <dir> [--external] [--rule <name>=<module>#<export>]…
    --external       keep @gatehouse/forms and its named-rule modules as imports (many forms share one copy)
    --locales <l,…>  keep only these locales' form texts in the modules (e.g. en)
    --messages <l,…> also write <id>.<locale>.js per locale, registering its texts (e.g. de)
  gatehouse-forms lint <definition.json…> [--rule <name>=<module>#<export>]…
  gatehouse-forms migrate --check <definition.json…> <dump.json>
    proves every stored submission ({ form, version, data }) of the dump validates after migration
  gatehouse-forms diff <old.json> <new.json>
    lists what changed between two revisions of a form
  gatehouse-forms export --to zod|valibot <definition.json> [--out <file.js>] [--plain]
    writes the zod or valibot module and prints what it does not check like the form`;

/** Runs the CLI with `argv` (without node and script) and returns the exit code. Never calls process.exit. */
export async function runCli(
  argv: readonly string[],
  io: CliIo = { out: console.log, err: console.error },
): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'migrate' || command === 'diff') return runReview(command, rest, io);
  if (command === 'export') return runExport(rest, io, usage);
  const files: string[] = [];
  const ruleSpecs: string[] = [];
  let outDir: string | undefined;
  let external = false;
  let locales: string[] | undefined;
  let messageLocales: string[] = [];
  const list = (value: string | undefined) => (value ?? '').split(',').filter((l) => l !== '');
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--out') outDir = rest[++i];
    else if (arg === '--rule') ruleSpecs.push(rest[++i] ?? '');
    // Only `build` writes modules; on `lint` the flag would silently mean nothing, so it is refused below.
    else if (arg === '--external' && command === 'build') external = true;
    else if (arg === '--locales' && command === 'build') locales = list(rest[++i]);
    else if (arg === '--messages' && command === 'build') messageLocales = list(rest[++i]);
    else if (arg.startsWith('--')) {
      io.err(`unknown option ${arg}\n${usage}`);
      return 2;
    } else files.push(arg);
  }
  if ((command !== 'build' && command !== 'lint') || files.length === 0 || (command === 'build' && !outDir)) {
    io.err(usage);
    return 2;
  }
  let hostRules: NonNullable<BuildOptions['rules']>;
  try {
    hostRules = await Promise.all(ruleSpecs.map(loadRule));
  } catch (error) {
    io.err((error as Error).message);
    return 2;
  }

  if (command === 'lint') {
    let count = 0;
    for (const file of files) {
      let definition: unknown;
      try {
        definition = JSON.parse(await readFile(file, 'utf8'));
      } catch (error) {
        io.out(`${file}:: cannot read JSON (${(error as Error).message})`);
        count++;
        continue;
      }
      for (const p of lintDefinition(definition, { rules: hostRules.map((r) => r.rule) })) {
        io.out(`${file}:${p.pointer}: ${p.message}`);
        count++;
      }
    }
    io.err(count === 0 ? `${files.length} definition(s), no problems` : `${count} problem(s)`);
    return count === 0 ? 0 : 1;
  }

  try {
    const options = { rules: hostRules, external, messageLocales, ...(locales ? { locales } : {}) };
    for (const r of await buildFiles(files, outDir!, options)) {
      io.out(`${r.file} -> ${r.out} (${r.bytes} bytes)`);
      for (const m of r.messages ?? []) io.out(`${r.file} -> ${m.out} (${m.bytes} bytes, ${m.locale})`);
      for (const c of r.chunks ?? []) io.out(`${r.file} -> ${c.out} (${c.bytes} bytes, loaded lazily)`);
    }
    return 0;
  } catch (error) {
    io.err((error as Error).message);
    return 1;
  }
}

/** `migrate --check <defs…> <dump>` and `diff <a> <b>`. */
async function runReview(command: 'migrate' | 'diff', args: readonly string[], io: CliIo): Promise<number> {
  const files = args.filter((a) => a !== '--check');
  const unknown = args.find((a) => a.startsWith('--') && a !== '--check');
  if (
    unknown ||
    (command === 'migrate' ? !args.includes('--check') || files.length < 2 : files.length !== 2)
  ) {
    io.err(unknown ? `unknown option ${unknown}\n${usage}` : usage);
    return 2;
  }
  const read = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as unknown;
  let loaded: unknown[];
  try {
    loaded = await Promise.all(files.map(read));
  } catch (error) {
    io.err(`cannot read JSON (${(error as Error).message})`);
    return 2;
  }
  try {
    if (command === 'diff') {
      const changes = diffDefinitions(loaded[0] as FormDefinition, loaded[1] as FormDefinition);
      for (const c of changes) io.out(`${c.pointer || '(form)'}: ${c.text}`);
      io.err(`${changes.length} change(s)`);
      return 0;
    }
    const dump = files.at(-1)!;
    const result = checkMigrations(loaded.slice(0, -1) as FormDefinition[], loaded.at(-1));
    for (const f of result.failures) io.out(`${dump}#${f.pointer}: ${f.code}: ${f.message}`);
    io.err(`${result.checked} submission(s) checked, ${result.failures.length} problem(s)`);
    return result.failures.length === 0 ? 0 : 1;
  } catch (error) {
    // A definition that does not compile: its problems name their pointers.
    const problems = (error as { params?: { problems?: { pointer: string; message: string }[] } }).params
      ?.problems;
    io.err(
      problems ? problems.map((p) => `${p.pointer}: ${p.message}`).join('\n') : (error as Error).message,
    );
    return 1;
  }
}

async function loadRule(
  spec: string,
): Promise<{ rule: NamedRule; module: { module: string; exportName: string } }> {
  const match = /^([a-z0-9-]+)=(.+)#([A-Za-z_$][\w$]*)$/.exec(spec);
  if (!match) throw new Error(`--rule must look like name=./rules.js#exportName, got "${spec}"`);
  const [, name, module, exportName] = match as unknown as [string, string, string, string];
  const file = resolve(module);
  const rule = (await import(pathToFileURL(file).href))[exportName] as NamedRule | undefined;
  if (!rule || rule.name !== name)
    throw new Error(`${module} does not export a rule "${name}" as ${exportName}`);
  return { rule, module: { module: file, exportName } };
}
