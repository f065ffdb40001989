/**
 * Multi-step forms, headless: which step a field or an issue belongs to, the issues and the still-empty required
 * fields of one step, and the first step that holds a problem. A separate module (`@gatehouse/forms/steps`) so
 * that single-page forms, and the browser bundles that only render them, never carry it.
 */
import type { FormResult, Issue } from '../definition/types.js';
import { isAtOrBelow } from './pointer.js';
import type { ValidateOptions } from './types.js';

/** A field as far as steps need it: its pointer and the step id it is placed in. */
export interface StepField {
  pointer: string;
  step?: string;
}

/** The parts of a compiled form (`compileForm` or a built module) the step helpers read. */
export interface SteppedForm {
  /** The steps in order; only their ids are read. */
  steps(): readonly { id: string }[];
  fields(): readonly StepField[];
  validate(data: unknown, options?: ValidateOptions): FormResult<unknown>;
  requiredMissing(data: unknown): readonly StepField[];
}

/** An issue as far as steps need it (an engine `Issue`, or one a server sent). */
export interface StepIssue {
  path: string;
  params?: Record<string, unknown>;
}

/** The answer for one step: `ok` when nothing in that step blocks, with that step's issues otherwise. */
export type StepResult = { ok: true } | { ok: false; issues: Issue[] };

/** Whether the form is filled in step by step: its definition lists more than one step. */
export function isMultiStep(form: Pick<SteppedForm, 'steps'>): boolean {
  return form.steps().length > 1;
}

/**
 * The step id a data pointer belongs to (a field, a list item, a child of a group): the step of the nearest field
 * at or above it, `undefined` when no field holds it (an unknown property the schema refuses).
 */
export function stepOf(form: Pick<SteppedForm, 'fields'>, pointer: string): string | undefined {
  let best: StepField | undefined;
  for (const f of form.fields()) {
    if (isAtOrBelow(pointer, f.pointer) && (!best || f.pointer.length > best.pointer.length)) best = f;
  }
  return best?.step;
}

/**
 * The blocking issues of one step. An issue that no field holds (`additionalProperties` at the root) belongs to
 * the last step, where the whole form is submitted, so it is never lost between steps.
 */
export function stepIssues<I extends StepIssue>(
  form: Pick<SteppedForm, 'fields' | 'steps'>,
  stepId: string,
  issues: readonly I[],
): I[] {
  const last = form.steps().at(-1)?.id;
  return issues.filter((i) => i.params?.tentative !== true && (stepOf(form, i.path) ?? last) === stepId);
}

/**
 * Validates the data and keeps what blocks the given step: a person may go on to the next step when this is ok,
 * however much is still missing in later ones. Hidden fields and rules behave exactly as in `validate`.
 */
export function validateStep(
  form: SteppedForm,
  stepId: string,
  data: unknown,
  options?: ValidateOptions,
): StepResult {
  const result = form.validate(data, options);
  if (result.ok) return { ok: true };
  const issues = stepIssues(form, stepId, result.issues);
  return issues.length === 0 ? { ok: true } : { ok: false, issues };
}

/** The step holding the first blocking issue, in step order (where a failed final submit sends the person back). */
export function firstStepWithIssues(
  form: Pick<SteppedForm, 'fields' | 'steps'>,
  issues: readonly StepIssue[],
): string | undefined {
  return form.steps().find((s) => stepIssues(form, s.id, issues).length > 0)?.id;
}

/** The "still required" list of one step: required, visible, still-empty fields placed in it, in UI order. */
export function stepMissing<F extends StepField>(
  form: { requiredMissing(data: unknown): readonly F[] },
  stepId: string,
  data: unknown,
): F[] {
  return form.requiredMissing(data).filter((f) => f.step === stepId);
}
