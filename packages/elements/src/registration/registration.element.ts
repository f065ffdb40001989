/**
 * `<gate-registration>`: self-service company registration (docs/requirements.md, "Registration") driven by
 * `registrationMachine` from `@gatehouse/flows/registration`.
 */
import { registrationHttpPorts } from '@gatehouse/flows/http';
import { registrationForm, registrationMachine } from '@gatehouse/flows/registration';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { SnapshotFrom } from 'xstate';
import { Countdown } from '../flow/countdown.js';
import { GateFlowElement, type StepView } from '../flow/flow-element.js';
import { textsFor } from '../flow/texts.js';
import { registrationTexts } from './registration.texts.js';

type Snapshot = SnapshotFrom<typeof registrationMachine>;

/** The public steps of `<gate-registration>` (`gate-step`'s `detail.view`): stable, documented, safe to route on. */
export type RegistrationView =
  | 'editing'
  /** A confirmation link that was used or is unknown: a fresh registration is offered. */
  | 'linkInvalid'
  | 'awaitingConfirmation'
  | 'confirming'
  | 'awaitingApproval'
  | 'approved'
  | 'rejected'
  | 'expired';

/** `gate-complete`'s `detail.output` of `<gate-registration>`. */
export interface RegistrationOutput {
  registrationId: Snapshot['context']['registrationId'];
  status: 'approved' | 'rejected' | 'expired';
  /** The reviewer's reason, for `rejected`. */
  reason: Snapshot['context']['rejectionReason'];
}

/**
 * Registers a company account: the form with asterisks and the live "still required" pane, then the
 * check-your-mailbox step (spam-folder hint, resend with countdown, no-reply sender reminder), the confirmation,
 * and the pending-approval status until the account is approved, rejected, or the link expired.
 *
 * Set `ports` (or `endpoint`) before the element connects. A confirmation link page sets `confirmation-token`.
 *
 * @fires gate-step - `detail.view`, the public step (`RegistrationView`): `editing`, `linkInvalid`, `awaitingConfirmation`, `confirming`, `awaitingApproval`, `approved`, `rejected`, `expired`; `detail.step`, the machine state: `editing`, `submitting`, `awaitingConfirmation.coolingDown|ready|resending`, `confirming`, `awaitingApproval.waiting|polling`, `approved`, `rejected`, `expired`
 * @fires gate-complete - `detail.output`: `{ registrationId, status: 'approved' | 'rejected' | 'expired', reason }`
 * @fires gate-error - a port failed (`detail.code` from the REST contract) or a stored flow was rejected
 * @csspart again - the button that starts over
 * @csspart button - every button; a second name says which (`::part(cancel)`)
 * @csspart edit - the "Edit" button
 * @csspart note - notes (spam-folder hint, sender reminder, confirmations)
 * @csspart required-note - the "Fields marked with * are required" line
 * @csspart resend - the "Send again" button
 * @tag gate-registration
 */
export class GateRegistration extends GateFlowElement<
  typeof registrationMachine,
  RegistrationOutput,
  RegistrationView
> {
  static override properties: PropertyDeclarations = {
    noReplySender: { attribute: 'no-reply-sender' },
    confirmationToken: { attribute: 'confirmation-token' },
  };

  readonly flow = 'registration';
  protected readonly httpPorts = registrationHttpPorts;

  /** The sender address the reminder names (e.g. `no-reply@portal.example`); a generic text when empty. */
  noReplySender = '';

  /** The single-use token of a confirmation link: the element sends CONFIRM with it once the flow runs. */
  confirmationToken = '';

  private tokenSent = '';
  private cooldown = new Countdown(this, () => this.snapshot?.context.resendAvailableAt);

  protected get machine() {
    return registrationMachine;
  }

  protected override completeOutput(snapshot: Snapshot): RegistrationOutput {
    const c = snapshot.context;
    return {
      registrationId: c.registrationId,
      status: String(snapshot.value) as RegistrationOutput['status'],
      reason: c.rejectionReason,
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const token = this.confirmationToken;
    if (token && token !== this.tokenSent && this.snapshot?.can({ type: 'CONFIRM', token })) {
      this.tokenSent = token;
      this.send({ type: 'CONFIRM', token });
    }
  }

  private senderNote(t: ReturnType<typeof textsFor<keyof typeof registrationTexts.en>>) {
    return html`<p class="note" part="note">${this.noReplySender ? t('sender', { sender: this.noReplySender }) : t('senderGeneric')}</p>`;
  }

  protected view(snapshot: Snapshot, locale: string): StepView<RegistrationView> {
    const t = textsFor(registrationTexts, locale);
    const c = snapshot.context;
    if (snapshot.matches('editing') && c.issues.some((i) => i.code === 'invalid-token')) {
      // A used or unknown link: say so, and offer a fresh registration instead of an empty form under the error.
      return {
        key: 'linkInvalid',
        heading: t('linkInvalidHeading'),
        body: html`<p>${t('linkInvalidText')}</p>`,
        actions: html`<button part="button again" type="button" class="primary" @click=${() => this.restart()}>${t('again')}</button>`,
      };
    }
    if (snapshot.matches('editing') || snapshot.matches('submitting')) {
      return {
        key: 'editing',
        heading: t('heading'),
        body: html`<p class="muted" part="required-note">${t('intro')}</p>`,
        form: {
          form: registrationForm,
          submitLabel: t('submit'),
          showRequired: true,
          busy: snapshot.matches('submitting'),
          value: c.data,
        },
        actions: this.senderNote(t),
        submitInForm: true,
      };
    }
    if (snapshot.matches('awaitingConfirmation')) {
      const seconds = this.cooldown.secondsLeft();
      const resending = snapshot.matches({ awaitingConfirmation: 'resending' });
      const ready = snapshot.matches({ awaitingConfirmation: 'ready' });
      const time = c.confirmationExpiresAt
        ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
            c.confirmationExpiresAt,
          )
        : '';
      return {
        key: 'awaitingConfirmation',
        heading: t('mailboxHeading'),
        busy: resending,
        body: html`<p>${t('mailboxSent', { email: String(c.data.email ?? '') })}</p>
          ${time ? html`<p class="muted">${t('mailboxValid', { time })}</p>` : nothing}
          <p class="note" part="note">${t('spamHint')}</p>
          ${this.senderNote(t)}
          <p class="muted" id="resend-status">${
            resending ? t('resending') : !ready && seconds > 0 ? t('resendIn', { seconds }) : ''
          }</p>`,
        actions: html`<button part="button resend" type="button" class="primary" ?disabled=${!ready} aria-describedby="resend-status"
            @click=${() => this.send({ type: 'RESEND' })}>${t('resend')}</button>
          <button part="button edit" type="button" @click=${() => this.send({ type: 'EDIT' })}>${t('edit')}</button>`,
      };
    }
    if (snapshot.matches('confirming')) {
      return { key: 'confirming', heading: t('confirmingHeading'), busy: true };
    }
    if (snapshot.matches('awaitingApproval')) {
      return {
        key: 'awaitingApproval',
        heading: t('approvalHeading'),
        body: html`<p class="note success" part="note">${t('approvalText')}</p><p>${t('approvalNext')}</p>${this.senderNote(t)}`,
      };
    }
    if (snapshot.matches('approved')) {
      return { key: 'approved', heading: t('approvedHeading'), body: html`<p>${t('approvedText')}</p>` };
    }
    if (snapshot.matches('rejected')) {
      return {
        key: 'rejected',
        heading: t('rejectedHeading'),
        body: html`<p>${t('rejectedText')}</p>${c.rejectionReason ? html`<p>${t('rejectedReason', { reason: c.rejectionReason })}</p>` : nothing}`,
      };
    }
    return {
      key: 'expired',
      heading: t('expiredHeading'),
      body: html`<p>${t('expiredText')}</p>`,
      actions: html`<button part="button again" type="button" class="primary" @click=${() => this.restart()}>${t('again')}</button>`,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gate-registration': GateRegistration;
  }
}
