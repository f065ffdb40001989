/**
 * Types shared by the runtime engine and the compilers: the serialisable plan derived from a definition, the
 * validator functions (ajv-compatible) and the named-rule interface.
 */
import type { HiddenData, Issue, LocaleMessages, UiStep, Widget } from '../definition/types.js';

/** The error objects ajv (runtime or standalone) leaves on `validate.errors`; only what the engine reads. */
export interface ValidatorError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  schemaPath?: string;
}

/** An ajv-style validator: returns true or false and leaves its errors on `.errors`. */
export type ValidateFunction = ((data: unknown) => boolean) & { errors?: ValidatorError[] | null };

/** The validators one compiled form needs; the runtime and the built module fill the same slots. */
export interface FormValidators {
  /** The whole data, rules included as `if`/`then`, `x-rule` ignored. */
  form: ValidateFunction;
  /** One per definition rule, its `when` over the whole data. */
  when: ValidateFunction[];
  /** One per field in `plan.fields` order, validating the field's value alone. */
  fields: ValidateFunction[];
}

/** A field as a renderer sees it. Text values are already resolved only by `messagesFor`; here they are raw. */
export interface FieldModel {
  /** JSON Pointer of the field's value in the data. */
  pointer: string;
  /** The property name (last pointer segment). */
  name: string;
  /** Pointer of the enclosing group field, or `''` for top-level fields. */
  parent: string;
  /** The step id this field belongs to, for multi-step forms. */
  step?: string;
  /** The JSON type from the schema (`string`, `boolean`, `object`, `array`, …), when stated. */
  type?: string;
  widget: Widget;
  /** Label text or message key; defaults to the property name. */
  label: string;
  help?: string;
  placeholder?: string;
  autocomplete?: string;
  /** Required by the schema itself (rules may require it too while their `when` holds). */
  required: boolean;
  /** True when some rule shows, requires or disables this field. */
  conditional: boolean;
  /** Choices for `enum`/`const` fields, labels raw (text or message key). */
  options?: { value: unknown; label: string }[];
  /** Constraints a renderer may mirror as HTML attributes (`maxlength`, `pattern`, …). */
  constraints: Record<string, unknown>;
  /** Schema `default`, when stated. */
  default?: unknown;
  /** What happens to its data while hidden (from the rule that shows it). */
  hiddenData?: HiddenData;
}

/** A definition rule reduced to what the engine needs at run time. */
export interface PlanRule {
  show: string[];
  require: string[];
  disable: string[];
  hiddenData: HiddenData;
  /** Data pointers the `when` schema reads. */
  dependsOn: string[];
}

/** One `x-rule` occurrence: where it applies in the data (`*` = every array item) and its options. */
export interface PlanNamedRule {
  pattern: string[];
  name: string;
  options: Record<string, unknown>;
  /** Other fields the rule reads (e.g. the password field a confirmation must match). */
  dependsOn: string[];
}

/** Everything about a form that is plain data; a built module embeds it as JSON. */
export interface FormPlan {
  id: string;
  fields: FieldModel[];
  steps: UiStep[];
  rules: PlanRule[];
  named: PlanNamedRule[];
  messages: Record<string, LocaleMessages>;
  defaults: Record<string, unknown>;
}

/** A rejection from a named rule; `code` becomes the issue code. */
export interface RuleRejection {
  code: string;
  params?: Record<string, unknown>;
}

/**
 * Facts about the person the data belongs to that the data itself does not hold (a host takes them from the
 * session or the account): the same facts must reach the browser form and the server's check.
 */
export interface FormSubject {
  /**
   * Words the person's password must not contain: given and family name, company, e-mail address (an address
   * gives its local-part words and its domain labels).
   */
  contextWords?: readonly string[];
  /** The person has a second factor: the `password` rule's default minimum drops from 15 to 8 code points. */
  mfa?: boolean;
  /**
   * The person's country (ISO 3166-1 alpha-2, e.g. from their registration): the `phone` rule reads numbers typed
   * without a country code (`030 1234567`) as this country's, unless the definition sets `defaultCountry`.
   */
  country?: string;
}

/** Options of `validate`, `validateField` and `requirements` of a compiled form. */
export interface ValidateOptions {
  subject?: FormSubject;
}

/** What a named rule's checker receives besides the value. */
export interface RuleContext {
  /** The whole (cleaned) data, for rules that read other fields. */
  data: unknown;
  /** Pointer of the value being checked. */
  pointer: string;
  /** Facts about the person, when the caller has them (see {@link FormSubject}). */
  subject?: FormSubject;
}

/**
 * One requirement of a rule as a checklist shows it ("At least 15 characters"): `code` is the issue it prevents
 * (so one message catalog serves checklist and errors), `met` whether the current value fulfils it.
 */
export interface RuleRequirement {
  code: string;
  params: Record<string, unknown>;
  met: boolean;
}

/** Lists a rule occurrence's requirements for a value, from the same policy its checker uses. */
export type RequirementLister = (value: unknown, context: RuleContext) => RuleRequirement[];

/** The checker a named rule creates once per occurrence (so policies are built once, not per keystroke). */
export type RuleChecker = (value: unknown, context: RuleContext) => RuleRejection | null;

/**
 * A named rule usable as `"x-rule"`. `create` runs once per occurrence at compile time; the checker it returns
 * must be synchronous and must not throw on any value.
 */
export interface NamedRule {
  name: string;
  /** Every code the rule can return, so lint can demand messages and docs can list them. */
  codes: readonly string[];
  /** Problems with `options` (each a sentence naming the option); empty when fine. */
  validateOptions?(options: Record<string, unknown>): string[];
  /** Pointers of other fields the rule reads, so `validateField` re-checks it when they change. */
  dependsOn?(options: Record<string, unknown>): string[];
  create(options: Record<string, unknown>): RuleChecker;
  /** For rules a person should see before typing (the password policy): their requirements, built once. */
  createRequirements?(options: Record<string, unknown>): RequirementLister;
  /**
   * For a rule whose implementation arrives later (the browser `business-email` loads its policy as a separate
   * chunk): resolves once its checkers give final answers. It must resolve, never reject, even when loading
   * failed; until then the checkers answer permissively. Absent on synchronous rules.
   */
  ready?(): Promise<void>;
}

export type { Issue };
