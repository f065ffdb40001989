/** `<gate-email-change>`: change the account's e-mail address, proven by a link to the new one (`emailChangeMachine`). */
import { emailChangeForm, emailChangeMachine } from '@gatehouse/flows/email-change';
import { emailChangeHttpPorts } from '@gatehouse/flows/http';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { SnapshotFrom } from 'xstate';
import type { GateIssue } from '../common/events.js';
import { safeHref } from '../common/safe-url.js';
import { GateFlowElement, type StepView } from '../flow/flow-element.js';
import { textsFor } from '../flow/texts.js';
import { emailChangeIssueTexts, emailChangeTexts } from './email-change.texts.js';

type Snapshot = SnapshotFrom<typeof emailChangeMachine>;

/** The public steps of `<gate-email-change>` (`gate-step`'s `detail.view`): stable, documented, safe to route on. */
export type EmailChangeView =
  | 'editing'
  | 'awaitingConfirmation'
  | 'confirming'
  | 'changed'
  | 'revoking'
  | 'revoked'
  | 'expired'
  | 'refused'
  | 'cancelled';

/** `gate-complete`'s `detail.output` of `<gate-email-change>`. */
export interface EmailChangeOutput {
  /** `revoked`: the old address's "this was not me" link cancelled the change. */
  outcome: 'changed' | 'revoked' | 'expired' | 'refused' | 'cancelled';
  /** The account's address from now on (only with `changed`). */
  email: string | null;
  /** How many other sessions the change or the cancel ended (only with `changed` and `revoked`). */
  endedSessions: number | null;
}

const given = new WeakMap<readonly GateIssue[], readonly GateIssue[]>();

/**
 * The new e-mail address and the current password; the backend sends a single-use link to the new address and tells
 * the old one. Nothing changes until the link is opened: its page shows the same element with `confirmation-token`,
 * which confirms at once and says how many other browsers were signed out. The notice to the old address links to a
 * page with `cancel-token` ("this was not me"): it cancels the change at once, says the address stays and
 * recommends a new password (`password-change-href`). Nothing of it is stored in the browser.
 *
 * @fires gate-step - `detail.view`, the public step (`EmailChangeView`); `detail.step`, the machine state: `editing`, `submitting`, `awaitingConfirmation`, `confirming`, `changed`, `revoking`, `revoked`, `expired`, `refused`, `cancelled`
 * @fires gate-complete - `detail.output`: `{ outcome, email, endedSessions }`
 * @fires gate-error - a port failed, e.g. `invalid-current-password`, `locked`, `invalid-token`, `email-change-cancelled`
 * @csspart again - the button that starts over
 * @csspart another - the "Use another address" button while the link is on its way
 * @csspart button - every button; a second name says which (`::part(cancel)`)
 * @csspart cancel - the "Cancel" button
 * @csspart link - the link to the password change after a cancel (`password-change-href`)
 * @csspart note - what happened (sent, changed, cancelled, signed out)
 * @tag gate-email-change
 */
export class GateEmailChange extends GateFlowElement<
  typeof emailChangeMachine,
  EmailChangeOutput,
  EmailChangeView
> {
  static override properties: PropertyDeclarations = {
    email: {},
    confirmationToken: { attribute: 'confirmation-token' },
    cancelToken: { attribute: 'cancel-token' },
    passwordChangeHref: { attribute: 'password-change-href' },
  };

  /** The account's address now, shown above the form (the profile page knows it). */
  email = '';

  /** The single-use token of the link sent to the new address: the element sends CONFIRM with it once the flow runs. */
  confirmationToken = '';

  /** The single-use token of the "this was not me" link in the notice to the old address: sent as REVOKE. */
  cancelToken = '';

  /** Where the person changes their password, offered once a change was cancelled (same-site or https only). */
  passwordChangeHref = '';

  readonly flow = 'email-change';
  protected readonly httpPorts = emailChangeHttpPorts;
  // The pending address and the link's state are no secret, but a reload should not resume a half-done change.
  override persist = 'none' as const;

  private tokenSent = '';

  protected get machine() {
    return emailChangeMachine;
  }

  protected override completeOutput(snapshot: Snapshot): EmailChangeOutput {
    const c = snapshot.context;
    return {
      outcome: String(snapshot.value) as EmailChangeOutput['outcome'],
      email: snapshot.matches('changed') ? c.email : null,
      endedSessions: snapshot.matches('changed') || snapshot.matches('revoked') ? c.endedSessions : null,
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A page carries one link's token: the confirmation's, or the old address's "this was not me".
    const confirm = this.confirmationToken;
    const cancel = this.cancelToken;
    if (confirm && confirm !== this.tokenSent && this.snapshot?.can({ type: 'CONFIRM', token: confirm })) {
      this.tokenSent = confirm;
      this.send({ type: 'CONFIRM', token: confirm });
    } else if (cancel && cancel !== this.tokenSent && this.snapshot?.can({ type: 'REVOKE', token: cancel })) {
      this.tokenSent = cancel;
      this.send({ type: 'REVOKE', token: cancel });
    }
  }

  /** The codes only this element meets, worded here; the same list in gives the same list out (not re-handed). */
  protected override issuesOf(snapshot: Snapshot): readonly GateIssue[] {
    const issues = super.issuesOf(snapshot);
    if (!issues.some((i) => Object.hasOwn(emailChangeIssueTexts.en, i.code))) return issues;
    const done = given.get(issues);
    if (done) return done;
    const t = textsFor(emailChangeIssueTexts, this.locale);
    const out = issues.map((i) =>
      Object.hasOwn(emailChangeIssueTexts.en, i.code)
        ? { ...i, message: t(i.code as keyof typeof emailChangeIssueTexts.en) }
        : i,
    );
    given.set(issues, out);
    return out;
  }

  private again(label: string) {
    return html`<button part="button again" type="button" @click=${() => {
      this.tokenSent = this.confirmationToken || this.cancelToken;
      this.restart();
    }}>${label}</button>`;
  }

  /** The "this was not me" link worked: the address stays, other browsers are out, a new password comes next. */
  private revokedView(
    t: (key: keyof typeof emailChangeTexts.en, params?: Record<string, unknown>) => string,
    ended: number,
  ): StepView<EmailChangeView> {
    const href = safeHref(this.passwordChangeHref);
    return {
      key: 'revoked',
      heading: t('revokedHeading'),
      body: html`<p class="note success" part="note" role="status">${t('revokedText')}</p>
        <p>${t('signedOut', { count: ended })}</p>
        <p><strong>${t('revokedAdvice')}</strong></p>
        ${href ? html`<p><a part="link" href=${href}>${t('changePassword')}</a></p>` : nothing}`,
    };
  }

  protected view(snapshot: Snapshot, locale: string): StepView<EmailChangeView> {
    const t = textsFor(emailChangeTexts, locale);
    const c = snapshot.context;
    if (snapshot.matches('changed')) {
      return {
        key: 'changed',
        heading: t('changedHeading'),
        body: html`<p class="note success" part="note" role="status">${t('changedText', { email: c.email ?? '' })}</p>
          <p>${t('signedOut', { count: c.endedSessions ?? 0 })}</p>`,
      };
    }
    if (snapshot.matches('confirming'))
      return { key: 'confirming', heading: t('confirmingHeading'), busy: true };
    if (snapshot.matches('revoking')) return { key: 'revoking', heading: t('revokingHeading'), busy: true };
    if (snapshot.matches('revoked')) return this.revokedView(t, c.endedSessions ?? 0);
    if (snapshot.matches('awaitingConfirmation')) {
      const until = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(c.confirmationExpiresAt ?? Date.now()),
      );
      return {
        key: 'awaitingConfirmation',
        heading: t('sentHeading'),
        body: html`<p class="note" part="note" role="status">${t('sentText', { email: c.pendingEmail ?? '', until })}</p>
          <p class="muted">${t('spam')}</p>`,
        actions: html`<button part="button another" type="button" @click=${() => this.send({ type: 'EDIT' })}>${t('another')}</button>`,
      };
    }
    if (snapshot.matches('expired')) {
      return {
        key: 'expired',
        heading: t('expiredHeading'),
        body: html`<p>${t(this.cancelToken ? 'revokeExpiredText' : 'expiredText')}</p>`,
        actions: this.confirmationToken || this.cancelToken ? nothing : this.again(t('again')),
      };
    }
    if (snapshot.matches('refused')) {
      return { key: 'refused', heading: t('refusedHeading'), body: html`<p>${t('refusedText')}</p>` };
    }
    if (snapshot.matches('cancelled')) {
      return { key: 'cancelled', heading: t('cancelledHeading'), actions: this.again(t('again')) };
    }
    return {
      key: 'editing',
      heading: t('heading'),
      body: html`${this.email ? html`<p>${t('current', { email: this.email })}</p>` : nothing}
        <p class="muted">${t('intro')}</p>`,
      form: { form: emailChangeForm, submitLabel: t('submit'), busy: snapshot.matches('submitting') },
      actions: html`<button part="button cancel" type="button" @click=${() => this.send({ type: 'CANCEL' })}>${t('cancel')}</button>`,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gate-email-change': GateEmailChange;
  }
}
