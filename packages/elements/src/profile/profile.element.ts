/** `<gate-profile>`: editing personal details with an SMS-verified phone (`profileMachine` of `@gatehouse/flows/profile`). */
import { profileHttpPorts } from '@gatehouse/flows/http';
import { profileForm, profileMachine, profilePhoneCodeForm } from '@gatehouse/flows/profile';
import { html, nothing } from 'lit';
import type { SnapshotFrom } from 'xstate';
import { Countdown } from '../flow/countdown.js';
import { GateFlowElement, type StepView } from '../flow/flow-element.js';
import { textsFor } from '../flow/texts.js';
import { profileTexts } from './profile.texts.js';

type Snapshot = SnapshotFrom<typeof profileMachine>;

/** The public steps of `<gate-profile>` (`gate-step`'s `detail.view`): stable, documented, safe to route on. */
export type ProfileView =
  | 'loading'
  | 'unavailable'
  | 'editing'
  | 'requestingCode'
  | 'verifyingPhone'
  | 'saved'
  | 'closed';

/** `gate-complete`'s `detail.output` of `<gate-profile>`. */
export interface ProfileOutput {
  /** The profile as saved (the phone only once verified); null when it never loaded. */
  profile: Snapshot['context']['profile'];
}

/**
 * Edits the signed-in user's details. A changed mobile number is stored only after the SMS code sent to it is
 * entered; until then the old number stays (it receives password-reset codes). E-mail and company are shown, not
 * edited.
 *
 * @fires gate-step - `detail.view`, the public step (`ProfileView`): `loading`, `unavailable`, `editing`, `requestingCode`, `verifyingPhone`, `saved`, `closed`; `detail.step`, the machine state: `loading`, `unavailable`, `editing`, `saving`, `requestingCode`, `verifyingPhone`, `confirmingPhone`, `saved`, `closed`
 * @fires gate-complete - `detail.output`: `{ profile }` when the user closes the element
 * @fires gate-error - a port failed (`invalid-code`, `rate-limited`, `unavailable`, …)
 * @csspart button - every button; a second name says which (`::part(cancel)`)
 * @csspart close - the "Close" button
 * @csspart details - the details list
 * @csspart edit - the "Edit" button
 * @csspart keep-old - the "Keep the old number" button
 * @csspart note - notes (spam-folder hint, sender reminder, confirmations)
 * @csspart reopen - the "Show again" button
 * @csspart resend - the "Send again" button
 * @csspart retry - the "Retry" button
 * @tag gate-profile
 */
export class GateProfile extends GateFlowElement<typeof profileMachine, ProfileOutput, ProfileView> {
  readonly flow = 'profile';
  protected readonly httpPorts = profileHttpPorts;
  private cooldown = new Countdown(this, () => this.snapshot?.context.resendAvailableAt);

  protected get machine() {
    return profileMachine;
  }

  protected override completeOutput(snapshot: Snapshot): ProfileOutput {
    return { profile: snapshot.context.profile };
  }

  protected view(snapshot: Snapshot, locale: string): StepView<ProfileView> {
    const t = textsFor(profileTexts, locale);
    const c = snapshot.context;
    const close = (disabled = false) =>
      html`<button part="button close" type="button" ?disabled=${disabled} @click=${() => this.send({ type: 'CLOSE' })}>${t('close')}</button>`;
    if (snapshot.matches('loading')) return { key: 'loading', heading: t('loading'), busy: true };
    if (snapshot.matches('unavailable')) {
      return {
        key: 'unavailable',
        heading: t('unavailableHeading'),
        actions: html`<button part="button retry" type="button" class="primary" @click=${() => this.send({ type: 'RETRY' })}>${t('retry')}</button>${close()}`,
      };
    }
    if (snapshot.matches('editing') || snapshot.matches('saving')) {
      const busy = snapshot.matches('saving');
      return {
        key: 'editing',
        heading: t('heading'),
        body: html`<dl part="details">
          <dt>${t('email')}</dt><dd>${c.profile?.email ?? ''}</dd>
          ${c.profile?.company ? html`<dt>${t('company')}</dt><dd>${c.profile.company}</dd>` : nothing}
        </dl>`,
        form: {
          form: profileForm,
          submitLabel: t('save'),
          busy,
          value: c.data,
          // A number typed without a country code is read as one of the registration's country.
          ...(c.profile?.country ? { subject: { country: c.profile.country } } : {}),
        },
        actions: close(busy),
      };
    }
    if (snapshot.matches('requestingCode') && c.verificationId === null) {
      return { key: 'requestingCode', heading: t('sending'), busy: true };
    }
    if (
      snapshot.matches('verifyingPhone') ||
      snapshot.matches('confirmingPhone') ||
      snapshot.matches('requestingCode')
    ) {
      const busy = !snapshot.matches('verifyingPhone');
      const seconds = this.cooldown.secondsLeft();
      return {
        key: 'verifyingPhone',
        heading: t('phoneHeading'),
        body: html`<p>${t('phoneText', { phone: c.pendingPhone ?? '' })}</p>`,
        form: { form: profilePhoneCodeForm, submitLabel: t('confirm'), busy },
        actions: html`<button part="button resend" type="button" ?disabled=${busy || seconds > 0} aria-describedby="resend-status"
            @click=${() => this.send({ type: 'RESEND' })}>${t('resend')}</button>
          <span class="muted" id="resend-status">${seconds > 0 ? t('resendIn', { seconds }) : ''}</span>
          <button part="button keep-old" type="button" ?disabled=${busy} @click=${() => this.send({ type: 'CANCEL' })}>${t('keepOld')}</button>`,
      };
    }
    if (snapshot.matches('closed')) {
      // Closing folds the card; it must not leave an empty one that only a reload brings back.
      return {
        key: 'closed',
        heading: t('heading'),
        actions: html`<button part="button reopen" type="button" @click=${() => this.restart()}>${t('reopen')}</button>`,
      };
    }
    return {
      key: 'saved',
      heading: t('savedHeading'),
      body: html`<p class="note success" part="note">${t('savedText')}</p>`,
      actions: html`<button part="button edit" type="button" @click=${() => this.send({ type: 'EDIT' })}>${t('edit')}</button>${close()}`,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gate-profile': GateProfile;
  }
}
