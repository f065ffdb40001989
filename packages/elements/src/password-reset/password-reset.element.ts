/** `<gate-password-reset>`: "forgot your password?" (`passwordResetMachine` from `@gatehouse/flows/password-reset`). */
import { passwordResetHttpPorts } from '@gatehouse/flows/http';
import {
  passwordResetCodeForm,
  passwordResetMachine,
  passwordResetRequestForm,
} from '@gatehouse/flows/password-reset';
import { html, type PropertyValues } from 'lit';
import type { SnapshotFrom } from 'xstate';
import { Countdown } from '../flow/countdown.js';
import { GateFlowElement, type StepView } from '../flow/flow-element.js';
import { textsFor } from '../flow/texts.js';
import { syncUsernameField } from '../flow/username-field.js';
import { passwordResetTexts } from './password-reset.texts.js';

type Snapshot = SnapshotFrom<typeof passwordResetMachine>;

/** The public steps of `<gate-password-reset>` (`gate-step`'s `detail.view`): stable, documented, safe to route on. */
export type PasswordResetView = 'requesting' | 'codeEntry' | 'done';

/** `gate-complete`'s `detail.output` of `<gate-password-reset>`: none (null). */
export type PasswordResetOutput = null;

/**
 * E-mail → code (to the verified phone, else the e-mail; the same answer for unknown addresses) → code and new
 * password → done. Resend has a cooldown and never resets the attempt count.
 *
 * @fires gate-step - `detail.view`, the public step (`PasswordResetView`): `requesting`, `codeEntry`, `done`; `detail.step`, the machine state: `requesting`, `sending`, `codeEntry`, `resending`, `resetting`, `done`
 * @fires gate-complete - `detail.step` is `done`; sign the user in next
 * @fires gate-error - a port failed (`rate-limited`, `invalid-code`, `expired-code`, `too-many-attempts`)
 * @csspart back - the "Back" button
 * @csspart button - every button; a second name says which (`::part(cancel)`)
 * @csspart resend - the "Send again" button
 * @tag gate-password-reset
 */
export class GatePasswordReset extends GateFlowElement<
  typeof passwordResetMachine,
  PasswordResetOutput,
  PasswordResetView
> {
  readonly flow = 'password-reset';
  protected readonly httpPorts = passwordResetHttpPorts;
  private cooldown = new Countdown(this, () => this.snapshot?.context.resendAvailableAt);

  protected get machine() {
    return passwordResetMachine;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A step that asks only for passwords: password managers need the account's name in the same form.
    syncUsernameField(this, this.snapshot?.context.email);
  }

  protected view(snapshot: Snapshot, locale: string): StepView<PasswordResetView> {
    const t = textsFor(passwordResetTexts, locale);
    const c = snapshot.context;
    if (snapshot.matches('requesting') || snapshot.matches('sending')) {
      return {
        key: 'requesting',
        heading: t('heading'),
        body: html`<p class="muted">${t('intro')}</p>`,
        form: {
          form: passwordResetRequestForm,
          submitLabel: t('submit'),
          busy: snapshot.matches('sending'),
          value: c.email ? { email: c.email } : undefined,
        },
      };
    }
    if (snapshot.matches('done')) {
      return {
        key: 'done',
        heading: t('doneHeading'),
        body: html`<p class="note success">${t('doneText')}</p>`,
      };
    }
    const seconds = this.cooldown.secondsLeft();
    const busy = !snapshot.matches('codeEntry');
    return {
      key: 'codeEntry',
      heading: t('codeHeading'),
      body: html`<p>${t('codeText', { email: c.email })}</p>`,
      // The address is what the page knows of the person; the server adds the names once the code is right.
      form: {
        form: passwordResetCodeForm,
        submitLabel: t('codeSubmit'),
        busy,
        subject: { contextWords: [c.email] },
      },
      actions: html`<button part="button resend" type="button" ?disabled=${busy || seconds > 0} aria-describedby="resend-status"
          @click=${() => this.send({ type: 'RESEND' })}>${t('resend')}</button>
        <span class="muted" id="resend-status">${seconds > 0 ? t('resendIn', { seconds }) : ''}</span>
        <button part="button back" type="button" ?disabled=${busy} @click=${() => this.send({ type: 'CANCEL' })}>${t('back')}</button>`,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gate-password-reset': GatePasswordReset;
  }
}
