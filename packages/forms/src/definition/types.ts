/**
 * The form definition model: one JSON object `{ id, schema, ui?, rules?, messages? }` that a product team edits
 * and that compiles both at run time (ajv, Node) and at build time (standalone ESM for browsers).
 */

/** A JSON Schema 2020-12 document or sub-schema, kept loose because definitions arrive as plain JSON. */
export type JsonSchema = { [keyword: string]: unknown } | boolean;

/** A reference to a named rule: `"business-email"` or `{ name, options }`. */
export type RuleReference = string | { name: string; options?: Record<string, unknown> };

/** Widgets a renderer is expected to know; hosts may add their own names. */
export type Widget =
  | 'text'
  | 'textarea'
  | 'email'
  | 'tel'
  | 'number'
  | 'select'
  | 'radio'
  | 'checkbox'
  | 'password-new'
  | 'password-current'
  | 'one-time-code'
  | 'list'
  | 'group'
  | 'hidden'
  | 'date'
  | (string & {});

/** UI hints for one field, keyed by its JSON Pointer in `ui.fields`. Text values may be message keys. */
export interface UiField {
  label?: string;
  help?: string;
  placeholder?: string;
  widget?: Widget;
  autocomplete?: string;
  /** Labels for enum values (value → text or message key), in the order to show them. */
  options?: Record<string, string>;
  /** Order of the children of an object field (their pointers); defaults to `properties` order. */
  order?: string[];
}

/** One step of a multi-step form: the top-level fields it shows, in order. */
export interface UiStep {
  id: string;
  title?: string;
  fields: string[];
}

/** The `ui` part: order (or steps) and per-field hints. */
export interface UiDefinition {
  order?: string[];
  steps?: UiStep[];
  fields?: Record<string, UiField>;
}

/** What happens to the data of a field while a rule hides it. */
export type HiddenData = 'omit' | 'keep' | 'clear';

/** A conditional rule: while `when` (a JSON Schema over the whole data) holds, fields are shown/required/disabled. */
export interface FormRule {
  when: JsonSchema;
  show?: string[];
  require?: string[];
  disable?: string[];
  hiddenData?: HiddenData;
}

/** A locale's catalog: message key or issue code → text; a JSON Pointer key → per-field code → text. */
export type LocaleMessages = Record<string, string | Record<string, string>>;

/** The whole definition. */
export interface FormDefinition {
  $schema?: string;
  id: string;
  /** Revision of the form (1, 2, …); raise it when fields change, so stored submissions say which one they used. */
  version?: number;
  /**
   * How data stored with an older revision becomes data of this one (`[{ from: 1, ops: [...] }]`); see
   * `@gatehouse/forms/migrate`.
   */
  migrations?: { from: number; ops: ({ op: string } & Record<string, unknown>)[] }[];
  schema: JsonSchema;
  ui?: UiDefinition;
  rules?: FormRule[];
  messages?: Record<string, LocaleMessages>;
}

/** One problem with user data. `path` is a JSON Pointer into the data; `code` is stable kebab-case. */
export interface Issue {
  path: string;
  code: string;
  params: Record<string, unknown>;
  message: string;
}

/**
 * A result value: the cleaned data, or every issue at once. Issues whose `params.tentative` is `true` (the
 * browser e-mail filter's unsure verdicts) never block on their own: they come back as `warnings` of an ok
 * result, because the server's exact check decides.
 */
export type FormResult<T = Record<string, unknown>> =
  | { ok: true; value: T; warnings?: Issue[] }
  | { ok: false; issues: Issue[] };
