/**
 * `<gate-form>`: renders any compiled Gatehouse form, validates the changed field (and its dependants) as the user
 * types or leaves it, shows the "still required" pane, and emits `gate-submit` with the valid value.
 */

import type { FormSubject } from '@gatehouse/forms';
import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { live } from 'lit/directives/live.js';
import { adoptInto } from '../common/adopt.js';
import { elementError } from '../common/errors.js';
import { emit, type GateIssue } from '../common/events.js';
import { resolveLocale, uiText } from '../common/messages.js';
import { getAt, isAtOrBelow, setAt } from '../common/pointer.js';
import {
  defaultAutocomplete,
  type FieldState,
  type FormTexts,
  fieldIssues,
  issueText,
  type RenderableForm,
  type RenderField,
  type RenderValidateOptions,
  refPointer,
} from './form-model.js';
import type { FormSteps } from './form-steps.js';
import { gateFormSheet } from './gate-form.styles.js';
import type { PasswordHint } from './password-hints.js';

/** Compiles a definition at run time (development only); set by `@gatehouse/elements/form/dev`. */
export type FormCompiler = (definition: unknown) => RenderableForm;

let instances = 0;

/** The new-password checklist (`password-hints.ts`), once loaded. */
let checklist: typeof import('./password-hints.js') | undefined;
let checklistLoading: Promise<void> | undefined;

/** An id-safe slug of a JSON Pointer. */
const slug = (pointer: string) => pointer.replace(/[^A-Za-z0-9_-]/g, '-');

/** Widgets whose value is typed text in an `<input>` (with the input `type` to use; others are `text`, or `number` for numbers). */
const inputTypes: Record<string, string> = {
  text: 'text',
  email: 'email',
  tel: 'tel',
  number: 'number',
  'password-new': 'password',
  'password-current': 'password',
  date: 'date',
};

/** The `date` rule's bounds (`@gatehouse/forms/rules/date-bounds`), loaded with the first bounded date field. */
let dateBounds: typeof import('@gatehouse/forms/rules/date-bounds') | undefined;
let dateBoundsLoading: Promise<void> | undefined;

/**
 * Renders a compiled form (property `form`) with every widget of the definition format.
 *
 * The form renders into light DOM, so its inputs sit in a real `<form>` of the page where password managers
 * find them (docs/decisions/0002-credential-inputs.md); style it with the `--gate-*` tokens.
 *
 * File fields upload each chosen file when it is picked (after the field's declared type, size and count limits
 * passed): to the attribute `upload-url` (the Gatehouse server's `…/forms/<id>/versions/<v>/files`), or through
 * the property `uploadFile`, a function `(file, pointer) => Promise<{ id, name, type, size }>` a host provides.
 * The field's value is the list of those references.
 *
 * @fires gate-submit - the form is valid; `detail.value` is the cleaned data (hidden fields omitted)
 * @fires gate-change - a field changed; `detail.missing` lists required fields still empty
 * @fires gate-form-step - a multi-step form showed another step; `detail.step`, `detail.index` (from 0), `detail.count`
 * @fires gate-form-submitted - (`form-id` with `endpoint`) the server stored the submit; `detail.id`, `detail.formId`, `detail.version`
 * @fires gate-error - (`form-id`) the published form could not be loaded (`code` `unknown-form`) or the server refused the submit
 * @attr form-id - (`@gatehouse/elements/form/define`) the id of a form published to the server; its current version is loaded on demand
 * @attr forms-url - where the server's form modules are mounted (default `/forms/`)
 * @attr endpoint - the Gatehouse API (e.g. `/api`): a valid submit of a published form is posted there
 * @csspart field - a field (label, input, help, message)
 * @csspart group - a group or list of fields
 * @csspart required-pane - the "still required" pane
 * @csspart steps - the list of steps of a multi-step form (the current one has `aria-current="step"`)
 * @csspart step-title - the heading of the shown step (focused on every change of step)
 * @csspart back-button - the Back button of a multi-step form
 * @csspart files - the list of chosen files of a file field
 * @cssproperty --gate-color-accent - buttons, links and notes
 * @cssproperty --gate-color-bg - background of inputs and buttons
 * @cssproperty --gate-color-border - borders of inputs and panels
 * @cssproperty --gate-color-error - errors and alerts
 * @cssproperty --gate-color-muted - secondary text (help, hints, status)
 * @cssproperty --gate-color-on-accent - text on the accent colour (primary buttons)
 * @cssproperty --gate-color-success - success notes and met requirements
 * @cssproperty --gate-color-surface - background of notes and panels
 * @cssproperty --gate-color-text - text
 * @cssproperty --gate-focus-ring - focus ring (a box-shadow)
 * @cssproperty --gate-font - font family
 * @cssproperty --gate-font-size - base font size
 * @cssproperty --gate-max-width - maximum width of a form
 * @cssproperty --gate-radius - corner radius
 * @cssproperty --gate-space - spacing between parts
 * @tag gate-form
 */
export class GateForm extends LitElement {
  // Reactive properties declared statically rather than with decorators: the same behaviour without the
  // decorator runtime in every page bundle.
  static override properties: PropertyDeclarations = {
    form: { attribute: false },
    definition: { attribute: false },
    value: { attribute: false },
    subject: { attribute: false },
    issues: { attribute: false },
    lang: {},
    submitLabel: { attribute: 'submit-label' },
    showRequired: { type: Boolean, attribute: 'show-required' },
    submitHidden: { type: Boolean, attribute: 'submit-hidden' },
    disabled: { type: Boolean, reflect: true },
    step: {},
    shown: { state: true },
    announcement: { state: true },
  };

  /** Set by `@gatehouse/elements/form/dev` so `definition` works; production pages pass a built `form`. */
  static compiler: FormCompiler | undefined;

  /**
   * Called whenever the form changes, to load what the form needs on demand (a multi-step form's step navigation,
   * the file picker for file fields); set by `@gatehouse/elements/form/define` (and `/define`), so flow elements,
   * which drive their own steps and have no file fields, never carry it.
   */
  static loadSteps: ((form: GateForm) => void) | undefined;

  /** The compiled form to render (`compileForm(def)` or a module built by `gatehouse-forms build`). */
  form: RenderableForm | undefined;

  /** A raw definition, compiled on the fly; only with `@gatehouse/elements/form/dev` loaded (development). */
  definition: unknown;

  /** The data: set it to pre-fill; read it for the current (uncleaned) value. */
  value: Record<string, unknown> = {};

  /**
   * Facts about the person that the data does not hold (`{ contextWords, mfa }`): the password rule refuses
   * their names, company and e-mail and states the minimum that applies to them. The server checks the same.
   */
  subject: FormSubject | undefined;

  /** Issues from elsewhere (a server, a flow machine's `context.issues`), shown on their fields. */
  issues: readonly GateIssue[] = [];

  /** Locale of messages; defaults to the nearest `lang` in the page. */
  override lang!: string;

  /** Text of the submit button (default: "Submit" in the locale). */
  submitLabel = '';

  /** Show the live "still required" pane beside the form. */
  showRequired = false;

  /**
   * Keep the submit button in the form but do not show it: an element around the form shows its own button that
   * clicks this one, in a row with its other actions. Enter in a field still submits, and password managers still
   * see the form's submit button.
   */
  submitHidden = false;

  /** Disables every control (e.g. while the flow submits). */
  disabled = false;

  /**
   * Only fields of this step id are rendered (a flow element driving its own steps). Left empty, a multi-step
   * definition gets step navigation (heading, progress, Back/Next), loaded on demand.
   */
  step = '';

  /**
   * The step navigation of a multi-step form, once loaded (`undefined` for single-page forms); while it is there,
   * `submit()` goes to the next step and submits on the last.
   */
  stepper: FormSteps | undefined;

  private shown = new Map<string, GateIssue[]>();
  private announcement = '';
  /** What the field being typed in would show if it were left now (not shown yet; its line makes room for it). */
  private ahead = new Map<string, readonly GateIssue[]>();
  /** Per field, the longest message it showed or would have shown: its message line keeps room for it. */
  private kept = new Map<string, string>();

  private readonly uid = `gf${++instances}`;
  private touched = new Set<string>();
  private compiledFrom: unknown;

  // Light DOM: inputs must be reachable by password managers and by the page's own <form> semantics.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptInto(this, gateFormSheet());
  }

  /** The compiled form in use (from `form`, or compiled from `definition`). */
  get compiled(): RenderableForm | undefined {
    if (this.form) return this.form;
    if (this.definition === undefined) return undefined;
    if (this.compiledFrom !== this.definition) {
      if (!GateForm.compiler) {
        throw elementError(
          'no-form-compiler',
          '<gate-form>: `definition` needs "@gatehouse/elements/form/dev", or pass a built `form`',
        );
      }
      this.form = GateForm.compiler(this.definition);
      this.compiledFrom = this.definition;
    }
    return this.form;
  }

  /**
   * Required, visible fields that are still empty, in UI order (what the pane lists); in a multi-step form with its
   * navigation, those of the shown step.
   */
  get requiredMissing(): string[] {
    return (this.compiled?.requiredMissing(this.value) ?? []).map(refPointer);
  }

  /** Validates everything; on failure shows every issue, focuses the first invalid field and returns false. */
  async submit(): Promise<boolean> {
    const form = this.compiled;
    if (!form || this.disabled) return false;
    const result = form.validate(this.value, this.validateOptions);
    if (result.ok) {
      this.announcement = '';
      emit(this, 'gate-submit', { value: result.value });
      return true;
    }
    this.shown = this.groupIssues(result.issues);
    for (const pointer of this.shown.keys()) this.touched.add(pointer);
    this.announcement = uiText(this.locale, 'errorsSummary', { count: this.shown.size });
    await this.updateComplete;
    this.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    return false;
  }

  /** Clears shown issues and touched state (e.g. when a flow returns to an empty form). */
  reset(value: Record<string, unknown> = this.compiled?.defaults() ?? {}): void {
    this.value = value;
    this.touched.clear();
    this.shown = new Map();
    this.announcement = '';
  }

  private get validateOptions(): RenderValidateOptions | undefined {
    return this.subject ? { subject: this.subject } : undefined;
  }

  private get locale(): string {
    return resolveLocale(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('form') || changed.has('definition')) {
      GateForm.loadSteps?.(this);
      const defaults = Object.keys(this.value).length === 0 && this.compiled?.defaults();
      if (defaults) this.value = structuredClone(defaults);
    }
    if (changed.has('form') && this.form) void this.whenReady(this.form);
    if (changed.has('issues')) {
      // External issues (a server's answer) are shown at once, merged over our own.
      const next = new Map(this.shown);
      for (const [pointer, list] of this.groupIssues(this.issues)) {
        next.set(pointer, list);
        this.touched.add(pointer);
      }
      this.shown = next;
    }
  }

  /** Also waits for the new-password checklist once a shown field asked for it: "updated" means drawn in full. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const loading = [!checklist && checklistLoading, !dateBounds && dateBoundsLoading].filter(Boolean);
    if (loading.length === 0) return done;
    await Promise.all(loading);
    return super.getUpdateComplete();
  }

  /** Waits once for the form's lazy rules, then re-checks the fields that had input (they were judged leniently). */
  private async whenReady(form: RenderableForm): Promise<void> {
    await form.ready?.().catch(() => undefined);
    if (this.form === form) for (const pointer of this.touched) this.revalidate(pointer);
  }

  /** Groups issues by the pointer of the rendered control they belong to. */
  private groupIssues(issues: readonly GateIssue[]): Map<string, GateIssue[]> {
    const fields = this.compiled?.fields() ?? [];
    const map = new Map<string, GateIssue[]>();
    for (const issue of issues) {
      // An issue below a list item or an unrendered child goes to the nearest field that is rendered.
      let target = issue.path;
      if (!fields.some((f) => f.pointer === target) && !this.isListItem(target, fields)) {
        const owner = fields
          .filter((f) => isAtOrBelow(issue.path, f.pointer))
          .sort((a, b) => b.pointer.length - a.pointer.length)[0];
        target = owner?.pointer ?? issue.path;
      }
      map.set(target, [...(map.get(target) ?? []), issue]);
    }
    return map;
  }

  private isListItem(pointer: string, fields: readonly RenderField[]): boolean {
    const parent = pointer.slice(0, pointer.lastIndexOf('/'));
    return fields.some((f) => f.pointer === parent && f.widget === 'list');
  }

  /**
   * Re-validates the changed field, its dependants, and every field currently showing an issue; `ahead` only notes
   * what the field would show (for a field typed in that says nothing until it is left).
   */
  private revalidate(pointer: string, ahead?: boolean): void {
    const form = this.compiled;
    if (!form) return;
    const next = new Map(this.shown);
    const owner = this.ownerPointer(pointer);
    const found = this.groupIssues(fieldIssues(form.validateField(owner, this.value, this.validateOptions)));
    if (ahead) {
      this.ahead = found;
      return;
    }
    for (const key of [...next.keys()]) if (isAtOrBelow(key, owner)) next.delete(key);
    for (const [key, list] of found) {
      if (this.touched.has(key) || isAtOrBelow(key, owner)) next.set(key, list);
    }
    // Fields showing an issue may have become valid through this change (a dependant rule): re-check them.
    for (const key of [...next.keys()]) {
      if (isAtOrBelow(key, owner) || found.has(key)) continue;
      const again = fieldIssues(
        form.validateField(this.ownerPointer(key), this.value, this.validateOptions),
      ).filter((i) => isAtOrBelow(i.path, key) || this.groupIssues([i]).has(key));
      if (again.length === 0) next.delete(key);
      else next.set(key, again);
    }
    this.shown = next;
    if (next.size === 0) this.announcement = '';
  }

  /** The field (not list item) a pointer belongs to. */
  private ownerPointer(pointer: string): string {
    const fields = this.compiled?.fields() ?? [];
    if (fields.some((f) => f.pointer === pointer)) return pointer;
    return this.isListItem(pointer, fields) ? pointer.slice(0, pointer.lastIndexOf('/')) : pointer;
  }

  private change(pointer: string, next: unknown, validateNow: boolean): void {
    this.value = setAt(this.value, pointer, next);
    this.revalidate(pointer, !(validateNow || this.touched.has(pointer) || this.shown.has(pointer)));
    emit(this, 'gate-change', { pointer, value: this.value, missing: this.requiredMissing });
  }

  private leave(pointer: string): void {
    const value = getAt(this.value, pointer);
    // Leaving an untouched empty field says nothing yet: "required" shows after submit or after typing.
    if (value === undefined && !this.touched.has(pointer)) return;
    this.touched.add(pointer);
    this.revalidate(pointer);
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.submit();
  }

  protected override render(): TemplateResult | typeof nothing {
    const form = this.compiled;
    if (!form) return nothing;
    const locale = this.locale;
    const texts = form.messagesFor(locale);
    const fields = form.fields();
    const states = new Map((form.fieldStates?.(this.value) ?? []).map((s) => [s.pointer, s]));
    const visible = states.size > 0 ? undefined : new Set(form.visibleFields(this.value).map(refPointer));
    const isShown = (f: RenderField) =>
      states.get(f.pointer)?.visible ?? (!f.conditional || !!visible?.has(f.pointer));
    const top = fields.filter((f) => f.parent === '' && (!this.step || !f.step || f.step === this.step));
    const ctx: RenderContext = { texts, locale, fields, isShown, states };
    return html`<div class="gate-layout">
      <form class="gate-form" novalidate @submit=${this.onSubmit} aria-describedby=${`${this.uid}-status`}>
        ${this.stepper?.head()}
        ${top.filter(isShown).map((f) => this.renderField(f, ctx))}
        <button class="gate-button gate-submit" type="submit" ?disabled=${this.disabled} ?hidden=${this.submitHidden}>
          ${this.submitLabel || uiText(locale, 'submit')}
        </button>
        <div id=${`${this.uid}-status`} class="gate-sr-only" role="status" aria-live="polite">${this.announcement}</div>
      </form>
      ${this.showRequired ? this.renderPane(ctx) : nothing}
    </div>`;
  }

  private renderPane(ctx: RenderContext): TemplateResult {
    const missing = this.requiredMissing;
    const label = (pointer: string) => {
      const field = ctx.fields.find((f) => f.pointer === pointer);
      return field ? ctx.texts.text(field.label) : pointer;
    };
    return html`<aside class="gate-required" part="required-pane" aria-labelledby=${`${this.uid}-pane`}>
      <h2 id=${`${this.uid}-pane`}>${uiText(ctx.locale, 'stillRequired')}</h2>
      ${
        missing.length === 0
          ? html`<p>${uiText(ctx.locale, 'allFilled')}</p>`
          : html`<ul>
            ${missing.map(
              (p) =>
                html`<li><button type="button" class="gate-link" @click=${() => this.focusField(p)}>${label(p)}</button></li>`,
            )}
          </ul>`
      }
    </aside>`;
  }

  /** Moves focus to the control of `pointer` (the pane's links use it). */
  focusField(pointer: string): void {
    this.querySelector<HTMLElement>(`[data-pointer="${CSS.escape(pointer)}"]`)?.focus();
  }

  private ids(pointer: string) {
    const base = `${this.uid}${slug(pointer)}`;
    return { input: `${base}-in`, help: `${base}-help`, error: `${base}-err`, hints: `${base}-hints` };
  }

  /** The `aria-describedby` ids of a control (help, message, hints), or no attribute when there are none. */
  private describedBy(field: RenderField, pointer: string, extra: string[] = []): string | typeof nothing {
    const ids = this.ids(pointer);
    const parts = [...extra];
    if (field.help) parts.push(ids.help);
    if (this.shown.has(pointer)) parts.push(ids.error);
    return parts.join(' ') || nothing;
  }

  /** Required now: by the schema or by an active rule (list items are always required). A boolean (`aria-required`). */
  private isRequired(field: RenderField, ctx: RenderContext, pointer = field.pointer): boolean {
    if (pointer !== field.pointer) return true;
    return ctx.states.get(pointer)?.required ?? field.required;
  }

  private isDisabled(field: RenderField, ctx: RenderContext): boolean {
    return this.disabled || ctx.states.get(field.pointer)?.disabled === true;
  }

  private renderLabelText(field: RenderField, ctx: RenderContext, pointer = field.pointer): TemplateResult {
    return html`${ctx.texts.text(field.label)}${
      this.isRequired(field, ctx, pointer)
        ? html`<span class="gate-mark" aria-hidden="true">*</span><span class="gate-sr-only"> (${uiText(ctx.locale, 'requiredMark')})</span>`
        : nothing
    }`;
  }

  private renderMessages(field: RenderField, pointer: string, ctx: RenderContext): TemplateResult {
    const ids = this.ids(pointer);
    const issues = this.shown.get(pointer);
    const text = (list = [] as readonly GateIssue[]) => list.map((i) => issueText(ctx.texts, i)).join(' ');
    const shown = text(issues);
    // The message line never moves the next control under a pointer on its way to it: it keeps room (an invisible
    // copy, `data-kept`) for the longest message the field showed, or would show when left, which it learns while
    // the person types in it. So a message appearing when the field is left, or clearing, moves nothing.
    let kept = this.kept.get(pointer) ?? '';
    for (const t of [shown, text(this.ahead.get(pointer))]) if (t.length > kept.length) kept = t;
    this.kept.set(pointer, kept);
    return html`${field.help ? html`<p class="gate-help" id=${ids.help}>${ctx.texts.text(field.help)}</p>` : nothing}
      <p class=${!issues ? 'gate-slot' : this.invalid(pointer) ? 'gate-error' : 'gate-notice'} id=${ids.error} data-kept=${kept || nothing}>${shown}</p>`;
  }

  /** Whether the field shows an issue that blocks; tentative ones (a "did you mean" hint) only inform. */
  private invalid(pointer: string): boolean | undefined {
    return this.shown.get(pointer)?.some((i) => i.params?.tentative !== true);
  }

  /** Draws one field by its widget; `form/define` wraps it to draw file fields with the lazy file picker. */
  protected renderField(field: RenderField, ctx: RenderContext): TemplateResult {
    switch (field.widget) {
      case 'textarea':
        return this.renderTextarea(field, ctx);
      case 'select':
        return this.renderSelect(field, ctx);
      case 'radio':
        return this.renderChoices(field, ctx, false);
      case 'checkbox':
        return this.renderCheckbox(field, ctx);
      case 'list':
        // A list whose items are choices (enum items, or options a host supplies) is a set of checkboxes; a list of
        // typed items is drawn by `form/list-hook.ts`, which wraps this method where such lists are shown.
        return this.renderChoices(field, ctx, true);
      case 'group':
        return this.renderGroup(field, ctx);
      case 'hidden':
        return html``;
      default:
        if (field.type === 'object') return this.renderGroup(field, ctx);
        if (field.type === 'boolean') return this.renderCheckbox(field, ctx);
        if (field.options && field.options.length > 0) return this.renderSelect(field, ctx);
        return this.renderInput(field, ctx);
    }
  }

  private renderInput(
    field: RenderField,
    ctx: RenderContext,
    pointer = field.pointer,
    label?: string,
  ): TemplateResult {
    const ids = this.ids(pointer);
    const c = field.constraints ?? {};
    const raw = getAt(this.value, pointer);
    const type =
      inputTypes[field.widget] ?? (field.type === 'number' || field.type === 'integer' ? 'number' : 'text');
    const isCode = field.widget === 'one-time-code';
    const hints = field.widget === 'password-new' ? this.passwordHints(field, pointer, ctx) : [];
    const parse = (text: string): unknown => {
      if (text === '') return undefined;
      if (type === 'number') return Number.isNaN(Number(text)) ? text : Number(text);
      return text;
    };
    return html`<div class="gate-field" part="field">
      <label class="gate-label" for=${ids.input}>${label ?? this.renderLabelText(field, ctx)}</label>
      <input
        class="gate-input"
        id=${ids.input}
        name=${pointer.slice(1)}
        data-pointer=${pointer}
        type=${type}
        .value=${live(raw === undefined || raw === null ? '' : String(raw))}
        placeholder=${field.placeholder ? ctx.texts.text(field.placeholder) : nothing}
        autocomplete=${defaultAutocomplete(field) ?? nothing}
        inputmode=${isCode ? 'numeric' : nothing}
        maxlength=${typeof c.maxLength === 'number' ? c.maxLength : nothing}
        min=${(type === 'date' ? this.dateBound(c, 'notBefore') : c.minimum) ?? nothing}
        max=${(type === 'date' ? this.dateBound(c, 'notAfter') : c.maximum) ?? nothing}
        step=${type === 'number' ? (c.multipleOf ?? (field.type === 'integer' ? 1 : 'any')) : nothing}
        aria-required=${String(this.isRequired(field, ctx, pointer))}
        aria-invalid=${String(!!this.invalid(pointer))}
        aria-describedby=${this.describedBy(field, pointer, hints.length > 0 ? [ids.hints] : [])}
        ?disabled=${this.isDisabled(field, ctx)}
        @input=${(e: Event) => this.change(pointer, parse((e.target as HTMLInputElement).value), false)}
        @blur=${() => this.leave(pointer)}
      />
      ${checklist && hints.length > 0 ? checklist.renderPasswordHints(hints, ids.hints, ctx.locale) : nothing}
      ${this.renderMessages(field, pointer, ctx)}
    </div>`;
  }

  /**
   * Live requirement hints for a new password (none until the checklist chunk is there: it is loaded the first time
   * a form shows a new-password field, so the many forms without one never carry it).
   */
  /**
   * A date picker's `min` or `max`: the `date` rule's `notBefore` / `notAfter` resolved for the current value (today
   * in the rule's time zone, a relative or fixed date, another field's date), so the picker offers only dates the
   * rule accepts; the rule still decides. Loaded on first use: forms without bounded dates never fetch it.
   */
  private dateBound(c: Record<string, unknown>, key: 'notBefore' | 'notAfter'): string | undefined {
    const bound = c[key];
    if (typeof bound !== 'string') return undefined;
    if (!dateBounds) {
      dateBoundsLoading ??= import('@gatehouse/forms/rules/date-bounds').then((m) => {
        dateBounds = m;
      });
      void dateBoundsLoading.then(() => this.requestUpdate());
      return undefined;
    }
    return dateBounds.resolveDateBound(
      bound,
      this.value,
      typeof c.timeZone === 'string' ? c.timeZone : 'UTC',
    );
  }

  private passwordHints(field: RenderField, pointer: string, ctx: RenderContext): PasswordHint[] {
    if (!checklist) {
      checklistLoading ??= import('./password-hints.js').then((m) => {
        checklist = m;
      });
      void checklistLoading.then(() => this.requestUpdate());
      return [];
    }
    const stated = this.compiled?.requirements?.(pointer, this.value, this.validateOptions) ?? [];
    return checklist.passwordHints(stated, field, getAt(this.value, pointer), ctx.locale);
  }

  private renderTextarea(field: RenderField, ctx: RenderContext): TemplateResult {
    const ids = this.ids(field.pointer);
    const c = field.constraints ?? {};
    const raw = getAt(this.value, field.pointer);
    return html`<div class="gate-field" part="field">
      <label class="gate-label" for=${ids.input}>${this.renderLabelText(field, ctx)}</label>
      <textarea
        class="gate-input"
        id=${ids.input}
        name=${field.pointer.slice(1)}
        data-pointer=${field.pointer}
        .value=${live(typeof raw === 'string' ? raw : '')}
        placeholder=${field.placeholder ? ctx.texts.text(field.placeholder) : nothing}
        maxlength=${typeof c.maxLength === 'number' ? c.maxLength : nothing}
        aria-required=${String(this.isRequired(field, ctx))}
        aria-invalid=${String(this.shown.has(field.pointer))}
        aria-describedby=${this.describedBy(field, field.pointer)}
        ?disabled=${this.isDisabled(field, ctx)}
        @input=${(e: Event) => this.change(field.pointer, (e.target as HTMLTextAreaElement).value || undefined, false)}
        @blur=${() => this.leave(field.pointer)}
      ></textarea>
      ${this.renderMessages(field, field.pointer, ctx)}
    </div>`;
  }

  private renderSelect(field: RenderField, ctx: RenderContext): TemplateResult {
    const ids = this.ids(field.pointer);
    const options = field.options ?? [];
    const current = getAt(this.value, field.pointer);
    const index = options.findIndex((o) => Object.is(o.value, current));
    return html`<div class="gate-field" part="field">
      <label class="gate-label" for=${ids.input}>${this.renderLabelText(field, ctx)}</label>
      <select
        class="gate-input"
        id=${ids.input}
        name=${field.pointer.slice(1)}
        data-pointer=${field.pointer}
        aria-required=${String(this.isRequired(field, ctx))}
        aria-invalid=${String(this.shown.has(field.pointer))}
        aria-describedby=${this.describedBy(field, field.pointer)}
        ?disabled=${this.isDisabled(field, ctx)}
        .selectedIndex=${live(index + 1)}
        @change=${(e: Event) =>
          // The chosen option's own value keeps its JSON type (numbers, booleans): read it by position.
          this.change(field.pointer, options[(e.target as HTMLSelectElement).selectedIndex - 1]?.value, true)}
      >
        <option value="">${field.placeholder ? ctx.texts.text(field.placeholder) : '—'}</option>
        ${options.map(
          (o, i) =>
            html`<option value=${String(o.value)} ?selected=${i === index}>${ctx.texts.text(o.label)}</option>`,
        )}
      </select>
      ${this.renderMessages(field, field.pointer, ctx)}
    </div>`;
  }

  /**
   * The field's options as one choice (radios) or several (a checkbox group, whose value keeps the options' order).
   * Both are a fieldset with the label as legend; a radio group also states whether it is required.
   */
  private renderChoices(field: RenderField, ctx: RenderContext, multiple: boolean): TemplateResult {
    const options = field.options ?? [];
    const raw = getAt(this.value, field.pointer);
    const chosen = multiple ? (Array.isArray(raw) ? raw : []) : [raw];
    const isChosen = (value: unknown) => chosen.some((c) => Object.is(c, value));
    const pick = (value: unknown, on: boolean) =>
      this.change(
        field.pointer,
        multiple
          ? options.map((o) => o.value).filter((v) => (Object.is(v, value) ? on : isChosen(v)))
          : value,
        true,
      );
    const ids = this.ids(field.pointer);
    return html`<fieldset
      class="gate-field"
      part=${multiple ? 'group' : 'field'}
      role=${multiple ? nothing : 'radiogroup'}
      aria-required=${multiple ? nothing : String(this.isRequired(field, ctx))}
      aria-invalid=${String(this.shown.has(field.pointer))}
      aria-describedby=${this.describedBy(field, field.pointer)}
    >
      <legend>${this.renderLabelText(field, ctx)}</legend>
      ${options.map(
        (o, i) => html`<label class="gate-choice">
          <input
            type=${multiple ? 'checkbox' : 'radio'}
            id=${`${ids.input}-${i}`}
            name=${multiple ? nothing : `${this.uid}${field.pointer}`}
            data-pointer=${i === 0 ? field.pointer : nothing}
            .checked=${live(isChosen(o.value))}
            ?disabled=${this.isDisabled(field, ctx)}
            @change=${(e: Event) => pick(o.value, (e.target as HTMLInputElement).checked)}
          />
          ${ctx.texts.text(o.label)}
        </label>`,
      )}
      ${this.renderMessages(field, field.pointer, ctx)}
    </fieldset>`;
  }

  private renderCheckbox(field: RenderField, ctx: RenderContext): TemplateResult {
    const ids = this.ids(field.pointer);
    return html`<div class="gate-field" part="field">
      <div class="gate-choice">
        <input
          type="checkbox"
          id=${ids.input}
          name=${field.pointer.slice(1)}
          data-pointer=${field.pointer}
          .checked=${live(getAt(this.value, field.pointer) === true)}
          aria-required=${String(this.isRequired(field, ctx))}
          aria-invalid=${String(this.shown.has(field.pointer))}
          aria-describedby=${this.describedBy(field, field.pointer)}
          ?disabled=${this.isDisabled(field, ctx)}
          @change=${(e: Event) => this.change(field.pointer, (e.target as HTMLInputElement).checked, true)}
        />
        <label class="gate-label" for=${ids.input}>${this.renderLabelText(field, ctx)}</label>
      </div>
      ${this.renderMessages(field, field.pointer, ctx)}
    </div>`;
  }

  private renderGroup(field: RenderField, ctx: RenderContext): TemplateResult {
    const children = ctx.fields.filter((f) => f.parent === field.pointer && ctx.isShown(f));
    return html`<fieldset class="gate-field" part="group" data-group=${field.pointer}>
      <legend>${this.renderLabelText(field, ctx)}</legend>
      ${children.map((f) => this.renderField(f, ctx))}
      ${this.renderMessages(field, field.pointer, ctx)}
    </fieldset>`;
  }
}

/** What a field's renderer gets besides the field: texts, locale, field states and visibility. */
export interface RenderContext {
  texts: FormTexts;
  locale: string;
  states: Map<string, FieldState>;
  fields: readonly RenderField[];
  isShown: (field: RenderField) => boolean;
}

declare global {
  interface HTMLElementTagNameMap {
    'gate-form': GateForm;
  }
}
