/** `<gate-password-change>`: change the password while signed in (`passwordChangeMachine`). */
import { passwordChangeHttpPorts } from '@gatehouse/flows/http';
import { passwordChangeForm, passwordChangeMachine } from '@gatehouse/flows/password-change';
import { html } from 'lit';
import type { SnapshotFrom } from 'xstate';
import { GateFlowElement, type StepView } from '../flow/flow-element.js';
import { textsFor } from '../flow/texts.js';
import { passwordChangeTexts } from './password-change.texts.js';

/**
 * Current password, new password and confirmation with live requirement hints; a short confirmation after success.
 * Nothing of it is ever stored (the flow holds no data but issues).
 *
 * @fires gate-step - `editing`, `submitting`, `changed`, `cancelled`
 * @fires gate-complete - `detail.step` is `changed` or `cancelled`
 * @fires gate-error - a port failed, e.g. `invalid-current-password`
 * @csspart heading - the step heading (focused on step changes)
 * @tag gate-password-change
 */
export class GatePasswordChange extends GateFlowElement<typeof passwordChangeMachine> {
  readonly flow = 'password-change';
  protected readonly httpPorts = passwordChangeHttpPorts;
  override persist = 'none' as const;

  protected get machine() {
    return passwordChangeMachine;
  }

  protected view(snapshot: SnapshotFrom<typeof passwordChangeMachine>, locale: string): StepView {
    const t = textsFor(passwordChangeTexts, locale);
    if (snapshot.matches('changed')) {
      return {
        key: 'changed',
        heading: t('changedHeading'),
        body: html`<p class="note success">${t('changedText')}</p>`,
        // The flow is over; a new one brings the form back (for a second change, or after a mistake).
        actions: html`<button type="button" @click=${() => this.restart()}>${t('again')}</button>`,
      };
    }
    if (snapshot.matches('cancelled')) {
      return {
        key: 'cancelled',
        heading: t('cancelledHeading'),
        actions: html`<button type="button" @click=${() => this.restart()}>${t('submit')}</button>`,
      };
    }
    return {
      key: 'editing',
      heading: t('heading'),
      body: html`<p class="muted">${t('intro')}</p>`,
      form: { form: passwordChangeForm, submitLabel: t('submit'), busy: snapshot.matches('submitting') },
      actions: html`<button type="button" @click=${() => this.send({ type: 'CANCEL' })}>${t('cancel')}</button>`,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gate-password-change': GatePasswordChange;
  }
}
