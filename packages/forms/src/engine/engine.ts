/**
 * The form engine: the one code path that both `compileForm` (runtime ajv) and built modules (ajv standalone)
 * run, so browser and server give identical issues for identical data. It never compiles anything itself.
 */
import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { FormResult, Issue, UiStep } from '../definition/types.js';
import { createFormMessages, type FormMessages } from '../messages/form-messages.js';
import { clean, omitPointers } from './clean.js';
import { type RawIssue, toRawIssues } from './issues.js';
import { formatPointer, getAt, isAtOrBelow, parentPointer, parsePointer } from './pointer.js';
import type {
  FieldModel,
  FormPlan,
  FormSubject,
  FormValidators,
  NamedRule,
  PlanNamedRule,
  RequirementLister,
  RuleChecker,
  RuleRequirement,
  ValidateOptions,
} from './types.js';

export type { FormMessages };

/** The state of one field for given data. */
export interface FieldState {
  pointer: string;
  visible: boolean;
  required: boolean;
  disabled: boolean;
}

/** A compiled form: the same interface whether it came from `compileForm` or a built module. */
export interface CompiledForm<T = Record<string, unknown>> {
  readonly id: string;
  /**
   * Every issue at once, or the cleaned value with hidden fields omitted. `options.subject` carries facts about
   * the person the data does not hold (names for the password rule, whether they have MFA).
   */
  validate(data: unknown, options?: ValidateOptions): FormResult<T>;
  /** Issues of one field and of the fields whose rules depend on it, without validating the whole form. */
  validateField(pointer: string, data: unknown, options?: ValidateOptions): Issue[];
  /**
   * The requirements the named rules at `pointer` state for its current value (the password policy's checklist),
   * each with `met`; empty for fields without such rules.
   */
  requirements(pointer: string, data: unknown, options?: ValidateOptions): RuleRequirement[];
  /** The fields visible for `data`, in UI order. */
  visibleFields(data: unknown): FieldModel[];
  /** Required, visible fields that are still empty, in UI order (groups excluded, their fields listed). */
  requiredMissing(data: unknown): FieldModel[];
  /** Visible / required / disabled for every field, in UI order. */
  fieldStates(data: unknown): FieldState[];
  /** The UI model a renderer walks: every field in UI order, groups before their children. */
  fields(): FieldModel[];
  /** The steps of a multi-step form (one step holding every top-level field otherwise). */
  steps(): UiStep[];
  /** Initial data from the schema's `default`s. A fresh copy each call. */
  defaults(): Record<string, unknown>;
  /**
   * Messages for a locale (`de-CH` falls back to `de`, then English); an unknown code gets a generic localised
   * text naming it. Never throws.
   */
  messagesFor(locale: string): FormMessages;
  /**
   * Resolves when every named rule the form uses gives final answers (at once when none loads lazily; the
   * browser `business-email` rule loads its policy as a separate chunk). Never rejects, also when a chunk fails
   * to load: that rule then stays permissive and the server decides on submit. Until it resolves, a lazy rule
   * accepts everything, so a renderer awaits it once and re-validates the fields that are shown or had input.
   */
  ready(): Promise<void>;
  /** Standard Schema v1, so Standard-Schema-aware tools accept a compiled form. */
  readonly '~standard': StandardSchemaV1.Props<unknown, T>;
}

/** Options for {@link createForm}. */
export interface EngineOptions {
  /** Locale of `issue.message` from `validate`/`validateField`; default `en`. */
  locale?: string;
}

interface RuleInstance {
  pattern: string[];
  name: string;
  check: RuleChecker;
  requirements?: RequirementLister;
  dependsOn: string[];
  /** Pointer form of the pattern, `*` kept, to find the owning field. */
  at: string;
  /** True when the pattern has no `*`: one location, read directly instead of expanded per call. */
  single: boolean;
}

const noHidden: ReadonlySet<string> = new Set();

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const isEmpty = (v: unknown) =>
  v === undefined || v === '' || v === null || (Array.isArray(v) && v.length === 0);

/** A confirmation box (`const: true`) that is not ticked: as missing as an empty field to the person filling in. */
const isUnconfirmed = (f: FieldModel, v: unknown) => f.constraints.const === true && v !== true;

/**
 * Assembles a compiled form from a plan, its validators and the named-rule implementations. Used by
 * `compileForm` and by built modules; callers normally never call it directly. Throws if a rule is missing.
 */
export function createForm<T = Record<string, unknown>>(
  plan: FormPlan,
  validators: FormValidators,
  namedRules: Readonly<Record<string, NamedRule>>,
  options: EngineOptions = {},
): CompiledForm<T> {
  const fields = plan.fields;
  const fieldIndex = new Map(fields.map((f, i) => [f.pointer, i]));
  const segments = fields.map((f) => parsePointer(f.pointer));
  const parentSegments = fields.map((f) => parsePointer(f.parent));

  const instances: RuleInstance[] = plan.named.map((n: PlanNamedRule) => {
    const impl = namedRules[n.name];
    if (!impl) throw new Error(`gatehouse-forms: named rule "${n.name}" is not available`);
    return {
      pattern: n.pattern,
      name: n.name,
      check: impl.create(n.options),
      ...(impl.createRequirements ? { requirements: impl.createRequirements(n.options) } : {}),
      dependsOn: n.dependsOn,
      at: formatPointer(n.pattern),
      single: !n.pattern.includes('*'),
    };
  });

  // Each lazy rule once, however often the form names it; a rule's `ready` that throws or rejects still counts
  // as settled (the contract is "never rejects"), so a host rule cannot make the form's `ready` fail.
  const lazy = [...new Set(plan.named.map((n) => namedRules[n.name]!))].filter((r) => r.ready);
  let readiness: Promise<void> | undefined;
  const ready = (): Promise<void> =>
    (readiness ??=
      lazy.length === 0
        ? Promise.resolve()
        : Promise.all(
            lazy.map((r) =>
              Promise.resolve()
                .then(() => r.ready!())
                .catch(() => undefined),
            ),
          ).then(() => undefined));

  // Which rules show/require/disable each field, and whether a field is conditional at all.
  const shownBy = new Map<string, number[]>();
  const requiredBy = new Map<string, number[]>();
  plan.rules.forEach((r, i) => {
    for (const p of r.show) shownBy.set(p, [...(shownBy.get(p) ?? []), i]);
    for (const p of r.require) requiredBy.set(p, [...(requiredBy.get(p) ?? []), i]);
  });
  const needsRules = fields.map((f) =>
    [...shownBy.keys(), ...requiredBy.keys()].some(
      (p) => isAtOrBelow(f.pointer, p) || isAtOrBelow(p, f.pointer),
    ),
  );

  // For validateField: the fields to check when `pointer` changes, and the rule instances inside each field.
  const targetsOf = fields.map((f, i) => {
    const set = new Set<number>([i]);
    const touches = (d: string) => isAtOrBelow(d, f.pointer) || isAtOrBelow(f.pointer, d);
    for (const r of plan.rules) {
      if (!r.dependsOn.some(touches)) continue;
      for (const p of [...r.show, ...r.require]) {
        const j = fieldIndex.get(p);
        if (j !== undefined) set.add(j);
      }
    }
    // A group's own validator cannot see rule-made requirements of its children: check those children too.
    for (const j of [...set]) {
      fields.forEach((g, k) => {
        if (k !== j && requiredBy.has(g.pointer) && isAtOrBelow(g.pointer, fields[j]!.pointer)) set.add(k);
      });
    }
    for (const inst of instances) {
      if (!inst.dependsOn.some(touches)) continue;
      const owner = owningField(inst.at);
      if (owner !== undefined) set.add(owner);
    }
    return [...set];
  });
  const instancesIn = fields.map((f) => instances.filter((inst) => isAtOrBelow(inst.at, f.pointer)));

  function owningField(at: string): number | undefined {
    let p = at;
    while (p !== '') {
      const i = fieldIndex.get(p);
      if (i !== undefined) return i;
      p = parentPointer(p);
    }
    return undefined;
  }

  /** Rule activity for cleaned data: a fixpoint, because a hidden field must not keep another one visible. */
  function activity(data: unknown): { active: boolean[]; hidden: Set<string> } {
    let current = data;
    let hidden = new Set<string>();
    for (let round = 0; round <= plan.rules.length; round++) {
      const active = plan.rules.map((_, i) => validators.when[i]!(current));
      const next = new Set<string>();
      for (const [p, rules] of shownBy) if (!rules.some((i) => active[i])) next.add(p);
      const stable = next.size === hidden.size && [...next].every((p) => hidden.has(p));
      hidden = next;
      if (
        stable ||
        !plan.rules.some((r) => r.dependsOn.some((d) => [...next].some((h) => isAtOrBelow(d, h))))
      ) {
        return { active, hidden };
      }
      current = omitPointers(data, hidden);
    }
    return { active: plan.rules.map((_, i) => validators.when[i]!(current)), hidden };
  }

  const isHidden = (pointer: string, hidden: ReadonlySet<string>) => {
    for (const h of hidden) if (isAtOrBelow(pointer, h)) return true;
    return false;
  };

  const ruleRequired = (i: number, active: boolean[] | undefined) => {
    const by = requiredBy.get(fields[i]!.pointer);
    return !!by && !!active && by.some((r) => active[r]);
  };

  /** Required right now, and its parent is present (so ajv would report it here, not at the parent). */
  function requiredHere(i: number, data: unknown, active: boolean[] | undefined): boolean {
    const f = fields[i]!;
    if (!f.required && !ruleRequired(i, active)) return false;
    return f.parent === '' ? isObject(data) : isObject(getAt(data, parentSegments[i]!));
  }

  /** Required for the "still required" pane: required, and its group is present or itself required. */
  function requiredEffectively(i: number, data: unknown, active: boolean[] | undefined): boolean {
    const f = fields[i]!;
    if (!f.required && !ruleRequired(i, active)) return false;
    if (f.parent === '') return true;
    if (getAt(data, parentSegments[i]!) !== undefined) return true;
    const parent = fieldIndex.get(f.parent);
    return parent !== undefined && requiredEffectively(parent, data, active);
  }

  const catalogs = new Map<string, FormMessages>();
  function messagesFor(locale: string): FormMessages {
    // Any value works as a key; a non-string locale resolves (and is cached) as English.
    const key = typeof locale === 'string' ? locale : 'en';
    let m = catalogs.get(key);
    if (!m) {
      m = createFormMessages(plan.messages, key, plan.id);
      catalogs.set(key, m);
    }
    return m;
  }
  const messages = messagesFor(options.locale ?? 'en');
  // An unticked required checkbox is "unchecked", not "fill in this field" (and not a bare "confirm this").
  const checkboxCode = (r: RawIssue): RawIssue =>
    (r.code === 'required' || r.code === 'const') && fields[fieldIndex.get(r.path)!]?.widget === 'checkbox'
      ? { ...r, code: 'unchecked' }
      : r;
  const finish = (raw: RawIssue[]): Issue[] =>
    raw.map((x) => {
      const r = checkboxCode(x);
      return { ...r, message: messages.issue(r) };
    });

  function runInstances(
    list: RuleInstance[],
    data: unknown,
    hidden: ReadonlySet<string>,
    ajvIssues: readonly RawIssue[],
    out: RawIssue[],
    subject: FormSubject | undefined,
  ) {
    const check = (inst: RuleInstance, pointer: string, value: unknown) => {
      if (value === undefined || isHidden(pointer, hidden)) return;
      // A value the schema already rejects is not checked further: one problem at a time per value.
      for (const x of ajvIssues) if (isAtOrBelow(x.path, pointer)) return;
      const rejection = inst.check(value, subject ? { data, pointer, subject } : { data, pointer });
      if (rejection) out.push({ path: pointer, code: rejection.code, params: { ...rejection.params } });
    };
    for (const inst of list) {
      if (inst.single) check(inst, inst.at, getAt(data, inst.pattern));
      else for (const [pointer, value] of expand(data, inst.pattern)) check(inst, pointer, value);
    }
  }

  // Hidden pointers whose data leaves the value (`omit`/`clear`); `keep` ones stay in it, unvalidated.
  const dropsData = new Map(fields.map((f) => [f.pointer, f.hiddenData !== 'keep']));

  function validate(input: unknown, options?: ValidateOptions): FormResult<T> {
    const data = clean(input);
    const hidden = plan.rules.length > 0 ? activity(data).hidden : noHidden;
    const checked = hidden.size > 0 ? omitPointers(data, hidden) : data;
    const raw = validators.form(checked)
      ? []
      : toRawIssues(validators.form.errors).filter((x) => !isHidden(x.path, hidden));
    // Named rules skip values the schema already rejected: they get a snapshot of the schema issues.
    if (instances.length > 0)
      runInstances(instances, checked, hidden, raw.length > 0 ? raw.slice() : [], raw, options?.subject);
    // A tentative rejection (a compact browser filter that may be wrong) must not lock a user out: alone it is a
    // warning on an ok result and the server's exact check decides; beside a real issue it is reported with it.
    for (const x of raw) if (x.params.tentative !== true) return { ok: false, issues: finish(raw) };
    let value = data;
    if (hidden.size > 0) {
      let keep = false;
      for (const p of hidden) if (dropsData.get(p) === false) keep = true;
      // Usually nothing is kept: then the value is exactly the data that was checked.
      value = !keep
        ? checked
        : omitPointers(
            data,
            [...hidden].filter((p) => dropsData.get(p) !== false),
          );
    }
    return raw.length > 0
      ? { ok: true, value: value as T, warnings: finish(raw) }
      : { ok: true, value: value as T };
  }

  function validateField(pointer: string, input: unknown, options?: ValidateOptions): Issue[] {
    const index = fieldIndex.get(pointer);
    if (index === undefined) throw new Error(`gatehouse-forms: form "${plan.id}" has no field ${pointer}`);
    const targets = targetsOf[index]!;
    let cleaned: unknown;
    let act: { active: boolean[]; hidden: Set<string> } | undefined;
    const whole = () => {
      if (cleaned === undefined) cleaned = clean(input);
      return cleaned;
    };
    const raw: RawIssue[] = [];
    for (const i of targets) {
      const f = fields[i]!;
      if (needsRules[i]) act ??= activity(whole());
      if (act && isHidden(f.pointer, act.hidden)) continue;
      // Named rules that read other fields see the whole cleaned data; others only need the field's value.
      const rawValue = getAt(input, segments[i]!);
      let value = rawValue === '' ? undefined : clean(rawValue);
      // Hidden children of a group are not validated, as in the whole-form run.
      const hiddenBelow = act ? [...act.hidden].filter((h) => isAtOrBelow(h, f.pointer)) : [];
      if (hiddenBelow.length > 0) value = getAt(omitPointers(whole(), hiddenBelow), segments[i]!);
      if (value === undefined) {
        if (requiredHere(i, input, act?.active)) {
          raw.push({ path: f.pointer, code: 'required', params: { property: f.name } });
        }
        continue;
      }
      const before = raw.length;
      if (!validators.fields[i]!(value)) raw.push(...toRawIssues(validators.fields[i]!.errors, f.pointer));
      const own = raw.slice(before);
      const list = instancesIn[i]!;
      if (list.length > 0) {
        const data = list.some((x) => x.dependsOn.length > 0) ? whole() : setAt(segments[i]!, value);
        runInstances(list, data, act?.hidden ?? new Set(), own, raw, options?.subject);
      }
    }
    return finish(dedupe(raw));
  }

  function requirements(pointer: string, input: unknown, options?: ValidateOptions): RuleRequirement[] {
    const data = clean(input);
    const value = getAt(data, parsePointer(pointer));
    const subject = options?.subject;
    return instances
      .filter((inst) => inst.single && inst.at === pointer && inst.requirements)
      .flatMap((inst) => inst.requirements!(value, subject ? { data, pointer, subject } : { data, pointer }));
  }

  function fieldStates(input: unknown): FieldState[] {
    const data = clean(input);
    const { active, hidden } = activity(data);
    return fields.map((f, i) => ({
      pointer: f.pointer,
      visible: !isHidden(f.pointer, hidden),
      required: requiredEffectively(i, data, active),
      disabled: plan.rules.some((r, k) => active[k] && r.disable.some((p) => isAtOrBelow(f.pointer, p))),
    }));
  }

  const form: CompiledForm<T> = {
    id: plan.id,
    validate,
    validateField,
    requirements,
    fieldStates,
    visibleFields(input) {
      const states = fieldStates(input);
      return fields.filter((_, i) => states[i]!.visible);
    },
    requiredMissing(input) {
      const data = clean(input);
      const { active, hidden } = activity(data);
      return fields.filter(
        (f, i) =>
          f.widget !== 'group' &&
          !isHidden(f.pointer, hidden) &&
          requiredEffectively(i, data, active) &&
          (isEmpty(getAt(data, segments[i]!)) || isUnconfirmed(f, getAt(data, segments[i]!))),
      );
    },
    fields: () => fields,
    steps: () => plan.steps,
    defaults: () => structuredClone(plan.defaults),
    messagesFor,
    ready,
    '~standard': {
      version: 1,
      vendor: 'gatehouse',
      validate(value) {
        const result = validate(value);
        if (result.ok) return { value: result.value };
        return {
          issues: result.issues.map((x) => ({ message: x.message, path: pathSegments(x.path) })),
        };
      },
    },
  };
  return form;
}

/** Every concrete location matching a pattern (`*` = each array item), with its value. */
function expand(data: unknown, pattern: readonly string[]): [string, unknown][] {
  let level: [string, unknown][] = [['', data]];
  for (const seg of pattern) {
    const next: [string, unknown][] = [];
    for (const [p, v] of level) {
      if (seg === '*') {
        if (Array.isArray(v)) {
          for (let k = 0; k < v.length; k++) next.push([`${p}/${k}`, v[k]]);
        }
      } else if (isObject(v) && Object.hasOwn(v, seg)) {
        next.push([`${p}/${seg.replace(/~/g, '~0').replace(/\//g, '~1')}`, v[seg]]);
      }
    }
    level = next;
  }
  return level;
}

function setAt(segs: readonly string[], value: unknown): unknown {
  let out = value;
  for (let i = segs.length - 1; i >= 0; i--) out = { [segs[i] as string]: out };
  return out;
}

function dedupe(raw: RawIssue[]): RawIssue[] {
  const seen = new Set<string>();
  return raw.filter((x) => {
    const key = `${x.path}\u0000${x.code}\u0000${JSON.stringify(x.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function pathSegments(pointer: string): (string | number)[] {
  return parsePointer(pointer).map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}
