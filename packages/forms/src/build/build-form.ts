/**
 * Build-time compilation: one definition → one ESM module (`export const form`) made of ajv standalone
 * validators, the engine runtime and the named rules it uses, bundled by esbuild so no `require`, no `eval`
 * and no `new Function` remain. Self-contained by default; with `external: true` the engine and the built-in
 * rules stay bare imports for the host's bundler to share. Node only (it runs ajv and esbuild).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import { createAjv } from '../compile/ajv.js';
import { prepareAndCheck } from '../compile/compile-form.js';
import type { FormPlan, NamedRule } from '../engine/types.js';
import { canonicalLocale } from '../messages/catalog.js';
import { builtinRuleModules, ruleTable } from '../rules/registry.js';

const standaloneCode = ((standaloneModule as unknown as { default?: unknown }).default ??
  standaloneModule) as typeof import('ajv/dist/standalone/index.js').default;

/** Where a host rule lives for built modules: a module path (absolute, or relative to cwd) and its export. */
export interface RuleModule {
  module: string;
  exportName: string;
}

/** Options of {@link buildForm}. */
export interface BuildOptions {
  /** Host rules: the rule object (to check definitions) and the module a built form imports it from. */
  rules?: readonly { rule: NamedRule; module: RuleModule }[];
  /** Minify the module (default true). */
  minify?: boolean;
  /** Locale of `issue.message` in the built module (default `en`). */
  locale?: string;
  /**
   * Keep the engine (`@gatehouse/forms`) and the built-in named rules (`@gatehouse/forms/rules/<name>`) as bare
   * imports instead of bundling them (default false). A bundle with many forms then holds one copy of each, and
   * every environment resolves its own rule variant through export conditions: `browser` → compact e-mail
   * filter and password policy without the list, default (Node, server) → the exact lists. The module only
   * loads where `@gatehouse/forms` resolves (a dependency of the importing package).
   */
  external?: boolean;
  /**
   * The locales whose form texts (`messages.<locale>`) the module keeps, e.g. `['en']` (default: all). Tags are
   * matched canonically (`de_ch` = `de-CH`) and exactly (`de` does not keep `de-CH`). Ship the others as separate
   * modules from {@link buildFormMessages}, loaded only on pages in those languages. Keep `en`: it is the last
   * fallback of every locale chain.
   */
  locales?: readonly string[];
}

/** A built side-effect module registering one locale's texts of one form (see {@link buildFormMessages}). */
export interface BuiltFormMessages {
  id: string;
  /** The canonical locale tag. */
  locale: string;
  /** The ES module source. */
  code: string;
  /** Its TypeScript declaration (the module exports nothing). */
  declaration: string;
}

/** A module a self-contained form imports lazily, by the relative URL `./<file>`: serve or write it beside. */
export interface BuiltChunk {
  /** Its file name, with a hash of its content (`rule-phone.<16 hex>.js`): it never changes, cache it for good. */
  file: string;
  /** The ES module source. */
  code: string;
}

/** A built module. */
export interface BuiltForm {
  id: string;
  /** The ES module source. */
  code: string;
  /** Its TypeScript declaration. */
  declaration: string;
  /**
   * The modules `code` imports lazily by `./<file>` (self-contained builds with a `phone` field: libphonenumber-js
   * and its metadata); empty with `external: true`, where the host's bundler splits them.
   */
  chunks: BuiltChunk[];
}

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = resolve(here, '..', '..');

// Running from sources (tsx, vitest) the engine is .ts; from dist it is .js.
function ownModule(relative: string): string {
  for (const ext of ['.ts', '.js']) {
    const file = join(here, '..', `${relative}${ext}`);
    if (existsSync(file)) return file;
  }
  throw new Error(`gatehouse-forms: cannot find ${relative} beside the build module`);
}

// Self-contained modules are for browsers: they bundle the browser variants of the rules.
const ownRuleFiles: Record<string, string> = {
  'business-email': 'rules/business-email.browser',
  password: 'rules/password.browser',
  phone: 'rules/phone.browser',
  'matches-field': 'rules/matches-field',
  date: 'rules/date',
  file: 'rules/file',
};

/**
 * The lazy imports a self-contained module keeps as files of their own: `import(specifier)` inside `importer`
 * becomes `import("./<chunk>")`, the chunk being `module` bundled alone. One file per rule (not esbuild's code
 * splitting): the module's first load stays one file, and the chunk is the same for every form, so a server keeps
 * one copy. Only modules without state shared with the engine may be listed (a second copy of the message catalog
 * would register texts nobody reads): `phone.ts` reads options and parses numbers, nothing more.
 */
const ownLazyChunks: readonly LazyChunk[] = [
  {
    rule: 'phone',
    importer: /[\\/]rules[\\/]phone\.browser\.[jt]s$/,
    specifier: './phone.js',
    module: 'rules/phone',
    name: 'rule-phone',
  },
];

/** A lazy import of an own rule kept as a chunk: the rule, where the import is and what it names. */
interface LazyChunk {
  rule: string;
  importer: RegExp;
  specifier: string;
  module: string;
  name: string;
}

/** Bundles `module` alone into a chunk named after its content. */
async function buildChunk(module: string, name: string, minify: boolean): Promise<BuiltChunk> {
  const result = await build({
    entryPoints: [ownModule(module)],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    mainFields: ['module', 'main'],
    conditions: ['source', 'import', 'default'],
    minify,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  return { file: `${name}.${hash}.js`, code };
}

type Ajv = ReturnType<typeof createAjv>;
type CompiledValidator = NonNullable<ReturnType<Ajv['getSchema']>>;
// The parts of ajv's SchemaEnv read here (not in ajv's public types): the validators a root compiled for
// the `$ref`s reached from it, keyed by absolute URI.
interface RootEnv {
  refs: Record<string, unknown>;
}

/**
 * The standalone source exporting `form`, `when<i>` and `field<i>`, with each validator emitted once.
 * `ajv.getSchema('…#/$defs/gatehouse-field-3')` would compile a second copy of a field the whole-form
 * validator already compiled for its `$ref` (and a third of fields nested in a field): the exports are
 * taken from the root's own `$ref` table instead, so whole-form and per-field validation run the same
 * functions. Error objects carry no `message` (the engine words issues from its catalogs).
 */
function validatorsModule(
  formSchema: object,
  rootId: string,
  whenIds: readonly string[],
  fieldIds: readonly string[],
): string {
  const { schema, canonical } = shareIdenticalFields(formSchema, `${rootId}#/$defs/`, fieldIds);
  const ajv = createAjv(true);
  // Read at code generation, not at construction; the engine never reads ajv's English messages.
  ajv.opts.messages = false;
  ajv.addSchema(schema);
  const root = ajv.getSchema(rootId);
  if (!root) throw new Error(`gatehouse-forms: cannot compile schema ${rootId}`);
  const refs = (root as unknown as { schemaEnv: RootEnv }).schemaEnv.refs;
  const shared = (id: string): CompiledValidator | undefined => {
    const env = refs[id] as { validate?: CompiledValidator } | undefined;
    return typeof env === 'object' && typeof env?.validate === 'function' ? env.validate : undefined;
  };
  const exportsMap: Record<string, string> = { form: rootId };
  whenIds.forEach((id, i) => {
    exportsMap[`when${i}`] = id;
  });
  fieldIds.forEach((id, i) => {
    exportsMap[`field${i}`] = canonical(id);
  });
  // standaloneCode looks every export up with getSchema; answer with the root's copy when it has one.
  const view = Object.create(ajv, {
    getSchema: { value: (id: string) => (id === rootId ? root : (shared(id) ?? ajv.getSchema(id))) },
  }) as Ajv;
  return withOwnCodePoints(withoutSchemaPaths(standaloneCode(view, exportsMap)));
}

const ucs2lengthRequire = 'require("ajv/dist/runtime/ucs2length").default';

// ajv's code-point counter is CommonJS: esbuild wraps it in a module shim and keeps its `require(…)` string
// in every built module. The ES module beside this file counts the same way (tested against ajv's).
function withOwnCodePoints(source: string): string {
  if (!source.includes(ucs2lengthRequire)) return source;
  const from = JSON.stringify(ownModule('build/code-points'));
  return `import gatehouseCodePoints from ${from};\n${source.split(ucs2lengthRequire).join('gatehouseCodePoints')}`;
}

// Keywords whose values are data, not schemas: a `$ref`-looking object in there is left alone.
const dataKeywords = new Set(['const', 'enum', 'default', 'examples']);
// Keywords that make a schema depend on where it sits (its own base URI, dynamic scope): never merged.
const placeSensitive = /"\$(?:id|anchor|dynamicAnchor|dynamicRef|recursiveAnchor|recursiveRef)"/;

/**
 * Field schemas that are the same JSON (same keywords in the same order, so the same errors in the same
 * order) are validated by one function: every `$ref` to a later copy is pointed at the first, repeated
 * until nested groups whose children were merged are merged in turn. `canonical` maps a field's ref to the
 * ref whose validator it uses. The copies stay in `$defs`, unreferenced, so no other pointer breaks.
 */
function shareIdenticalFields(
  formSchema: object,
  defsPrefix: string,
  fieldIds: readonly string[],
): { schema: object; canonical: (id: string) => string } {
  let schema = formSchema as { $defs?: Record<string, unknown> };
  const names = fieldIds.map((id) => id.slice(defsPrefix.length));
  const mergedInto = new Map<string, string>();
  for (;;) {
    const first = new Map<string, string>();
    const round = new Map<string, string>();
    for (const name of names) {
      if (mergedInto.has(name)) continue;
      const text = JSON.stringify(schema.$defs?.[name]);
      if (text === undefined || placeSensitive.test(text)) continue;
      const earlier = first.get(text);
      if (earlier === undefined) first.set(text, name);
      else round.set(name, earlier);
    }
    if (round.size === 0) break;
    for (const [name, into] of round) mergedInto.set(name, into);
    schema = retarget(schema, round) as typeof schema;
  }
  const canonical = (id: string) => {
    let name = id.slice(defsPrefix.length);
    for (let into = mergedInto.get(name); into !== undefined; into = mergedInto.get(name)) name = into;
    return `${defsPrefix}${name}`;
  };
  return { schema, canonical };
}

// A copy of `node` with every `{ "$ref": "#/$defs/<merged>" }` pointed at the def it was merged into.
function retarget(node: unknown, merged: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(node)) return node.map((x) => retarget(x, merged));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    const into =
      key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/')
        ? merged.get(value.slice('#/$defs/'.length))
        : undefined;
    out[key] =
      into !== undefined ? `#/$defs/${into}` : dataKeywords.has(key) ? value : retarget(value, merged);
  }
  return out;
}

// `schemaPath:"#/properties/x/maxLength",` in an error object literal (followed by `keyword:`); ajv writes
// strings with JSON.stringify, so an unescaped `"` after `schemaPath:` cannot sit inside a string literal.
// A computed schema path (`"#/…"+i`) does not match and stays.
const schemaPathEntry = /(?<=[{,])schemaPath:"(?:[^"\\]|\\.)*",(?=keyword:)/g;

/**
 * Drops the JSON-Schema location from every error object: the engine reads `keyword`, `instancePath` and
 * `params` only, and these per-error strings are the one part of the validators gzip cannot fold together.
 */
export function withoutSchemaPaths(source: string): string {
  return source.replace(schemaPathEntry, '');
}

/** The canonical tag of `tag`, or an Error naming `what` (build options are a developer's input, checked early). */
function localeOption(tag: unknown, what: string): string {
  const canonical = canonicalLocale(tag);
  if (canonical === undefined)
    throw new Error(
      `gatehouse-forms: ${what} must be a BCP 47 language tag such as "en" or "de-CH", got ${JSON.stringify(tag) ?? String(tag)}`,
    );
  return canonical;
}

// The catalogs of `messages` whose canonical tag is one of `locales`, under the keys the author wrote.
function keptMessages(messages: FormPlan['messages'], locales: unknown): FormPlan['messages'] {
  if (!Array.isArray(locales))
    throw new Error('gatehouse-forms: options.locales must be an array of locale tags');
  const keep = new Set(locales.map((tag, i) => localeOption(tag, `options.locales[${i}]`)));
  return Object.fromEntries(
    Object.entries(messages).filter(([tag]) => keep.has(canonicalLocale(tag) ?? tag)),
  );
}

/**
 * The source of a side-effect module that registers the texts of `definition` for `locale` with
 * `registerFormMessages` (imported from `@gatehouse/forms`, no eval: CSP-safe). Pair it with a module built with
 * `locales` leaving that locale out, and import it only on pages in that language. Regional catalogs of the
 * same language are separate (`de-CH` is not part of `de`). `options.rules`: the host rules the definition
 * names, as for `buildForm` (only checked here). Throws `GatehouseError` `invalid-definition` like
 * `buildForm`, and an Error when the definition has no texts for `locale`.
 */
export function buildFormMessages(
  definition: unknown,
  locale: string,
  options: Pick<BuildOptions, 'rules'> = {},
): BuiltFormMessages {
  const tag = localeOption(locale, 'locale');
  // The same checks as buildForm (host rules included): a module for a broken definition helps nobody.
  const rules = ruleTable((options.rules ?? []).map((r) => r.rule));
  const { plan } = prepareAndCheck(definition, rules, true).prepared;
  const catalogs = Object.entries(plan.messages).filter(([key]) => (canonicalLocale(key) ?? key) === tag);
  if (catalogs.length === 0)
    throw new Error(`gatehouse-forms: form "${plan.id}" has no messages for locale ${tag}`);
  // Two author spellings of one tag (`de_CH`, `de-CH`) merge in definition order, like repeated registrations.
  const texts = Object.assign({}, ...catalogs.map(([, c]) => c)) as Record<string, unknown>;
  const code = [
    "import { registerFormMessages } from '@gatehouse/forms';",
    `registerFormMessages(${JSON.stringify(plan.id)}, ${JSON.stringify(tag)}, ${JSON.stringify(texts)});`,
    '',
  ].join('\n');
  const declaration = `/** Registers the ${tag} texts of the form "${plan.id}" (a side effect only). */\nexport {};\n`;
  return { id: plan.id, locale: tag, code, declaration };
}

/**
 * Builds one definition into an ES module. Throws `GatehouseError` `invalid-definition` exactly like
 * `compileForm`, and an Error when a named rule has no module to import it from.
 */
export async function buildForm(definition: unknown, options: BuildOptions = {}): Promise<BuiltForm> {
  const hostRules = options.rules ?? [];
  const external = options.external === true;
  const rules = ruleTable(hostRules.map((r) => r.rule));
  // Checks the definition exactly like compileForm (and throws the same errors); the code comes from a
  // second, leaner ajv instance below.
  const { prepared } = prepareAndCheck(definition, rules, true);
  const plan =
    options.locales === undefined
      ? prepared.plan
      : { ...prepared.plan, messages: keptMessages(prepared.plan.messages, options.locales) };
  const validatorsSource = validatorsModule(
    prepared.formSchema,
    prepared.rootId,
    prepared.whenIds,
    prepared.fieldIds,
  );

  const used = [...new Set(plan.named.map((n) => n.name))];
  const imports = used.map((name, i) => {
    const host = hostRules.find((r) => r.rule.name === name);
    if (host)
      return `import { ${host.module.exportName} as r${i} } from ${JSON.stringify(resolve(host.module.module))};`;
    const own = ownRuleFiles[name];
    const spec = builtinRuleModules[name];
    if (!own || !spec)
      throw new Error(`gatehouse-forms: rule "${name}" needs a module for built forms (BuildOptions.rules)`);
    // The package specifier, not the file: its export conditions pick the browser or the exact variant.
    const from = external ? `@gatehouse/forms/rules/${name}` : ownModule(own);
    return `import { ${spec.exportName} as r${i} } from ${JSON.stringify(from)};`;
  });
  const engine = external ? '@gatehouse/forms' : ownModule('engine/engine');
  const entry = [
    `import * as v from 'gatehouse:validators';`,
    `import { createForm } from ${JSON.stringify(engine)};`,
    ...imports,
    `const plan = ${JSON.stringify(plan)};`,
    `const validators = { form: v.form, when: [${prepared.whenIds.map((_, i) => `v.when${i}`).join(',')}], fields: [${prepared.fieldIds.map((_, i) => `v.field${i}`).join(',')}] };`,
    `const rules = { ${used.map((name, i) => `${JSON.stringify(name)}: r${i}`).join(', ')} };`,
    `/** The compiled form "${plan.id}". */`,
    `export const form = createForm(plan, validators, rules, ${JSON.stringify(options.locale ? { locale: options.locale } : {})});`,
    'export default form;',
  ].join('\n');

  const minify = options.minify ?? true;
  // Only for own rules the form uses (a host rule of the same name is the host's module, bundled as it is).
  const lazy = external
    ? []
    : ownLazyChunks.filter((c) => used.includes(c.rule) && !hostRules.some((r) => r.rule.name === c.rule));
  const chunks = await Promise.all(lazy.map((c) => buildChunk(c.module, c.name, minify)));
  const result = await build({
    stdin: { contents: entry, resolveDir: packageRoot, sourcefile: `${plan.id}.form.js`, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    mainFields: ['module', 'main'],
    conditions: ['source', 'import', 'default'],
    minify,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    external: external ? ['@gatehouse/forms', '@gatehouse/forms/*'] : [],
    plugins: [
      {
        name: 'gatehouse-validators',
        setup(b) {
          b.onResolve({ filter: /^gatehouse:validators$/ }, () => ({
            path: 'validators',
            namespace: 'gatehouse',
          }));
          b.onLoad({ filter: /.*/, namespace: 'gatehouse' }, () => ({
            contents: validatorsSource,
            loader: 'js',
            resolveDir: packageRoot,
          }));
        },
      },
      {
        name: 'gatehouse-lazy-chunks',
        setup(b) {
          b.onResolve({ filter: /^\.\/[\w.-]+$/ }, (args) => {
            if (args.kind !== 'dynamic-import') return undefined;
            const at = lazy.findIndex((c) => c.specifier === args.path && c.importer.test(args.importer));
            const chunk = chunks[at];
            return chunk ? { path: `./${chunk.file}`, external: true } : undefined;
          });
        },
      },
    ],
  });
  const code = result.outputFiles[0]!.text;
  const imported = chunks.filter((c) => code.includes(`"./${c.file}"`));
  // ajv keeps `'require("…")'` strings as metadata; only a real call (or esbuild's shim) is a problem.
  if (/(?<!['"\w.$])require\s*\(|__require/.test(code))
    throw new Error(`gatehouse-forms: built module "${plan.id}" still calls require()`);
  const declaration = [
    "import type { CompiledForm } from '@gatehouse/forms';",
    `/** The compiled form "${plan.id}". */`,
    'export declare const form: CompiledForm;',
    'export default form;',
    '',
  ].join('\n');
  return { id: plan.id, code, declaration, chunks: imported };
}
