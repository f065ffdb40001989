/**
 * `<gate-mfa-enrollment>`: adding or removing a second factor from the profile page (docs/requirements.md, "Second factor"),
 * driven by `mfaEnrollmentMachine` from `@gatehouse/flows/mfa-enrollment`.
 */
import { mfaEnrollmentHttpPorts } from '@gatehouse/flows/http';
import {
  type EnrollableFactor,
  mfaCodeForm,
  mfaEnrollmentMachine,
  mfaReauthenticateForm,
} from '@gatehouse/flows/mfa-enrollment';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { SnapshotFrom } from 'xstate';
import { safeHref } from '../common/safe-url.js';
import { choiceStyles } from '../flow/choice.styles.js';
import { Countdown } from '../flow/countdown.js';
import { flowStyles } from '../flow/flow.styles.js';
import { GateFlowElement, type StepView } from '../flow/flow-element.js';
import { textsFor } from '../flow/texts.js';
import { mfaEnrollmentStyles } from './mfa-enrollment.styles.js';
import { mfaEnrollmentTexts } from './mfa-enrollment.texts.js';
import { qrSvg } from './qr-code.js';
import { downloadRecoveryCodes } from './recovery-codes-file.js';

type Snapshot = SnapshotFrom<typeof mfaEnrollmentMachine>;
type T = ReturnType<typeof textsFor<keyof typeof mfaEnrollmentTexts.en>>;

/** `JBSWY3DPEHPK3PXP` → `JBSW Y3DP EHPK 3PXP`: easier to read and type; apps ignore the spaces. */
export function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

type MfaMethodName = NonNullable<NonNullable<Snapshot['context']['intent']>['method']>;

/** The public steps of `<gate-mfa-enrollment>` (`gate-step`'s `detail.view`): stable, documented, safe to route on. */
export type MfaEnrollmentView =
  | 'loading'
  | 'choosing'
  | 'reauthenticating'
  | 'startingTotp'
  | 'removing'
  | 'scanning'
  | 'emailCode'
  | 'startingEmail'
  | 'regeneratingCodes'
  | 'showingRecoveryCodes'
  | 'enrolled'
  | 'removed'
  | 'regenerated'
  | 'cancelled';

/** `gate-complete`'s `detail.output` of `<gate-mfa-enrollment>`. */
export interface MfaEnrollmentOutput {
  outcome: 'enrolled' | 'removed' | 'regenerated' | 'cancelled';
  /** The method enrolled or removed; null when cancelled before choosing or for new recovery codes. */
  method: MfaMethodName | null;
  /** The factors the account has now. */
  factors: Snapshot['context']['factors'];
}

/**
 * Sets up two-step verification: the authenticator app (recommended; QR code of the `otpauth://` URI as inline SVG,
 * the key to copy for manual entry, confirmed with the current 6-digit code) or e-mail codes (the weaker factor),
 * and removes enrolled factors. The first factor brings ten recovery codes, shown once with "Download" and "Copy"
 * until the user says they saved them; new codes can be made later. The flow asks for the password first when the
 * last sign-in is not recent. Neither the TOTP secret nor the codes are written to storage: a reload starts over.
 * With `passkeys-href`, a third card says that a passkey counts as two-step verification and cannot be used on a
 * fake site, and links to where the person adds and manages passkeys (`<gate-passkeys>`).
 *
 * @fires gate-step - `detail.view`, the public step (`MfaEnrollmentView`): `loading`, `choosing`, `reauthenticating`, `startingTotp`, `removing`, `scanning`, `emailCode`, `startingEmail`, `regeneratingCodes`, `showingRecoveryCodes`, `enrolled`, `removed`, `regenerated`, `cancelled`; `detail.step`, the machine state: `loading`, `choosing`, `reauthenticating.editing|submitting`, `startingTotp`, `scanning`, `confirmingTotp`, `startingEmail`, `emailCode`, `confirmingEmail`, `removing`, `regeneratingCodes`, `showingRecoveryCodes`, `enrolled`, `removed`, `regenerated`, `cancelled`
 * @fires gate-complete - `detail.output`: `{ outcome: 'enrolled' | 'removed' | 'regenerated' | 'cancelled', method, factors }`
 * @fires gate-error - a port failed (`invalid-code`, `reauthentication-required`, `rate-limited`, …)
 * @csspart button - every button; a second name says which (`::part(cancel)`)
 * @csspart cancel - the "Cancel" button
 * @csspart close - the "Close" button
 * @csspart codes - the recovery codes section of the choice, and the list of new codes
 * @csspart copy - the "Copy key" and "Copy codes" buttons
 * @csspart download - the "Download" button of the recovery codes
 * @csspart enroll - the "Set up" button of a method
 * @csspart note - notes (spam-folder hint, sender reminder, confirmations)
 * @csspart option - one MFA method (the passkey card is also `passkey`)
 * @csspart passkey - the "Passkey" card (only with `passkeys-href`)
 * @csspart passkeys - the "Add or manage passkeys" link of the passkey card
 * @csspart qr - the QR code
 * @csspart remove - the "Remove" button of a method
 * @csspart regenerate - the "Create new recovery codes" button
 * @csspart resend - the "Send again" button
 * @csspart saved - the "I have saved my codes" button
 * @csspart secret - the secret key in text
 * @cssproperty --gate-color-border - borders of inputs and panels
 * @tag gate-mfa-enrollment
 */
export class GateMfaEnrollment extends GateFlowElement<
  typeof mfaEnrollmentMachine,
  MfaEnrollmentOutput,
  MfaEnrollmentView
> {
  static override styles = [flowStyles, choiceStyles, mfaEnrollmentStyles];

  static override properties: PropertyDeclarations = {
    copied: { state: true },
    passkeysHref: { attribute: 'passkeys-href' },
  };

  /**
   * Where the person adds and manages passkeys (the page or anchor of `<gate-passkeys>`). Set, the choice shows a
   * "Passkey" card linking there; empty (the default) or not a safe URL, no card.
   */
  passkeysHref = '';

  readonly flow = 'mfa-enrollment';
  protected readonly httpPorts = mfaEnrollmentHttpPorts;
  private cooldown = new Countdown(this, () => this.snapshot?.context.resendAvailableAt);
  /** The outcome of the last copy, for the text it copied (a new key or set starts without a message). */
  private copied: { text: string; ok: boolean } | null = null;

  protected get machine() {
    return mfaEnrollmentMachine;
  }

  protected override completeOutput(snapshot: Snapshot): MfaEnrollmentOutput {
    return {
      outcome: String(snapshot.value) as MfaEnrollmentOutput['outcome'],
      method: snapshot.context.intent?.method ?? null,
      factors: snapshot.context.factors,
    };
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = { text, ok: true };
    } catch {
      // Clipboard access needs a user gesture and permission; the text stays selectable.
      this.copied = { text, ok: false };
    }
  }

  /** The choice's recovery-code section: how many are left, and a way to make new ones. */
  private codesSection(t: T, left: number | null): TemplateResult {
    return html`<section class="option" part="codes" aria-labelledby="codes-title">
      <h3 id="codes-title">${t('codesTitle')}</h3>
      ${left === null ? nothing : html`<p class="muted">${left > 0 ? t('codesLeft', { count: left }) : t('codesNone')}</p>`}
      <button part="button regenerate" type="button" @click=${() => this.send({ type: 'REGENERATE_CODES' })}>${t('codesNew')}</button>
    </section>`;
  }

  /** The new codes, shown this once: a list to read, a file to download, a copy, and "saved" to move on. */
  private codesView(t: T, codes: readonly string[]): StepView<MfaEnrollmentView> {
    const all = codes.join('\n');
    return {
      key: 'showingRecoveryCodes',
      heading: t('codesHeading'),
      body: html`<p>${t('codesText')}</p>
        <ol class="codes" part="codes" aria-label=${t('codesLabel')}>${codes.map((code) => html`<li><code>${code}</code></li>`)}</ol>
        <div class="actions">
          <button part="button download" type="button" @click=${() =>
            downloadRecoveryCodes(
              this,
              t('codesFileHeading', { site: location.host }),
              codes,
            )}>${t('download')}</button>
          <button part="button copy" type="button" @click=${() => this.copy(all)}>${t('copyCodes')}</button>
          <span class="muted" role="status">${
            this.copied?.text !== all ? '' : this.copied.ok ? t('codesCopied') : t('copyFailed')
          }</span>
        </div>`,
      actions: html`<button part="button saved" type="button" class="primary" @click=${() => this.send({ type: 'ACKNOWLEDGE' })}>${t('codesSaved')}</button>`,
    };
  }

  private option(t: T, method: EnrollableFactor, enrolled: boolean, recommended: boolean): TemplateResult {
    const title = method === 'totp' ? t('appTitle') : t('emailTitle');
    return html`<li class="option" part="option">
      <h3>${title}${recommended ? html`<span class="badge">${t('recommended')}</span>` : nothing}${
        enrolled ? html`<span class="badge">${t('enrolled')}</span>` : nothing
      }</h3>
      <p class="muted">${method === 'totp' ? t('appText') : t('emailText')}</p>
      ${
        enrolled
          ? html`<button part="button remove" type="button" @click=${() => this.send({ type: 'REMOVE', method })}>${
              method === 'totp' ? t('removeApp') : t('removeEmail')
            }</button>`
          : html`<button part="button enroll" type="button" class=${recommended ? 'primary' : ''} @click=${() => this.send({ type: 'ENROLL', method })}>${
              method === 'totp' ? t('appSetup') : t('emailSetup')
            }</button>`
      }
    </li>`;
  }

  /** The passkey card: passkeys are managed by `<gate-passkeys>`, so this one only explains and links there. */
  private passkeyOption(t: T): TemplateResult | typeof nothing {
    const href = safeHref(this.passkeysHref);
    if (!href) return nothing;
    return html`<li class="option" part="option passkey">
      <h3>${t('passkeyTitle')}</h3>
      <p class="muted">${t('passkeyText')}</p>
      <a part="button passkeys" class="button" href=${href}>${t('passkeyLink')}</a>
    </li>`;
  }

  protected view(snapshot: Snapshot, locale: string): StepView<MfaEnrollmentView> {
    const t = textsFor(mfaEnrollmentTexts, locale);
    const c = snapshot.context;
    const cancel = (disabled = false) =>
      html`<button part="button cancel" type="button" ?disabled=${disabled} @click=${() => this.send({ type: 'CANCEL' })}>${t('cancel')}</button>`;
    if (snapshot.matches('loading')) return { key: 'loading', heading: t('loading'), busy: true };
    if (snapshot.matches('choosing')) {
      const has = (m: EnrollableFactor) => c.factors.includes(m);
      return {
        key: 'choosing',
        heading: t('heading'),
        body: html`<p>${t('intro')}</p>
          <ul class="plain options">${this.option(t, 'totp', has('totp'), true)}${this.option(t, 'email', has('email'), false)}${this.passkeyOption(t)}</ul>
          ${c.factors.length > 0 ? this.codesSection(t, c.recoveryCodesLeft) : nothing}`,
        actions: html`<button part="button close" type="button" @click=${() => this.send({ type: 'CANCEL' })}>${t('close')}</button>`,
      };
    }
    if (snapshot.matches('reauthenticating')) {
      const busy = snapshot.matches({ reauthenticating: 'submitting' });
      return {
        key: 'reauthenticating',
        heading: t('reauthHeading'),
        body: html`<p>${t('reauthText')}</p>`,
        form: { form: mfaReauthenticateForm, submitLabel: t('reauthSubmit'), busy },
        actions: cancel(busy),
      };
    }
    if (snapshot.matches('startingTotp') || snapshot.matches('removing')) {
      return {
        key: snapshot.matches('removing') ? 'removing' : 'startingTotp',
        heading: snapshot.matches('removing') ? t('removing') : t('starting'),
        busy: true,
      };
    }
    if (snapshot.matches('regeneratingCodes'))
      return { key: 'regeneratingCodes', heading: t('regenerating'), busy: true };
    if (snapshot.matches('showingRecoveryCodes')) return this.codesView(t, c.recoveryCodes ?? []);
    if ((snapshot.matches('scanning') || snapshot.matches('confirmingTotp')) && c.totp) {
      const busy = snapshot.matches('confirmingTotp');
      const { secret, otpauthUri } = c.totp;
      return {
        key: 'scanning',
        heading: t('scanHeading'),
        body: html`<p>${t('scanText')}</p>
          <div class="qr" part="qr">${qrSvg(otpauthUri, t('qrLabel'))}</div>
          <p id="manual">${t('manual')}</p>
          <p class="secret" part="secret" aria-describedby="manual">${groupSecret(secret)}</p>
          <div class="actions">
            <button part="button copy" type="button" @click=${() => this.copy(secret)}>${t('copy')}</button>
            <span class="muted" role="status">${
              this.copied?.text !== secret ? '' : this.copied.ok ? t('copied') : t('copyFailed')
            }</span>
          </div>
          <p>${t('confirmText')}</p>`,
        form: { form: mfaCodeForm, submitLabel: t('confirm'), busy },
        actions: cancel(busy),
      };
    }
    if (
      snapshot.matches('emailCode') ||
      snapshot.matches('confirmingEmail') ||
      (snapshot.matches('startingEmail') && c.resendAvailableAt !== null)
    ) {
      const busy = !snapshot.matches('emailCode');
      const seconds = this.cooldown.secondsLeft();
      return {
        key: 'emailCode',
        heading: t('emailHeading'),
        body: html`<p>${t('emailCodeText')}</p>`,
        form: { form: mfaCodeForm, submitLabel: t('confirm'), busy },
        actions: html`<button part="button resend" type="button" ?disabled=${busy || seconds > 0} aria-describedby="resend-status"
            @click=${() => this.send({ type: 'RESEND' })}>${t('resend')}</button>
          <span class="muted" id="resend-status">${seconds > 0 ? t('resendIn', { seconds }) : ''}</span>
          ${cancel(busy)}`,
      };
    }
    if (snapshot.matches('startingEmail'))
      return { key: 'startingEmail', heading: t('starting'), busy: true };
    if (snapshot.matches('enrolled')) {
      return {
        key: 'enrolled',
        heading: t('enrolledHeading'),
        body: html`<p class="note success" part="note">${t('enrolledText')}</p>`,
      };
    }
    if (snapshot.matches('regenerated')) {
      return {
        key: 'regenerated',
        heading: t('regeneratedHeading'),
        body: html`<p class="note success" part="note">${t('regeneratedText')}</p>`,
      };
    }
    if (snapshot.matches('removed')) {
      return { key: 'removed', heading: t('removedHeading'), body: html`<p>${t('removedText')}</p>` };
    }
    return { key: 'cancelled', heading: t('cancelledHeading'), body: html`<p>${t('cancelledText')}</p>` };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gate-mfa-enrollment': GateMfaEnrollment;
  }
}
