/**
 * The base of every flow element: creates the flow's XState actor from `@gatehouse/flows`, provides its ports
 * (property `ports`, or the fetch adapter for `endpoint`), renders the current step, persists and restores the flow,
 * moves focus and announces steps, and emits `gate-step`, `gate-complete` and `gate-error`.
 *
 * Chrome (heading, status, buttons) lives in shadow DOM; each step's form is a `<gate-form>` child in light DOM,
 * slotted in, so password managers find the credential inputs (docs/decisions/0002-credential-inputs.md). Forms
 * stay mounted across steps and only their properties change (remounting Lit forms builds up garbage).
 */
import {
  createHttpClient,
  type FlowHttpPorts,
  type HttpPorts,
  type HttpPortsOptions,
} from '@gatehouse/flows/http';
import { resumeFlow } from '@gatehouse/flows/persistence';
import type { FormSubject } from '@gatehouse/forms';
import {
  type CSSResultGroup,
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {
  type Actor,
  type AnyActorLogic,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  createActor,
  type EventFromLogic,
  type InputFrom,
  type SnapshotFrom,
  type StateValue,
} from 'xstate';
import { emit, type GateIssue } from '../common/events.js';
import { resolveLocale } from '../common/messages.js';
import type { RenderableForm } from '../form/form-model.js';
import type { GateForm } from '../form/gate-form.element.js';
import { flowStyles } from './flow.styles.js';
import { type FlowFormLike, renderableForm } from './flow-form.js';
import { stepIssueText } from './issue-texts.js';
import { clearFlow, type PersistMode, readFlow, saveFlow } from './persistence.js';
import { proofRetry } from './proof-retry.js';

/** The form a step shows: which flow form, its button text, and whether it is busy (a port call runs). */
export interface StepForm {
  form: FlowFormLike;
  submitLabel: string;
  busy?: boolean;
  showRequired?: boolean;
  /** Pre-fill used when the form is first mounted (e.g. the machine's `context.data` after a restore). */
  value?: Record<string, unknown>;
  /** Values kept in the form on every render (e.g. a choice made on an earlier step of the same form). */
  patch?: Record<string, unknown>;
  /** Only this step of a multi-step definition is rendered (`ui.steps[].id`). */
  step?: string;
  /** The renderable form to use instead of the flow form (e.g. with options known only at run time). */
  renderable?: RenderableForm;
  /** Facts about the person for this step's form (else the element's `subject`). */
  subject?: FormSubject;
}

/** What a flow element renders for a snapshot. */
export interface StepView<V extends string = string> {
  /**
   * The public step (`gate-step`'s `detail.view`, one of the element's documented list): focus moves to the
   * heading and the step is announced when it changes.
   */
  key: V;
  heading: string;
  busy?: boolean;
  body?: TemplateResult | typeof nothing;
  form?: StepForm;
  actions?: TemplateResult | typeof nothing;
  /** The actions hold no buttons (a note, the links slot): the form's submit button stays in the form. */
  submitInForm?: boolean;
}

/** Ports by name, as `machine.provide({ actors })` takes them. */
export type FlowPorts = Record<string, AnyActorLogic>;

/** Builds every flow's ports from a base URL, like `createHttpPorts` of `@gatehouse/flows/http`. */
export type HttpPortsFactory = (options: HttpPortsOptions) => HttpPorts;

/** The adapter installed with `setHttpPorts`; unset, each element uses its own flow's port set. */
let httpPortsFactory: HttpPortsFactory | undefined;

/**
 * Replaces the fetch adapter that `endpoint` uses, for every flow element (default: each element's own port set of
 * `@gatehouse/flows/http` over `createHttpClient`, the same requests as `createHttpPorts`, so `endpoint` works
 * with no setup call and a page bundles only its flows' fetch code). Pass `undefined` to go back to the default.
 * For extra headers (a CSRF token) or a custom `fetch`, prefer the element's `http` property.
 */
export function setHttpPorts(factory: HttpPortsFactory | undefined): void {
  httpPortsFactory = factory;
}

/** `{ a: { b: 'c' } }` → `a.b.c`: the step name `gate-step` reports (state names are public API). */
export function stepName(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [key, inner] = Object.entries(value)[0] ?? ['', ''];
  return inner === undefined || (typeof inner === 'object' && Object.keys(inner).length === 0)
    ? key
    : `${key}.${stepName(inner as StateValue)}`;
}

/**
 * Base class of the flow elements (not registered itself).
 *
 * @fires gate-step - the flow moved to another step; `detail.view` is the public step (one of the element's list),
 *   `detail.step` the machine's state (dotted when nested)
 * @fires gate-complete - the flow reached a final state; `detail.output` is the element's documented result
 * @fires gate-error - a port failed, a stored flow was rejected, or the element is not connected to ports
 * @slot form - (internal) the current step's `<gate-form>`; do not fill it yourself
 * @csspart actions - the step's buttons in one row; when a step has a form and other buttons, the form's submit
 *   button is shown first in this row (`::part(submit)`, it clicks the form's own hidden one)
 * @csspart alert - messages about the whole step
 * @csspart announcer - the visually hidden live region
 * @csspart heading - the step heading (`role=heading`, level from `heading-level`; focused on step changes, drawn without a focus ring because it is not a control)
 * @csspart note - notes; the bot defence's "Checking that you are a person…" line is one too (also `proof`)
 * @csspart proof - the bot defence's "Checking that you are a person…" line (`role=status`, also `note`), shown under
 *   the step's form while the element solves the server's challenge (docs/server/bot-defence.md)
 * @csspart step - the step container
 * @csspart submit - a form's submit button when it shares the row with the step's other buttons (also `button`)
 * @cssproperty --gate-color-accent - buttons, links and notes
 * @cssproperty --gate-color-bg - background of inputs and buttons
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
 */
export abstract class GateFlowElement<
  M extends AnyStateMachine = AnyStateMachine,
  O = unknown,
  V extends string = string,
> extends LitElement {
  static override styles: CSSResultGroup = flowStyles;

  // Reactive properties declared statically rather than with decorators: the same behaviour without the
  // decorator runtime in every page bundle.
  static override properties: PropertyDeclarations = {
    ports: { attribute: false },
    endpoint: {},
    http: { attribute: false },
    input: { attribute: false },
    forms: { attribute: false },
    subject: { attribute: false },
    persist: {},
    persistKey: { attribute: 'persist-key' },
    lang: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    snapshot: { state: true },
    announcement: { state: true },
  };

  /** Port implementations (`{ register: port(async (input) => …) }`); set before the element connects. */
  ports: Partial<FlowPorts> | undefined;

  /** Base URL of a backend speaking the Gatehouse REST contract (docs/rest-contract.md); ignored when `ports` is set. */
  endpoint = '';

  /** Extra options of the fetch adapter `endpoint` uses: `headers` (e.g. a CSRF token) or a custom `fetch`. */
  http: Omit<HttpPortsOptions, 'baseUrl'> = {};

  /** The machine's input (configuration such as cooldowns); read once when the flow starts. */
  input: InputFrom<M> | undefined;

  /** Build-time compiled forms by form id, used instead of compiling the flow's definition at run time. */
  forms: Partial<Record<string, RenderableForm>> = {};

  /**
   * Facts about the person the host knows (`{ contextWords: [given name, family name, company, e-mail], mfa }`),
   * handed to every step's form: the password checklist and rule use them as the server does.
   */
  subject: FormSubject | undefined;

  /** Where the flow survives a reload: `session` (default), `local`, or `none`. */
  persist: PersistMode = 'session';

  /** Storage key; set it when a page shows two elements of the same flow. */
  persistKey = '';

  /** Locale of the texts; defaults to the nearest `lang` in the page. */
  override lang!: string;

  /** Level of the step heading, 1–6 (default 2): a page whose only heading it is wants 1. */
  headingLevel = 2;

  protected snapshot: SnapshotFrom<M> | undefined;
  private announcement = '';

  /** The flow's name in events and storage (`registration`, `login`, …). */
  abstract readonly flow: string;
  /** The machine from `@gatehouse/flows`. */
  protected abstract get machine(): M;
  /** What to render for a snapshot. */
  protected abstract view(snapshot: SnapshotFrom<M>, locale: string): StepView<V>;
  /**
   * The flow's fetch port set of `@gatehouse/flows/http` used with `endpoint` (`registrationHttpPorts`, …); its
   * `key` picks the same set from an adapter installed with `setHttpPorts`.
   */
  protected abstract readonly httpPorts: FlowHttpPorts;

  private actor: Actor<M> | undefined;
  private forms$ = new Map<string, GateForm>();
  private issuesGiven = new WeakMap<GateForm, readonly GateIssue[]>();
  private lastKey: string | undefined;
  private lastStep: string | null = null;
  private lastIssues: unknown;
  /** New issues arrived (a port answered with a problem): focus goes to them after the next render. */
  private problemArrived = false;
  private restoring = false;
  /**
   * Whether the person has used this element (a key or pointer in it, a submit, a `send`). Until then a step
   * change (data arriving on page load) leaves focus where the page put it: a page of several elements would
   * otherwise end with focus on whichever loaded last.
   */
  private acted = false;

  constructor() {
    super();
    const act = () => (this.acted = true);
    this.addEventListener('keydown', act);
    this.addEventListener('pointerdown', act);
    this.addEventListener('gate-submit', (event) => {
      const target = event.target as GateForm;
      const id = [...this.forms$].find(([, el]) => el === target)?.[0];
      if (id === undefined) return;
      this.acted = true;
      this.submitForm(id, event.detail.value);
    });
  }

  /** The current step name (as in `gate-step`), or null before the flow started. */
  get step(): string | null {
    return this.lastStep;
  }

  /** Sends an event to the flow (the machine's public events, e.g. `{ type: 'RESEND' }`). */
  send(event: EventFromLogic<M>): void {
    this.acted = true;
    this.actor?.send(event);
  }

  /** Forgets the stored flow and starts over from the first step. */
  restart(): void {
    clearFlow(this.persist, this.storageKey);
    this.actor?.stop();
    this.actor = undefined;
    this.lastStep = null;
    // A new flow starts with fresh forms: what was typed (a password) must not come back, and pre-fills apply again.
    for (const el of this.forms$.values()) el.remove();
    this.forms$.clear();
    this.start();
  }

  /** What a SUBMIT of the form `formId` sends; elements with other events override it. */
  protected submitForm(_formId: string, value: Record<string, unknown>): void {
    this.send({ type: 'SUBMIT', data: value } as EventFromLogic<M>);
  }

  /** The `gate-complete` output for a final snapshot (default: the machine's output). */
  protected completeOutput(snapshot: SnapshotFrom<M>): O {
    return ((snapshot as AnyMachineSnapshot).output ?? null) as O;
  }

  /** Called with each new actor before it runs: listen to its emitted events here (`actor.on('download', …)`). */
  protected watch(_actor: Actor<M>): void {}

  /** The issues of the current snapshot (`context.issues` by convention of every flow). */
  protected issuesOf(snapshot: SnapshotFrom<M>): readonly GateIssue[] {
    return ((snapshot as AnyMachineSnapshot).context?.issues as GateIssue[] | undefined) ?? [];
  }

  protected get locale(): string {
    return resolveLocale(this);
  }

  private get storageKey(): string {
    return this.persistKey || `gatehouse:${this.flow}`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected after a move in the DOM: carry on from where the flow was.
    if (!this.actor && this.hasUpdated) this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.actor?.stop();
    this.actor = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const portsChanged = changed.has('ports') || changed.has('endpoint');
    if (!this.actor && (this.ports || this.endpoint)) this.start();
    // Without ports or endpoint the flow waits: it starts as soon as one of them arrives.
    else if (this.actor && portsChanged && this.hasUpdated) this.restartWithPorts();
  }

  private resolvePorts(): FlowPorts | undefined {
    if (this.ports) return this.ports as FlowPorts;
    if (!this.endpoint) return undefined;
    try {
      // The server's bot defence (428 `proof-…`) is answered inside the fetch: the flows never see it.
      const options = { ...this.http, baseUrl: this.endpoint, fetch: proofRetry(this, this.http.fetch) };
      const ports = httpPortsFactory
        ? httpPortsFactory(options)[this.httpPorts.key]
        : this.httpPorts(createHttpClient(options));
      return ports as unknown as FlowPorts;
    } catch (error) {
      // A malformed endpoint is a page mistake: say so as a gate-error instead of throwing from a Lit update.
      this.fail('invalid-endpoint', `<gate-${this.flow}> endpoint: ${(error as Error).message}`);
      return undefined;
    }
  }

  /** The flow's machine with the current ports as its actors (`undefined` when there are none). */
  private logicWithPorts(): M | undefined {
    const ports = this.resolvePorts();
    return ports && (this.machine.provide({ actors: ports } as never) as M);
  }

  private start(): void {
    const logic = this.logicWithPorts();
    if (!logic) return;
    const stored = readFlow(this.persist, this.storageKey);
    if (!stored.ok) this.fail('snapshot-rejected', stored.message);
    if (stored.ok && stored.persisted !== undefined) {
      try {
        // resumeFlow migrates or rejects the stored version, recreates invocations and re-arms timers.
        const actor = resumeFlow(logic, stored.persisted, {
          input: this.input,
        } as never) as unknown as Actor<M>;
        this.restoring = true;
        this.run(actor, false);
        return;
      } catch (error) {
        // Another version, another flow, or a state this build does not have: start over and say why.
        clearFlow(this.persist, this.storageKey);
        const code = (error as { code?: string }).code ?? 'invalid-snapshot';
        this.fail('snapshot-rejected', `${code}: ${(error as Error).message}; starting over`);
      }
    }
    this.restoring = false;
    this.run(createActor(logic, { input: this.input } as never) as Actor<M>, true);
  }

  private run(actor: Actor<M>, start: boolean): void {
    this.actor = actor;
    this.watch(actor);
    actor.subscribe({
      next: (snapshot) => this.onSnapshot(snapshot as SnapshotFrom<M>),
      error: (error) => this.fail('flow-failed', (error as Error)?.message ?? String(error)),
    });
    if (start) actor.start();
    // A resumed actor is already running: its first snapshot was emitted before anyone listened.
    else this.onSnapshot(actor.getSnapshot() as SnapshotFrom<M>);
  }

  /** New ports after the start: continue from the current step with them (only when no port call is running). */
  private restartWithPorts(): void {
    const actor = this.actor;
    if (!actor) return;
    const persisted = actor.getPersistedSnapshot() as { children?: object };
    if (Object.keys(persisted.children ?? {}).length > 0) return;
    actor.stop();
    this.actor = undefined;
    const logic = this.logicWithPorts();
    if (!logic) return;
    this.run(createActor(logic, { input: this.input, snapshot: persisted } as never) as Actor<M>, true);
  }

  private onSnapshot(snapshot: SnapshotFrom<M>): void {
    const s = snapshot as AnyMachineSnapshot;
    this.snapshot = snapshot;
    const step = stepName(s.value);
    if (step !== this.lastStep) {
      const previous = this.lastStep;
      this.lastStep = step;
      emit(this, 'gate-step', {
        flow: this.flow,
        view: this.view(snapshot, this.locale).key,
        step,
        previous,
      });
    }
    const issues = this.issuesOf(snapshot);
    if (issues !== this.lastIssues) {
      this.lastIssues = issues;
      if (issues.length > 0) this.problemArrived = true;
      const whole = issues.find((i) => i.path === '');
      if (whole) this.fail(whole.code, stepIssueText('en', whole));
    }
    if (s.status === 'done') {
      clearFlow(this.persist, this.storageKey);
      emit(this, 'gate-complete', { flow: this.flow, step, output: this.completeOutput(snapshot) });
      return;
    }
    // persistFlow saves a busy step as the resting one before it and leaves secrets out, so any step may be saved.
    if (this.persist !== 'none' && this.actor) saveFlow(this.persist, this.storageKey, this.actor as never);
  }

  /** The action row's submit: clicks the form's own (hidden) submit button, so the form submits as on Enter. */
  private clickSubmit(): void {
    // Lit calls an event listener with the element as `this`.
    this.querySelector<HTMLButtonElement>('gate-form[slot="form"] button[type=submit]')?.click();
  }

  private fail(code: string, message: string): void {
    emit(this, 'gate-error', { flow: this.flow, code, message });
  }

  protected override render(): TemplateResult {
    const snapshot = this.snapshot;
    if (!snapshot) {
      return html`<div class="sr-only" role="status" aria-live="polite" part="announcer"></div>`;
    }
    const locale = this.locale;
    const view = this.view(snapshot, locale);
    const whole = this.issuesOf(snapshot).filter((i) => i.path === '');
    return html`<section class="step" part="step" aria-busy=${view.busy || view.form?.busy ? 'true' : 'false'} aria-labelledby="heading">
        <div id="heading" part="heading" role="heading" aria-level=${this.headingLevel} tabindex="-1">${view.heading}</div>
        <div class="alert" part="alert" role="alert" tabindex="-1">${whole.map(
          (issue) =>
            html`<p>${issue.message && !stepIssueKnown(issue.code) ? issue.message : stepIssueText(locale, issue)}</p>`,
        )}</div>
        ${view.body ?? nothing}
        ${view.form ? html`<slot name="form"></slot>` : nothing}
        ${
          view.actions
            ? html`<div class="actions" part="actions">${
                view.form && !view.submitInForm
                  ? // No type: in the shadow root it has no form to submit; it clicks the form's own button.
                    html`<button part="button submit" class="primary" ?disabled=${view.form.busy} @click=${this.clickSubmit}>${view.form.submitLabel}</button>`
                  : nothing
              }${view.actions}</div>`
            : nothing
        }
      </section>
      <div class="sr-only" role="status" aria-live="polite" part="announcer">${this.announcement}</div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const snapshot = this.snapshot;
    if (!snapshot) return;
    const view = this.view(snapshot, this.locale);
    this.syncForms(view.form, snapshot, !!view.actions && !view.submitInForm);
    const busy = !!(view.busy || view.form?.busy);
    if (view.key !== this.lastKey) {
      const first = this.lastKey === undefined;
      this.lastKey = view.key;
      // Never steal focus on page load or on a restore; only a step change the user caused moves it.
      if (!first && !this.restoring && this.acted) {
        this.announcement = view.heading;
        this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
      }
      this.restoring = false;
    } else if (this.problemArrived && !busy) {
      void this.focusProblem();
    }
    if (!busy) this.problemArrived = false;
  }

  /**
   * Back from a port call on the same step with a problem: when focus is on the element's own buttons (the one
   * pressed) or was lost (it got disabled while busy), put it where the problem is. A user still in a field keeps
   * their place. Waits for the step's form first: it marks the refused field only in its own next render.
   */
  private async focusProblem(): Promise<void> {
    await this.updateComplete;
    const active = document.activeElement;
    if (active && active !== document.body && active !== this) return;
    const invalid = this.querySelector<HTMLElement>('gate-form[slot="form"] [aria-invalid="true"]');
    const alert = this.renderRoot.querySelector<HTMLElement>('.alert');
    (
      invalid ?? (alert?.childElementCount ? alert : this.renderRoot.querySelector<HTMLElement>('#heading'))
    )?.focus();
  }

  /** Also waits for the step forms: once a host's `await updateComplete` returns, the whole step is drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await Promise.all([...this.forms$.values()].map((form) => form.updateComplete));
    return done;
  }

  /** Mounts each step's `<gate-form>` once, slots in the current one and updates its properties. */
  private syncForms(stepForm: StepForm | undefined, snapshot: SnapshotFrom<M>, withActions: boolean): void {
    const activeId = stepForm?.form.id;
    for (const [id, el] of this.forms$) {
      if (id !== activeId && el.slot !== 'inactive') el.slot = 'inactive';
    }
    if (!stepForm || activeId === undefined) return;
    let el = this.forms$.get(activeId);
    if (!el) {
      let form: RenderableForm;
      try {
        form = stepForm.renderable ?? this.forms[activeId] ?? renderableForm(stepForm.form);
      } catch (error) {
        // A page mistake (an uncompiled form): report it as a gate-error instead of throwing from a Lit update.
        this.fail((error as { code?: string }).code ?? 'not-compiled', (error as Error).message);
        return;
      }
      el = document.createElement('gate-form') as GateForm;
      el.form = form;
      if (stepForm.value && Object.keys(stepForm.value).length > 0)
        el.value = structuredClone(stepForm.value);
      this.forms$.set(activeId, el);
      this.append(el);
    }
    if (stepForm.renderable && el.form !== stepForm.renderable) el.form = stepForm.renderable;
    el.step = stepForm.step ?? '';
    const subject = stepForm.subject ?? this.subject;
    if (el.subject !== subject) el.subject = subject;
    const patch = stepForm.patch;
    if (patch && Object.entries(patch).some(([k, v]) => !Object.is(el.value[k], v)))
      el.value = { ...el.value, ...patch };
    el.slot = 'form';
    el.submitLabel = stepForm.submitLabel;
    el.showRequired = !!stepForm.showRequired;
    // With other buttons the submit shows in the step's action row (one row: Save beside Close).
    el.submitHidden = withActions;
    el.disabled = !!stepForm.busy;
    // Hand over the machine's field issues once per new issue list: re-setting them on every render (a countdown
    // tick) would bring back messages the user has fixed since.
    const issues = this.issuesOf(snapshot);
    if (this.issuesGiven.get(el) !== issues) {
      this.issuesGiven.set(el, issues);
      // Codes from ports (`invalid-code` on `/code`) are not in the form's catalog: give them our text.
      const locale = this.locale;
      const fieldIssues = issues
        .filter((i) => i.path !== '')
        .map((i) => (i.message || !stepIssueKnown(i.code) ? i : { ...i, message: stepIssueText(locale, i) }));
      if (fieldIssues.length > 0 || el.issues.length > 0) el.issues = fieldIssues;
    }
  }
}

const known = new Set(['generic']);
function stepIssueKnown(code: string): boolean {
  return known.has(code) || stepIssueText('en', { code }) !== stepIssueText('en', { code: 'generic' });
}
