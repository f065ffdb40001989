/**
 * `<gate-approval-queue>`: the reviewers' queue of confirmed registrations (docs/requirements.md, "Approval"). The approval
 * machine itself runs on the server; this element is plain Lit state over the `/approvals` endpoints.
 */
import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { emit } from '../common/events.js';
import { resolveLocale } from '../common/messages.js';
import { choiceStyles } from '../flow/choice.styles.js';
import { flowStyles } from '../flow/flow.styles.js';
import { stepIssueText } from '../flow/issue-texts.js';
import { textsFor } from '../flow/texts.js';
import { approvalQueueStyles } from './approval-queue.styles.js';
import { approvalQueueTexts } from './approval-queue.texts.js';
import {
  type ApprovalDecisionInput,
  type ApprovalDecisionRecord,
  type ApprovalFilter,
  type ApprovalItem,
  type ApprovalQueuePorts,
  type ApprovalsClientOptions,
  createApprovalsClient,
} from './approvals-client.js';

type Detail = ApprovalItem & { decisions: ApprovalDecisionRecord[] };

/** The public steps of `<gate-approval-queue>` (`gate-step`'s `detail.view`). */
export type ApprovalQueueView = 'list' | 'review';

/**
 * Lists confirmed registrations for reviewers, oldest first, with overdue items (past the 24 h SLA) and flagged
 * e-mail checks marked; a reviewer opens one, sees its decision history, and approves, rejects (with a reason) or
 * asks for more information. Approving a flagged e-mail needs the false-positive override and a reason. The
 * server records who decided (from the session) and when.
 *
 * @fires gate-step - `detail.view`, the public step (`ApprovalQueueView`): `list`, `review`; `detail.step` is the same
 * @fires gate-complete - a decision was recorded; `detail.output`: `{ id, state, decision }`
 * @fires gate-error - loading or deciding failed (`forbidden`, `conflict`, `invalid-request`, `unavailable`)
 * @csspart actions - the step's own buttons (a form's submit button stays in its form)
 * @csspart alert - messages about the whole step
 * @csspart announcer - the visually hidden live region
 * @csspart approve - the "Approve" button
 * @csspart back - the "Back" button
 * @csspart button - every button; a second name says which (`::part(cancel)`)
 * @csspart filter - the queue filter select
 * @csspart heading - the step heading (`role=heading`, level from `heading-level`; focused on step changes, drawn without a focus ring because it is not a control)
 * @csspart overdue - the overdue flag
 * @csspart reject - the "Reject" button
 * @csspart request-info - the "Request information" button
 * @csspart review - the "Review" button of a row
 * @csspart step - the step container
 * @csspart table - the queue table
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
 * @tag gate-approval-queue
 */
export class GateApprovalQueue extends LitElement {
  static override styles = [flowStyles, choiceStyles, approvalQueueStyles];

  static override properties: PropertyDeclarations = {
    ports: { attribute: false },
    endpoint: {},
    http: { attribute: false },
    filter: {},
    lang: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    items: { state: true },
    current: { state: true },
    busy: { state: true },
    problem: { state: true },
    reason: { state: true },
    override: { state: true },
    reasonError: { state: true },
    announcement: { state: true },
  };

  /** Reviewer operations (`list`, `get`, `decide`); without them `endpoint` is used. */
  ports: ApprovalQueuePorts | undefined;

  /** Base URL of the REST contract; the element calls `GET /approvals`, `GET/POST /approvals/{id}…` under it. */
  endpoint = '';

  /** Extra fetch options for `endpoint` (`headers` such as a CSRF token, or a custom `fetch`). */
  http: Omit<ApprovalsClientOptions, 'baseUrl'> = {};

  /** Which items to list: `pending` (default), `overdue`, or `all`. */
  filter: ApprovalFilter = 'pending';

  /** Level of the list and review headings, 1–6 (default 2). */
  headingLevel = 2;

  /** Locale of the texts; defaults to the nearest `lang` in the page. */
  override lang!: string;

  private items: ApprovalItem[] | undefined;
  private current: Detail | undefined;
  private busy = false;
  private problem = '';
  private reason = '';
  private override = false;
  private reasonError = '';
  private announcement = '';
  private focusHeading = false;
  private loadedWith: unknown;

  private get client(): ApprovalQueuePorts | undefined {
    if (this.ports) return this.ports;
    if (!this.endpoint) return undefined;
    try {
      return createApprovalsClient({ ...this.http, baseUrl: this.endpoint });
    } catch (error) {
      this.fail(error);
      return undefined;
    }
  }

  private get t() {
    return textsFor(approvalQueueTexts, resolveLocale(this));
  }

  /** Reloads the list (after a decision made elsewhere, for example). */
  async reload(): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.busy = true;
    try {
      const { items } = await client.list(this.filter);
      // Oldest first: the SLA runs from submission.
      this.items = [...items].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
      this.problem = '';
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  private fail(error: unknown): void {
    const code = (error as { code?: string }).code ?? 'generic';
    this.problem = stepIssueText(resolveLocale(this), { code });
    emit(this, 'gate-error', { flow: 'approval', code, message: (error as Error).message ?? String(error) });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const key = [this.ports, this.endpoint, this.filter];
    if (
      (changed.has('ports') || changed.has('endpoint') || changed.has('filter')) &&
      (this.ports || this.endpoint) &&
      key.some((k, i) => k !== (this.loadedWith as unknown[] | undefined)?.[i])
    ) {
      this.loadedWith = key;
      void this.reload();
    }
  }

  private async open(item: ApprovalItem): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.busy = true;
    try {
      this.current = await client.get(item.id);
      this.reason = '';
      this.override = false;
      this.reasonError = '';
      this.problem = '';
      this.show('review', this.t('reviewHeading', { name: fullName(item) }));
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  private show(step: 'list' | 'review', heading: string): void {
    this.focusHeading = true;
    this.announcement = heading;
    emit(this, 'gate-step', {
      flow: 'approval',
      view: step,
      step,
      previous: step === 'list' ? 'review' : 'list',
    });
  }

  private backToList(): void {
    this.current = undefined;
    this.show('list', this.t('heading'));
  }

  private async decide(action: ApprovalDecisionInput['action']): Promise<void> {
    const item = this.current;
    const client = this.client;
    if (!item || !client || this.busy) return;
    const t = this.t;
    const reason = this.reason.trim();
    const flagged = !item.emailCheck.ok;
    // The same rules the server enforces (400 invalid-request), checked first so the reviewer gets a field message.
    if ((action !== 'approve' || (flagged && this.override)) && !reason) this.reasonError = t('needReason');
    else if (action === 'approve' && flagged && !this.override) this.reasonError = t('needOverride');
    else this.reasonError = '';
    if (this.reasonError) {
      await this.updateComplete;
      this.renderRoot
        .querySelector<HTMLElement>(
          action === 'approve' && flagged && !this.override ? '#override' : '#reason',
        )
        ?.focus();
      return;
    }
    const input: ApprovalDecisionInput = { action };
    if (reason) input.reason = reason;
    if (action === 'approve' && flagged) input.overrideEmailCheck = true;
    this.busy = true;
    try {
      const result = await client.decide(item.id, input);
      emit(this, 'gate-complete', { flow: 'approval', step: 'decided', output: { id: item.id, ...result } });
      const done = { approve: 'approved', reject: 'rejected', 'request-info': 'infoRequested' } as const;
      this.current = undefined;
      this.items = this.items?.filter((i) => i.id !== item.id);
      this.show('list', t(done[action], { name: fullName(item) }));
      this.busy = false;
      void this.reload();
    } catch (error) {
      this.busy = false;
      this.fail(error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.alert')?.focus();
    }
  }

  protected override updated(): void {
    if (this.focusHeading) {
      this.focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
    }
  }

  private when(iso: string): string {
    const date = new Date(iso);
    return Number.isNaN(date.getTime())
      ? iso
      : new Intl.DateTimeFormat(resolveLocale(this), { dateStyle: 'medium', timeStyle: 'short' }).format(
          date,
        );
  }

  protected override render(): TemplateResult {
    return html`<section class="step" part="step" aria-busy=${this.busy ? 'true' : 'false'} aria-labelledby="heading">
        ${this.current ? this.renderReview(this.current) : this.renderList()}
      </section>
      <div class="sr-only" role="status" aria-live="polite" part="announcer">${this.announcement}</div>`;
  }

  private renderAlert(): TemplateResult {
    return html`<div class="alert" part="alert" role="alert" tabindex="-1">${this.problem ? html`<p>${this.problem}</p>` : nothing}</div>`;
  }

  private renderList(): TemplateResult {
    const t = this.t;
    const items = this.items;
    return html`<div id="heading" part="heading" role="heading" aria-level=${this.headingLevel} tabindex="-1">${t('heading')}</div>
      ${this.renderAlert()}
      <label>${t('filter')}
        <select part="filter" .value=${this.filter} @change=${(e: Event) => {
          this.filter = (e.target as HTMLSelectElement).value as ApprovalFilter;
        }}>
          ${(['pending', 'overdue', 'all'] as const).map(
            (f) => html`<option value=${f} ?selected=${f === this.filter}>${t(f)}</option>`,
          )}
        </select>
      </label>
      ${
        items === undefined
          ? html`<p class="muted">${t('loading')}</p>`
          : items.length === 0
            ? html`<p>${t('empty')}</p>`
            : html`<table part="table">
              <caption class="sr-only">${t('count', { n: items.length })}</caption>
              <thead><tr><th scope="col">${t('applicant')}</th><th scope="col">${t('company')}</th><th scope="col">${t('submitted')}</th><th scope="col">${t('due')}</th><th scope="col">${t('emailCheck')}</th><th scope="col"><span class="sr-only">${t('review', { name: '' })}</span></th></tr></thead>
              <tbody>${items.map(
                (item) => html`<tr data-id=${item.id}>
                  <td>${fullName(item)}<br /><span class="muted">${item.email}</span></td>
                  <td>${item.company}</td>
                  <td>${this.when(item.submittedAt)}</td>
                  <td>${this.when(item.dueAt)}${item.overdue ? html` <span class="overdue" part="overdue">${t('overdueFlag')}</span>` : nothing}</td>
                  <td>${item.emailCheck.ok ? t('passed') : html`<span class="overdue">${t('flagged', { code: item.emailCheck.code ?? '' })}</span>`}</td>
                  <td><button part="button review" type="button" ?disabled=${this.busy} @click=${() => this.open(item)}>${t('review', { name: fullName(item) })}</button></td>
                </tr>`,
              )}</tbody>
            </table>`
      }`;
  }

  private renderReview(item: Detail): TemplateResult {
    const t = this.t;
    const flagged = !item.emailCheck.ok;
    return html`<div id="heading" part="heading" role="heading" aria-level=${this.headingLevel} tabindex="-1">${t('reviewHeading', { name: fullName(item) })}</div>
      ${this.renderAlert()}
      <dl>
        <dt>${t('email')}</dt><dd>${item.email}</dd>
        <dt>${t('company')}</dt><dd>${item.company}</dd>
        <dt>${t('submitted')}</dt><dd>${this.when(item.submittedAt)}</dd>
        <dt>${t('due')}</dt><dd>${this.when(item.dueAt)}${item.overdue ? html` <span class="overdue" part="overdue">${t('overdueFlag')}</span>` : nothing}</dd>
        <dt>${t('emailCheck')}</dt><dd>${flagged ? html`<span class="overdue">${t('flagged', { code: item.emailCheck.code ?? '' })}</span>` : t('passed')}</dd>
      </dl>
      <h3>${t('history')}</h3>
      ${
        item.decisions.length === 0
          ? html`<p class="muted">${t('noHistory')}</p>`
          : html`<ul>${item.decisions.map(
              (d) =>
                html`<li>${t('decision', { action: actionText(t, d.action), by: d.by, at: this.when(d.at) })}${d.reason ? html`: ${d.reason}` : nothing}</li>`,
            )}</ul>`
      }
      <label for="reason">${t('reason')}</label>
      <textarea id="reason" rows="3" .value=${this.reason} aria-invalid=${this.reasonError ? 'true' : 'false'}
        aria-describedby=${this.reasonError ? 'reason-help reason-error' : 'reason-help'}
        @input=${(e: Event) => {
          this.reason = (e.target as HTMLTextAreaElement).value;
        }}></textarea>
      <p class="muted" id="reason-help">${t('reasonHelp')}</p>
      ${
        flagged
          ? html`<div><input type="checkbox" id="override" .checked=${this.override}
              @change=${(e: Event) => {
                this.override = (e.target as HTMLInputElement).checked;
              }} /> <label for="override" class="inline">${t('override')}</label></div>`
          : nothing
      }
      ${this.reasonError ? html`<p class="overdue" id="reason-error">${this.reasonError}</p>` : nothing}
      <div class="actions" part="actions">
        <button part="button approve" type="button" class="primary" ?disabled=${this.busy} @click=${() => this.decide('approve')}>${t('approve')}</button>
        <button part="button reject" type="button" ?disabled=${this.busy} @click=${() => this.decide('reject')}>${t('reject')}</button>
        <button part="button request-info" type="button" ?disabled=${this.busy} @click=${() => this.decide('request-info')}>${t('requestInfo')}</button>
        <button part="button back" type="button" ?disabled=${this.busy} @click=${() => this.backToList()}>${t('back')}</button>
      </div>`;
  }
}

const fullName = (item: { givenName: string; familyName: string }) =>
  `${item.givenName} ${item.familyName}`.trim();

function actionText(t: (key: keyof typeof approvalQueueTexts.en) => string, action: string): string {
  const key = `action-${action}` as keyof typeof approvalQueueTexts.en;
  return key in approvalQueueTexts.en ? t(key) : action;
}

declare global {
  interface HTMLElementTagNameMap {
    'gate-approval-queue': GateApprovalQueue;
  }
}
