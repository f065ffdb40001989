/**
 * Step navigation of `<gate-form>` for multi-step definitions (`ui.steps`): the step heading and progress, Back
 * and Next, per-step validation, the final submit. Loaded with `import()` only when a form has more than one step,
 * so single-page forms (and every flow element, whose machine drives its own steps) never download it.
 */
import { firstStepWithIssues, stepIssues, stepMissing } from '@gatehouse/forms/steps';
import { html, nothing, type TemplateResult } from 'lit';
import { adoptInto } from '../common/adopt.js';
import { emit, type GateIssue } from '../common/events.js';
import { resolveLocale, uiText } from '../common/messages.js';
import { token as t } from '../common/tokens.js';
import {
  type RenderableForm,
  type RenderField,
  type RenderValidateOptions,
  refPointer,
} from './form-model.js';

/** What the step navigation needs from its `<gate-form>`. */
export interface StepHost extends HTMLElement {
  readonly compiled: RenderableForm | undefined;
  value: Record<string, unknown>;
  subject: RenderValidateOptions['subject'];
  disabled: boolean;
  step: string;
  submitLabel: string;
  readonly requiredMissing: string[];
  stepper: FormSteps | undefined;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
  issues: readonly GateIssue[];
  submit(): Promise<boolean>;
}

/** The chrome texts of step navigation, English and German (other languages fall back to English). */
const texts = {
  en: { next: 'Next', back: 'Back', progress: 'Step {index} of {count}', steps: 'Steps' },
  de: { next: 'Weiter', back: 'Zurück', progress: 'Schritt {index} von {count}', steps: 'Schritte' },
};

const css = `
:where(gate-form) .gate-steps { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0; padding: 0; font-size: 0.875em; color: ${t('--gate-color-muted')}; counter-reset: gate-step; }
:where(gate-form) .gate-steps li { counter-increment: gate-step; }
:where(gate-form) .gate-steps li::before { content: counter(gate-step) ". "; }
:where(gate-form) .gate-steps [aria-current=step] { color: ${t('--gate-color-text')}; font-weight: 600; }
:where(gate-form) .gate-step-title { font-size: 1.25em; margin: 0; }
:where(gate-form) .gate-step-title:focus { outline: none; }
:where(gate-form) .gate-step-progress { margin: 0; color: ${t('--gate-color-muted')}; font-size: 0.875em; }
:where(gate-form) .gate-back { justify-self: start; }
`;
let sheet: CSSStyleSheet | undefined;

/** Attaches step navigation to a `<gate-form>` whose form has more than one step; the element re-renders with it. */
export function attachSteps(host: StepHost): FormSteps {
  sheet ??= new CSSStyleSheet();
  if (sheet.cssRules.length === 0) sheet.replaceSync(css);
  adoptInto(host, sheet);
  // Another multi-step form in the same element: start from the element's own label and list again.
  host.stepper?.detach();
  const steps = new FormSteps(host);
  host.stepper = steps;
  steps.show();
  // The element's submit (its button, Enter in a field) now means "next step", and "submit" only on the last; its
  // "still required" list (the pane, `gate-change`'s `missing`) names the shown step's fields.
  host.submit = () => steps.submit();
  Object.defineProperty(host, 'requiredMissing', { configurable: true, get: () => steps.missing() });
  return steps;
}

/**
 * The state of a person going through the steps: which step is shown. The data lives in the element's `value`
 * throughout, so going back (or forth again) keeps everything typed.
 */
export class FormSteps {
  /** Index of the step shown. */
  index = 0;
  private said = '';
  /** The element's own submit label, shown on the last step. */
  private readonly label: string;

  constructor(private readonly host: StepHost) {
    this.label = host.submitLabel;
  }

  /** Hands the element back its own submit, label and list of missing fields (its form no longer has steps). */
  detach(): void {
    const host = this.host as unknown as Record<string, unknown>;
    delete host.submit;
    delete host.requiredMissing;
    this.host.submitLabel = this.label;
    this.host.step = '';
    this.host.stepper = undefined;
  }

  /** The still-empty required fields of the shown step, as pointers. */
  missing(): string[] {
    const fields = this.form.requiredMissing(this.host.value) as readonly RenderField[];
    return stepMissing({ requiredMissing: () => fields }, this.current, undefined).map(refPointer);
  }

  private get form(): RenderableForm {
    return this.host.compiled!;
  }

  private get list() {
    return this.form.steps?.() ?? [];
  }

  /** The form as the headless step helpers read it. */
  private get stepped() {
    const form = this.form;
    return { fields: () => form.fields(), steps: () => this.list };
  }

  private get isLast(): boolean {
    return this.index >= this.list.length - 1;
  }

  /** The id of the step shown (also the element's `step`, so it renders only that step's fields). */
  get current(): string {
    return this.list[this.index]?.id ?? '';
  }

  private text(key: keyof (typeof texts)['en'], params: Record<string, number> = {}): string {
    const locale = resolveLocale(this.host);
    const table = locale.toLowerCase().startsWith('de') ? texts.de : texts.en;
    return table[key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k]));
  }

  private title(index: number): string {
    const step = this.list[index];
    const messages = this.form.messagesFor(resolveLocale(this.host));
    return step?.title
      ? messages.text(step.title)
      : this.text('progress', { index: index + 1, count: this.list.length });
  }

  /** Back, the step list, the heading (focused on every change of step) and the progress, above the step's fields. */
  head(): TemplateResult {
    const count = this.list.length;
    // Back sits above the step, as a link-like button (the usual place for it on a phone), so it comes first in
    // the tab order too.
    return html`${
      this.index === 0
        ? nothing
        : html`<button
            type="button"
            class="gate-link gate-back"
            part="back-button"
            ?disabled=${this.host.disabled}
            @click=${() => this.go(this.index - 1)}
          >‹ ${this.text('back')}</button>`
    }<ol class="gate-steps" part="steps" aria-label=${this.text('steps')}>
        ${this.list.map(
          (_, i) => html`<li aria-current=${i === this.index ? 'step' : nothing}>${this.title(i)}</li>`,
        )}
      </ol>
      <h2 class="gate-step-title" part="step-title" tabindex="-1">${this.title(this.index)}</h2>
      <p class="gate-step-progress">${this.text('progress', { index: this.index + 1, count })}</p>
      <div class="gate-sr-only" role="status" aria-live="polite">${this.said}</div>`;
  }

  /**
   * Submit from the shown step: its own problems are shown and keep the person there; otherwise the next step
   * opens, and on the last step the whole form is validated and `gate-submit` fires with the value. A problem
   * only an earlier step can fix (a rule across steps) opens that step with its problems shown.
   */
  async submit(): Promise<boolean> {
    const form = this.form;
    if (this.host.disabled) return false;
    const result = form.validate(
      this.host.value,
      this.host.subject ? { subject: this.host.subject } : undefined,
    );
    const issues = result.ok ? [] : result.issues;
    const here = stepIssues(this.stepped, this.current, issues);
    if (here.length > 0) {
      await this.showIssues(here);
      return false;
    }
    if (!this.isLast) {
      await this.go(this.index + 1);
      return false;
    }
    if (result.ok) {
      emit(this.host, 'gate-submit', { value: result.value });
      return true;
    }
    const first = firstStepWithIssues(this.stepped, issues);
    await this.go(
      Math.max(
        0,
        this.list.findIndex((s) => s.id === first),
      ),
      false,
    );
    await this.showIssues(stepIssues(this.stepped, first ?? '', issues));
    return false;
  }

  /**
   * Shows issues on their fields as the element shows a server's (its `issues`), says how many need attention and
   * focuses the first.
   */
  private async showIssues(issues: readonly GateIssue[]): Promise<void> {
    this.host.issues = issues;
    const count = new Set(issues.map((i) => i.path)).size;
    this.said = uiText(resolveLocale(this.host), 'errorsSummary', { count });
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  /** Renders the current step: the element shows the fields of its `step`; the button says Next until the last. */
  show(): void {
    this.host.step = this.current;
    this.host.submitLabel = this.isLast ? this.label : this.text('next');
    this.host.requestUpdate();
  }

  /** Shows step `index`; focus moves to its heading, whose text a screen reader then reads (and the status says). */
  async go(index: number, focusHeading = true): Promise<void> {
    this.index = Math.min(Math.max(index, 0), this.list.length - 1);
    this.show();
    this.said = `${this.text('progress', { index: this.index + 1, count: this.list.length })}: ${this.title(this.index)}`;
    await this.host.updateComplete;
    if (focusHeading) this.host.querySelector<HTMLElement>('.gate-step-title')?.focus();
    emit(this.host, 'gate-form-step', { step: this.current, index: this.index, count: this.list.length });
  }
}
