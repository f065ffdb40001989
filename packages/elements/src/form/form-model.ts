/**
 * What `<gate-form>` needs from a compiled form (`compileForm(...)` at run time or a build-time module from
 * `gatehouse-forms build`). Declared structurally here so the renderer never imports the compiler (ajv) into a
 * browser bundle; any object with this shape renders.
 */
import type { FormSubject, RuleRequirement } from '@gatehouse/forms';
import type { GateIssue } from '../common/events.js';

/** Options a renderer passes to validation: facts about the person (names for the password rule, MFA). */
export interface RenderValidateOptions {
  subject?: FormSubject;
}

/** A field as the renderer walks it (the forms engine's `FieldModel`, the parts the renderer reads). */
export interface RenderField {
  pointer: string;
  name: string;
  /** Pointer of the enclosing group, `''` at the top level. */
  parent: string;
  step?: string;
  type?: string;
  widget: string;
  label: string;
  help?: string;
  placeholder?: string;
  autocomplete?: string;
  required: boolean;
  conditional?: boolean;
  options?: { value: unknown; label: string }[];
  constraints?: Record<string, unknown>;
  default?: unknown;
}

/** One step of a multi-step form: its id, title (text or message key) and top-level fields. */
export interface RenderStep {
  id: string;
  title?: string;
  fields: readonly string[];
}

/** A validation result value. */
export type RenderResult = { ok: true; value: Record<string, unknown> } | { ok: false; issues: GateIssue[] };

/** A field reference the engine may return as a pointer or as a field object. */
export type FieldRef = string | { pointer: string; step?: string };

/** The compiled-form interface `<gate-form>` renders and validates with. */
export interface RenderableForm {
  readonly id?: string;
  fields(): readonly RenderField[];
  validate(data: unknown, options?: RenderValidateOptions): RenderResult;
  /** Issues of the field at `pointer` and of the fields whose rules depend on it. */
  validateField(
    pointer: string,
    data: unknown,
    options?: RenderValidateOptions,
  ): readonly GateIssue[] | RenderResult;
  /** The requirements the field's rules state for its value (the password checklist), each with `met`. */
  requirements?(pointer: string, data: unknown, options?: RenderValidateOptions): readonly RuleRequirement[];
  visibleFields(data: unknown): readonly FieldRef[];
  requiredMissing(data: unknown): readonly FieldRef[];
  /** Visible / required / disabled of every field for `data` (required includes rule-made requirements). */
  fieldStates?(data: unknown): readonly FieldState[];
  defaults(): Record<string, unknown>;
  /** The steps of a multi-step definition (`ui.steps`); more than one makes `<gate-form>` go step by step. */
  steps?(): readonly RenderStep[];
  messagesFor(locale: string): FormTexts;
  /** Resolves when lazily loaded rules (the browser e-mail policy) answer; until then they accept everything. */
  ready?(): Promise<void>;
}

/** The state of one field for given data. */
export interface FieldState {
  pointer: string;
  visible: boolean;
  required: boolean;
  disabled: boolean;
}

/** A locale's texts of a form: issue messages and labels/help that may be message keys. */
export interface FormTexts {
  issue(issue: { path: string; code: string; params: Record<string, unknown> }): string;
  /** Whether the catalog has its own text for the issue (else `issue()` gives a generic fallback). */
  knows?(issue: { path: string; code: string }): boolean;
  text(keyOrText: string, params?: Record<string, unknown>): string;
}

/** The text of an issue: the form's catalog by code, else the message it came with (a server's), else the code. */
export function issueText(texts: FormTexts, issue: GateIssue): string {
  // A code the form's catalog does not own (a port's `invalid-current-password`) keeps the message it came with.
  if (issue.message && texts.knows && !safeKnows(texts, issue)) return issue.message;
  let text: string | null | undefined;
  try {
    text = texts.issue({ path: issue.path, code: issue.code, params: issue.params ?? {} });
  } catch {
    // A catalog that cannot format this code (a server code it does not know) must not break the form.
    text = undefined;
  }
  if (typeof text === 'string' && text !== '' && text !== issue.code) return text;
  return issue.message ?? issue.code;
}

function safeKnows(texts: FormTexts, issue: GateIssue): boolean {
  try {
    return texts.knows!({ path: issue.path, code: issue.code });
  } catch {
    return false;
  }
}

/** The pointer of a field reference. */
export function refPointer(ref: FieldRef): string {
  return typeof ref === 'string' ? ref : ref.pointer;
}

/** Normalises `validateField`'s answer (an issue list or a result value) to a list of issues. */
export function fieldIssues(answer: readonly GateIssue[] | RenderResult): readonly GateIssue[] {
  if (Array.isArray(answer)) return answer;
  const result = answer as RenderResult;
  return result.ok ? [] : result.issues;
}

/** The autocomplete token a widget implies when the definition states none (password managers rely on it). */
export function defaultAutocomplete(field: RenderField): string | undefined {
  if (field.autocomplete) return field.autocomplete;
  switch (field.widget) {
    case 'password-new':
      return 'new-password';
    case 'password-current':
      return 'current-password';
    case 'one-time-code':
      return 'one-time-code';
    case 'email':
      return 'email';
    case 'tel':
      return 'tel';
    default:
      return undefined;
  }
}
