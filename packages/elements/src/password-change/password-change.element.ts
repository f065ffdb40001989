/** `<gate-password-change>`: change the password while signed in (`passwordChangeMachine`). */
import { passwordChangeHttpPorts } from '@gatehouse/flows/http';
import { passwordChangeForm, passwordChangeMachine } from '@gatehouse/flows/password-change';
import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { SnapshotFrom } from 'xstate';
import { GateFlowElement, type StepView } from '../flow/flow-element.js';
import { textsFor } from '../flow/texts.js';
import { syncUsernameField } from '../flow/username-field.js';
import { passwordChangeTexts } from './password-change.texts.js';

/** The public steps of `<gate-password-change>` (`gate-step`'s `detail.view`): stable, documented, safe to route on. */
export type PasswordChangeView = 'editing' | 'changed' | 'cancelled';

/** `gate-complete`'s `detail.output` of `<gate-password-change>`: none (null). */
export type PasswordChangeOutput = null;

/**
 * Current password, new password and confirmation with live requirement hints; a short confirmation after success.
 * Nothing of it is ever stored (the flow holds no data but issues).
 *
 * @fires gate-step - `detail.view`, the public step (`PasswordChangeView`): `editing`, `changed`, `cancelled`; `detail.step`, the machine state: `editing`, `submitting`, `changed`, `cancelled`
 * @fires gate-complete - `detail.step` is `changed` or `cancelled`
 * @fires gate-error - a port failed, e.g. `invalid-current-password`
 * @csspart again - the button that starts over
 * @csspart button - every button; a second name says which (`::part(cancel)`)
 * @csspart cancel - the "Cancel" button
 * @tag gate-password-change
 */
export class GatePasswordChange extends GateFlowElement<
  typeof passwordChangeMachine,
  PasswordChangeOutput,
  PasswordChangeView
> {
  static override properties: PropertyDeclarations = {
    username: {},
  };

  /**
   * The signed-in account's e-mail (or login name). The form asks only for passwords; with this, a password
   * manager saves the new password for that account (a hidden username field carries it).
   */
  username?: string;

  readonly flow = 'password-change';
  protected readonly httpPorts = passwordChangeHttpPorts;
  override persist = 'none' as const;

  protected get machine() {
    return passwordChangeMachine;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A step that asks only for passwords: password managers need the account's name in the same form.
    syncUsernameField(this, this.username);
  }

  protected view(
    snapshot: SnapshotFrom<typeof passwordChangeMachine>,
    locale: string,
  ): StepView<PasswordChangeView> {
    const t = textsFor(passwordChangeTexts, locale);
    if (snapshot.matches('changed')) {
      return {
        key: 'changed',
        heading: t('changedHeading'),
        body: html`<p class="note success">${t('changedText')}</p>`,
        // The flow is over; a new one brings the form back (for a second change, or after a mistake).
        actions: html`<button part="button again" type="button" @click=${() => this.restart()}>${t('again')}</button>`,
      };
    }
    if (snapshot.matches('cancelled')) {
      return {
        key: 'cancelled',
        heading: t('cancelledHeading'),
        actions: html`<button part="button again" type="button" @click=${() => this.restart()}>${t('submit')}</button>`,
      };
    }
    return {
      key: 'editing',
      heading: t('heading'),
      body: html`<p class="muted">${t('intro')}</p>`,
      form: { form: passwordChangeForm, submitLabel: t('submit'), busy: snapshot.matches('submitting') },
      actions: html`<button part="button cancel" type="button" @click=${() => this.send({ type: 'CANCEL' })}>${t('cancel')}</button>`,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gate-password-change': GatePasswordChange;
  }
}
