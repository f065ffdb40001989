/**
 * Turns a definition into what both compilers need: the plan (plain data the engine runs on) and the pure JSON
 * Schemas to compile (the whole form with rules as `if`/`then`, one per `when`, one per field). Also collects
 * every problem of the definition itself, each with a JSON Pointer into the definition.
 */

import type {
  FormDefinition,
  FormRule,
  HiddenData,
  JsonSchema,
  UiField,
  UiStep,
} from '../definition/types.js';
import { defaultWidget } from '../definition/widgets.js';
import { formatPointer, isPointer, parsePointer } from '../engine/pointer.js';
import type { FieldModel, FormPlan, NamedRule, PlanNamedRule, PlanRule } from '../engine/types.js';
import { migrationProblems } from '../migrate/migrate.js';
import { deref, findNamedRules, isSchemaObject, type Located, pointersRead } from './walk.js';

/** A problem with a definition: where (JSON Pointer into the definition) and what. */
export interface DefinitionProblem {
  pointer: string;
  message: string;
}

/** The output of {@link prepare}: the plan and the schemas (with `$id`s) to hand to ajv. */
export interface Prepared {
  plan: FormPlan;
  /** The whole-form schema; its `$id` is `rootId`. */
  formSchema: Record<string, unknown>;
  rootId: string;
  /** Refs (`rootId#/$defs/…`) of the `when` schemas and the field schemas, in plan order. */
  whenIds: string[];
  fieldIds: string[];
}

const hiddenDataValues: HiddenData[] = ['omit', 'keep', 'clear'];
const idPattern = /^[a-z][a-z0-9-]*$/;

/** Base URI of the schemas ajv compiles; never fetched. */
export const schemaBase = 'https://gatehouse.invalid/forms/';

/**
 * Checks a definition and derives the plan and schemas. Never throws: returns every problem it finds, or the
 * prepared form. Schema errors ajv alone can see (bad keywords) are added by the compilers.
 */
export function prepare(
  input: unknown,
  rules: Readonly<Record<string, NamedRule>>,
): { ok: true; prepared: Prepared } | { ok: false; problems: DefinitionProblem[] } {
  const problems: DefinitionProblem[] = [];
  const problem = (pointer: string, message: string) => problems.push({ pointer, message });
  if (!isSchemaObject(input))
    return { ok: false, problems: [{ pointer: '', message: 'a definition must be a JSON object' }] };
  const def = input as unknown as FormDefinition;
  for (const key of Object.keys(def)) {
    if (
      ![
        '$schema',
        'id',
        'version',
        'migrations',
        'schema',
        'ui',
        'rules',
        'messages',
        'description',
      ].includes(key)
    ) {
      problem(
        formatPointer([key]),
        `unknown property "${key}" (expected id, version, migrations, schema, ui, rules, messages)`,
      );
    }
  }
  if (def.version !== undefined && !(Number.isInteger(def.version) && (def.version as number) >= 1))
    problem('/version', 'version must be a whole number from 1 up (raise it when the form changes)');
  for (const p of migrationProblems(def)) problem(p.pointer, p.message);
  if (typeof def.id !== 'string' || !idPattern.test(def.id)) {
    problem('/id', 'id must be a kebab-case string like "rma-request" (it names the built module)');
  }
  const schema = def.schema as JsonSchema;
  if (!isSchemaObject(schema)) {
    problem('/schema', 'schema must be a JSON Schema object');
    return { ok: false, problems };
  }
  if (schema.type !== 'object') problem('/schema/type', 'the root schema must have "type": "object"');
  for (const { at } of remoteRefs(schema, ''))
    problem(`/schema${at}`, 'remote $ref is not allowed; use "#/$defs/…"');

  // Fields: every property, recursively through objects; arrays are one list field.
  const ui = isSchemaObject(def.ui) ? def.ui : {};
  const uiFields: Record<string, UiField> = isSchemaObject(ui.fields)
    ? (ui.fields as Record<string, UiField>)
    : {};
  const collected = new Map<
    string,
    { located: Located; slot: string; parent: string; required: boolean; name: string }
  >();
  const childrenOf = new Map<string, string[]>();
  const collect = (node: Located, pointer: string) => {
    const s = deref(schema, node);
    const props = isSchemaObject(s.schema.properties) ? s.schema.properties : {};
    const required = Array.isArray(s.schema.required) ? (s.schema.required as unknown[]) : [];
    const kids: string[] = [];
    for (const [name, sub] of Object.entries(props)) {
      const p = `${pointer}${formatPointer([name])}`;
      const slot = `${s.at}/properties/${formatPointer([name]).slice(1)}`;
      const located = deref(schema, { schema: isSchemaObject(sub) ? sub : {}, at: slot });
      collected.set(p, { located, slot, parent: pointer, required: required.includes(name), name });
      kids.push(p);
      if (located.schema.type === 'object' || isSchemaObject(located.schema.properties)) collect(located, p);
    }
    childrenOf.set(pointer, kids);
  };
  collect({ schema, at: '' }, '');

  const fieldExists = (p: unknown) => typeof p === 'string' && collected.has(p);
  for (const [p, v] of Object.entries(uiFields)) {
    if (!fieldExists(p))
      problem(
        `/ui/fields/${formatPointer([p]).slice(1)}`,
        `ui names ${p}, which is not a field of the schema`,
      );
    else if (!isSchemaObject(v))
      problem(`/ui/fields/${formatPointer([p]).slice(1)}`, 'ui field hints must be an object');
  }

  // Top-level order: steps, else order, else schema order; fields left out are appended so none is lost.
  const steps: UiStep[] = [];
  const top = childrenOf.get('') ?? [];
  if (Array.isArray(ui.steps)) {
    ui.steps.forEach((step, i) => {
      if (!isSchemaObject(step) || typeof step.id !== 'string' || !Array.isArray(step.fields)) {
        problem(`/ui/steps/${i}`, 'a step needs "id" and "fields"');
        return;
      }
      step.fields.forEach((p, k) => {
        if (!top.includes(p))
          problem(`/ui/steps/${i}/fields/${k}`, `step field ${String(p)} is not a top-level field`);
      });
      steps.push({
        id: step.id,
        ...(typeof step.title === 'string' ? { title: step.title } : {}),
        fields: step.fields.filter((p: unknown): p is string => typeof p === 'string' && top.includes(p)),
      });
    });
  } else {
    const order = Array.isArray(ui.order) ? ui.order : top;
    if (Array.isArray(ui.order)) {
      ui.order.forEach((p, k) => {
        if (!top.includes(p))
          problem(`/ui/order/${k}`, `order names ${String(p)}, which is not a top-level field`);
      });
    }
    steps.push({ id: 'main', fields: [...order.filter((p) => top.includes(p))] });
  }
  const placed = new Set(steps.flatMap((s) => s.fields));
  const last = steps[steps.length - 1]!;
  for (const p of top) if (!placed.has(p)) last.fields.push(p);

  // Rules.
  const planRules: PlanRule[] = [];
  const defRules: FormRule[] = Array.isArray(def.rules) ? def.rules : [];
  if (def.rules !== undefined && !Array.isArray(def.rules)) problem('/rules', 'rules must be an array');
  defRules.forEach((rule, i) => {
    const at = `/rules/${i}`;
    if (!isSchemaObject(rule)) {
      problem(at, 'a rule must be an object');
      return;
    }
    if (!isSchemaObject(rule.when) && typeof rule.when !== 'boolean')
      problem(`${at}/when`, 'when must be a JSON Schema');
    const lists: Record<'show' | 'require' | 'disable', string[]> = { show: [], require: [], disable: [] };
    for (const key of ['show', 'require', 'disable'] as const) {
      const list = rule[key];
      if (list === undefined) continue;
      if (!Array.isArray(list)) {
        problem(`${at}/${key}`, `${key} must be an array of JSON Pointers`);
        continue;
      }
      list.forEach((p, k) => {
        if (!isPointer(p) || !fieldExists(p))
          problem(`${at}/${key}/${k}`, `${String(p)} is not a field of the schema`);
        else lists[key].push(p);
      });
    }
    if (!rule.show && !rule.require && !rule.disable) problem(at, 'a rule needs show, require or disable');
    if (rule.hiddenData !== undefined && !hiddenDataValues.includes(rule.hiddenData)) {
      problem(`${at}/hiddenData`, 'hiddenData must be "omit", "keep" or "clear"');
    }
    for (const p of pointersRead(rule.when ?? true)) {
      if (p !== '' && !fieldExists(p))
        problem(`${at}/when`, `when reads ${p}, which is not a field of the schema`);
    }
    planRules.push({
      ...lists,
      hiddenData: rule.hiddenData ?? 'omit',
      dependsOn: pointersRead(rule.when ?? true),
    });
  });

  // Named rules.
  const named: PlanNamedRule[] = [];
  for (const occurrence of findNamedRules(schema)) {
    const at = `/schema${occurrence.at}`;
    const ref = occurrence.ref;
    const name =
      typeof ref === 'string'
        ? ref
        : isSchemaObject(ref) && typeof ref.name === 'string'
          ? ref.name
          : undefined;
    const options = isSchemaObject(ref) && isSchemaObject(ref.options) ? ref.options : {};
    if (!name) {
      problem(at, 'x-rule must be a rule name or { "name", "options" }');
      continue;
    }
    const impl = rules[name];
    if (!impl) {
      problem(at, `unknown rule "${name}" (known: ${Object.keys(rules).sort().join(', ')})`);
      continue;
    }
    for (const message of impl.validateOptions?.(options) ?? []) problem(`${at}/options`, message);
    const dependsOn = impl.dependsOn?.(options) ?? [];
    dependsOn.forEach((p) => {
      if (!fieldExists(p))
        problem(`${at}/options`, `rule "${name}" reads ${p}, which is not a field of the schema`);
    });
    named.push({ pattern: occurrence.pattern, name, options, dependsOn });
  }

  // Messages.
  let messages = isSchemaObject(def.messages) ? (def.messages as FormPlan['messages']) : {};
  if (def.messages !== undefined && !isSchemaObject(def.messages))
    problem('/messages', 'messages must be an object of locales');
  for (const [locale, catalog] of Object.entries(messages)) {
    if (!isSchemaObject(catalog)) {
      problem(`/messages/${locale}`, 'a locale must map keys to texts');
      continue;
    }
    for (const [key, value] of Object.entries(catalog)) {
      const at = `/messages/${locale}/${formatPointer([key]).slice(1)}`;
      if (typeof value === 'string') continue;
      if (!key.startsWith('/') || !isSchemaObject(value))
        problem(at, 'a message must be a string (or, under a field pointer, an object of codes)');
      else if (!fieldExists(key)) problem(at, `messages name ${key}, which is not a field of the schema`);
    }
  }

  if (problems.length > 0) return { ok: false, problems };

  // The UI model, depth first in UI order.
  const shownBy = new Map<string, HiddenData>();
  defRules.forEach((r) => {
    for (const p of r.show ?? []) if (!shownBy.has(p)) shownBy.set(p, r.hiddenData ?? 'omit');
  });
  const conditional = new Set(
    defRules.flatMap((r) => [...(r.show ?? []), ...(r.require ?? []), ...(r.disable ?? [])]),
  );
  const fields: FieldModel[] = [];
  const fieldSlots: string[] = [];
  const addField = (p: string, step: string | undefined) => {
    const info = collected.get(p)!;
    const s = info.located.schema;
    const hint: UiField = isSchemaObject(uiFields[p]) ? uiFields[p]! : {};
    const ruleName = namedRuleAt(named, p);
    const model: FieldModel = {
      pointer: p,
      name: info.name,
      parent: info.parent,
      ...(step ? { step } : {}),
      ...(typeof s.type === 'string' ? { type: s.type } : {}),
      widget: hint.widget ?? defaultWidget(s, ruleName),
      label: hint.label ?? (typeof s.title === 'string' ? s.title : info.name),
      ...(hint.help ? { help: hint.help } : {}),
      ...(hint.placeholder ? { placeholder: hint.placeholder } : {}),
      ...(hint.autocomplete ? { autocomplete: hint.autocomplete } : {}),
      required: info.required,
      conditional: conditional.has(p),
      ...(optionsOf(s, hint) ? { options: optionsOf(s, hint)! } : {}),
      constraints: constraintsOf(s, named, p),
      ...('default' in s ? { default: s.default } : {}),
      ...(shownBy.has(p) ? { hiddenData: shownBy.get(p)! } : {}),
    };
    fields.push(model);
    fieldSlots.push(info.slot);
    const kids = childrenOf.get(p) ?? [];
    const order = Array.isArray(hint.order) ? hint.order.filter((k) => kids.includes(k)) : [];
    for (const k of [...order, ...kids.filter((k) => !order.includes(k))]) addField(k, step);
  };
  const multi = steps.length > 1 || Array.isArray(ui.steps);
  for (const step of steps) for (const p of step.fields) addField(p, multi ? step.id : undefined);
  // Yes/no questions label their options with these keys unless the definition says otherwise.
  if (fields.some((f) => f.options?.some((o) => o.label === yesNoKeys.true)))
    messages = withTexts(messages, featureTexts.yesNo);
  if (named.some((n) => n.name === 'date')) messages = withTexts(messages, featureTexts.date);
  if (named.some((n) => n.name === 'file')) messages = withTexts(messages, featureTexts.file);

  // Schemas: rules become `if`/`then` so a server using the schema alone enforces the same requirements.
  const id = def.id;
  const rootId = `${schemaBase}${id}.json`;
  const whenDefs: Record<string, unknown> = {};
  const allOf: unknown[] = Array.isArray(schema.allOf) ? [...schema.allOf] : [];
  defRules.forEach((rule, i) => {
    whenDefs[`gatehouse-when-${i}`] = rule.when;
    if (rule.require && rule.require.length > 0) {
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's `then` keyword, not a thenable.
      allOf.push({ if: { $ref: `#/$defs/gatehouse-when-${i}` }, then: requireSchema(rule.require) });
    }
  });
  // Each field's schema moves to `$defs` and is referenced from its place, so the whole-form validator calls
  // the same compiled function the per-field validator is (ajv `inlineRefs: false`): no code twice.
  const hoisted = structuredClone(schema) as Record<string, unknown>;
  const slots = fieldSlots.map((slot) => {
    const segs = parsePointer(slot);
    let container: unknown = hoisted;
    for (const seg of segs.slice(0, -1)) container = (container as Record<string, unknown>)[seg];
    return { container: container as Record<string, unknown>, key: segs[segs.length - 1]! };
  });
  const fieldDefs: Record<string, unknown> = {};
  slots.forEach(({ container, key }, i) => {
    fieldDefs[`gatehouse-field-${i}`] = container[key];
    container[key] = { $ref: `#/$defs/gatehouse-field-${i}` };
  });
  const formSchema: Record<string, unknown> = {
    ...hoisted,
    $id: rootId,
    $defs: { ...(isSchemaObject(hoisted.$defs) ? hoisted.$defs : {}), ...whenDefs, ...fieldDefs },
    ...(allOf.length > 0 ? { allOf } : {}),
  };
  delete formSchema.$schema;
  // Fragments of the form schema, so ajv compiles each once and the whole-form validator shares them.
  const whenIds = defRules.map((_, i) => `${rootId}#/$defs/gatehouse-when-${i}`);
  const fieldIds = fields.map((_, i) => `${rootId}#/$defs/gatehouse-field-${i}`);

  const plan: FormPlan = {
    id,
    fields,
    steps,
    rules: planRules,
    named,
    messages,
    defaults: defaultsOf(fields),
  };
  return { ok: true, prepared: { plan, formSchema, rootId, whenIds, fieldIds } };
}

function namedRuleAt(named: PlanNamedRule[], pointer: string): string | undefined {
  const segs = parsePointer(pointer);
  return named.find((n) => n.pattern.length === segs.length && n.pattern.every((s, i) => s === segs[i]))
    ?.name;
}

/** Message keys of a yes/no question's options. */
const yesNoKeys = { true: 'gatehouse.yes', false: 'gatehouse.no' } as const;

/**
 * English and German texts that travel with the forms that need them (yes/no options, the `date` rule's codes):
 * added to the form's own catalog, under the definition's texts, so pages without such fields never load them.
 */
export const featureTexts: Record<'yesNo' | 'date' | 'file', Record<string, Record<string, string>>> = {
  yesNo: {
    en: { 'gatehouse.yes': 'Yes', 'gatehouse.no': 'No' },
    de: { 'gatehouse.yes': 'Ja', 'gatehouse.no': 'Nein' },
  },
  date: {
    en: {
      'date-in-future': 'The date cannot be in the future.',
      'date-in-past': 'The date cannot be in the past.',
      'date-too-early': 'Please enter {min} or later.',
      'date-too-late': 'Please enter {max} or earlier.',
    },
    de: {
      'date-in-future': 'Das Datum darf nicht in der Zukunft liegen.',
      'date-in-past': 'Das Datum darf nicht in der Vergangenheit liegen.',
      'date-too-early': 'Bitte geben Sie den {min} oder ein späteres Datum ein.',
      'date-too-late': 'Bitte geben Sie den {max} oder ein früheres Datum ein.',
    },
  },
  file: {
    en: {
      'file-type': '{name} is not a file of an accepted type ({allowed}).',
      'file-too-big': '{name} is larger than {max}.',
      'too-many-files': 'Please choose at most {max} files.',
      'invalid-file': 'This file could not be read; please choose it again.',
      'file-not-uploaded': 'This file has not been uploaded; please choose it again.',
    },
    de: {
      'file-type': '{name} hat keinen der erlaubten Dateitypen ({allowed}).',
      'file-too-big': '{name} ist größer als {max}.',
      'too-many-files': 'Bitte wählen Sie höchstens {max} Dateien.',
      'invalid-file': 'Diese Datei konnte nicht gelesen werden; bitte wählen Sie sie erneut.',
      'file-not-uploaded': 'Diese Datei wurde nicht hochgeladen; bitte wählen Sie sie erneut.',
    },
  },
};

function withTexts(
  messages: FormPlan['messages'],
  texts: Record<string, Record<string, string>>,
): FormPlan['messages'] {
  const out: FormPlan['messages'] = { ...messages };
  for (const [locale, own] of Object.entries(texts)) out[locale] = { ...own, ...(out[locale] ?? {}) };
  return out;
}

function optionsOf(
  s: Record<string, unknown>,
  hint: UiField,
): { value: unknown; label: string }[] | undefined {
  const labels = isSchemaObject(hint.options) ? hint.options : {};
  // A boolean shown as radio buttons is a yes/no question: two options, whatever the schema lists.
  if (s.type === 'boolean' && hint.widget === 'radio')
    return [true, false].map((value) => ({
      value,
      label: labels[String(value)] ?? yesNoKeys[String(value) as 'true' | 'false'],
    }));
  if (!Array.isArray(s.enum)) return undefined;
  return s.enum.map((value) => ({ value, label: labels[String(value)] ?? String(value) }));
}

const constraintKeys = [
  'maxLength',
  'minLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'const',
];

function constraintsOf(
  s: Record<string, unknown>,
  named: PlanNamedRule[],
  pointer: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of constraintKeys) if (k in s) out[k] = s[k];
  // A date's bounds, so a renderer can set the date picker's min/max (the rule itself decides).
  const segs = parsePointer(pointer);
  // A file field's limits, so a renderer can set the file picker's `accept` and say what fits.
  const own = named.find(
    (n) =>
      (n.name === 'date' || n.name === 'file') &&
      n.pattern.length === segs.length &&
      n.pattern.every((x, i) => x === segs[i]),
  );
  if (own) Object.assign(out, own.options);
  return out;
}

function requireSchema(pointers: string[]): Record<string, unknown> {
  // Nested pointers require the leaf only where its parent object exists, like `required` inside `properties`.
  const root: Record<string, unknown> = {};
  for (const p of pointers) {
    const segs = parsePointer(p);
    let node = root;
    for (const seg of segs.slice(0, -1)) {
      node.properties ??= {};
      const props = node.properties as Record<string, Record<string, unknown>>;
      props[seg] ??= {};
      node = props[seg];
    }
    node.required ??= [];
    (node.required as string[]).push(segs[segs.length - 1]!);
  }
  return root;
}

function defaultsOf(fields: FieldModel[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (!('default' in f)) continue;
    let node = out;
    const segs = parsePointer(f.pointer);
    for (const seg of segs.slice(0, -1)) {
      node[seg] ??= {};
      node = node[seg] as Record<string, unknown>;
    }
    node[segs[segs.length - 1]!] = structuredClone(f.default);
  }
  return out;
}

function* remoteRefs(node: unknown, at: string): Generator<{ at: string }> {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* remoteRefs(node[i], `${at}/${i}`);
  } else if (isSchemaObject(node)) {
    if (typeof node.$ref === 'string' && !node.$ref.startsWith('#')) yield { at: `${at}/$ref` };
    for (const [k, v] of Object.entries(node))
      if (k !== 'enum' && k !== 'const') yield* remoteRefs(v, `${at}/${formatPointer([k]).slice(1)}`);
  }
}
