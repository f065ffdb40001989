/**
 * `<gate-login>`: sign-in with the SSO session check, the forced password change after a one-time password, and
 * the MFA challenge, driven by `loginMachine` from `@gatehouse/flows/login`.
 */
import { createHttpClient, loginHttpPorts } from '@gatehouse/flows/http';
import { loginForm, loginMachine, loginMfaForm, loginPasswordChangeForm } from '@gatehouse/flows/login';
import { html, nothing, type PropertyValues } from 'lit';
import type { SnapshotFrom } from 'xstate';
import type { GateIssue } from '../common/events.js';
import { Countdown } from '../flow/countdown.js';
import { GateFlowElement, type StepView } from '../flow/flow-element.js';
import { renderableForm } from '../flow/flow-form.js';
import { textsFor } from '../flow/texts.js';
import { syncUsernameField } from '../flow/username-field.js';
import type { RenderableForm } from '../form/form-model.js';
import { withPasskeyTexts } from '../passkeys/passkey-issues.js';
import { getPasskeyPort, passkeyAutofillPort, passkeysSupported } from '../passkeys/passkey-ports.js';
import { loginTexts } from './login.texts.js';
import { withMethods } from './mfa-methods.js';

type Snapshot = SnapshotFrom<typeof loginMachine>;
type LoginText = (key: keyof typeof loginTexts.en, params?: Record<string, unknown>) => string;

/** The public steps of `<gate-login>` (`gate-step`'s `detail.view`): stable, documented, safe to route on. */
export type LoginView =
  | 'checkingSession'
  | 'credentials'
  | 'changingPassword'
  | 'mfaChallenge'
  | 'passkey'
  | 'locked'
  | 'authenticated';

/** `gate-complete`'s `detail.output` of `<gate-login>`. */
export interface LoginOutput {
  /** The logged-in user (the session itself is an HttpOnly cookie). */
  session: Snapshot['context']['session'];
}

/**
 * Signs a user in. An existing session of a sibling portal (SSO) completes the flow without asking; a one-time
 * password leads to the forced password change; an enrolled second factor to the MFA challenge. No session exists
 * before every step passed; wrong password and unknown e-mail get the same message.
 *
 * @fires gate-step - `detail.view`, the public step (`LoginView`): `checkingSession`, `credentials`, `changingPassword`, `mfaChallenge`, `passkey`, `locked`, `authenticated`; `detail.step`, the machine state: `checkingSession`, `credentials`, `authenticating`, `changingPassword.editing|submitting`, `mfaChallenge.awaitingCode|sendingCode|verifying`, `passkey.requesting|asserting|verifying`, `locked`, `authenticated`
 * @fires gate-complete - `detail.output`: `{ session }` (the user; the session itself is an HttpOnly cookie)
 * @fires gate-error - a port failed, or a whole-step issue such as `invalid-credentials` or `locked`
 * @slot links - links under the sign-in form ("Forgot your password?", "Register")
 * @csspart button - every button; a second name says which (`::part(cancel)`)
 * @csspart cancel - the "Cancel" button
 * @csspart passkey - the "Sign in with a passkey" / "Use your passkey" button (shown where the browser has WebAuthn)
 * @csspart resend - the "Send again" button
 * @tag gate-login
 */
export class GateLogin extends GateFlowElement<typeof loginMachine, LoginOutput, LoginView> {
  readonly flow = 'login';
  protected readonly httpPorts = loginHttpPorts;
  private resend = new Countdown(this, () => this.snapshot?.context.resendAvailableAt);
  private lockout = new Countdown(this, () => this.snapshot?.context.lockedUntil);
  private mfaFormFor: { methods: readonly string[]; form: RenderableForm } | undefined;

  private withCeremonies: typeof loginMachine | undefined;

  /** The login machine with the browser's WebAuthn ceremonies; their code loads when a passkey is first used. */
  protected get machine() {
    this.withCeremonies ??= loginMachine.provide({
      actors: {
        getPasskey: getPasskeyPort,
        // The autofill needs a challenge from the backend: the host's port, else the fetch adapter's.
        passkeyAutofill: passkeyAutofillPort(
          () =>
            this.ports?.passkeyOptions ??
            (this.endpoint
              ? loginHttpPorts(createHttpClient({ ...this.http, baseUrl: this.endpoint })).passkeyOptions
              : undefined),
          () => this.markPasskeyField(),
        ),
      },
    });
    return this.withCeremonies;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A step that asks only for passwords: password managers need the account's name in the same form.
    syncUsernameField(this, this.snapshot?.context.email);
    // The e-mail field offers the account's passkeys among its suggestions where the browser can (autofill).
    if (passkeysSupported()) void this.markPasskeyField();
  }

  /**
   * Marks the e-mail field `autocomplete="username webauthn"`. `<gate-form>` renders its fields after this
   * element's own update, so the mark waits for both; the autofill starts only once a field carries it (the
   * browser offers passkeys in no other field).
   */
  private async markPasskeyField(): Promise<void> {
    await this.updateComplete;
    const gateForm = this.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('gate-form');
    await gateForm?.updateComplete;
    for (const input of this.querySelectorAll<HTMLInputElement>(
      'gate-form input[autocomplete="username"]:not([data-gate-username])',
    ))
      input.setAttribute('autocomplete', 'username webauthn');
  }

  protected override issuesOf(snapshot: Snapshot): readonly GateIssue[] {
    return withPasskeyTexts(super.issuesOf(snapshot), this.locale);
  }

  private passkeyButton(label: string) {
    return passkeysSupported()
      ? html`<button part="button passkey" type="button" @click=${() => this.send({ type: 'PASSKEY' })}>${label}</button>`
      : nothing;
  }

  protected override completeOutput(snapshot: Snapshot): LoginOutput {
    return { session: snapshot.context.session };
  }

  protected view(snapshot: Snapshot, locale: string): StepView<LoginView> {
    const t = textsFor(loginTexts, locale);
    const c = snapshot.context;
    const cancel = html`<button part="button cancel" type="button" @click=${() => this.send({ type: 'CANCEL' })}>${t('cancel')}</button>`;
    if (snapshot.matches('checkingSession'))
      return { key: 'checkingSession', heading: t('checking'), busy: true };
    if (snapshot.matches('credentials') || snapshot.matches('authenticating')) {
      return {
        key: 'credentials',
        heading: t('heading'),
        form: {
          form: loginForm,
          submitLabel: t('submit'),
          busy: snapshot.matches('authenticating'),
          value: c.email ? { email: c.email } : undefined,
        },
        actions: html`${this.passkeyButton(t('passkeySignIn'))}<slot name="links"></slot>`,
        submitInForm: true,
      };
    }
    if (snapshot.matches('changingPassword')) {
      return {
        key: 'changingPassword',
        heading: t('changeHeading'),
        body: html`<p>${t('changeText')}</p>`,
        form: {
          form: loginPasswordChangeForm,
          submitLabel: t('changeSubmit'),
          busy: snapshot.matches({ changingPassword: 'submitting' }),
          // The backend names the person's words; without it the address alone still counts.
          subject: c.passwordSubject ?? { contextWords: [c.email] },
        },
        actions: cancel,
      };
    }
    if (snapshot.matches('mfaChallenge')) return this.mfaView(snapshot, t);
    if (snapshot.matches('passkey')) {
      return {
        key: 'passkey',
        heading: t('passkeyHeading'),
        body: html`<p>${t('passkeyText')}</p>`,
        busy: !snapshot.matches({ passkey: 'asserting' }),
        actions: cancel,
      };
    }
    if (snapshot.matches('locked')) {
      return {
        key: 'locked',
        heading: t('lockedHeading'),
        body: html`<p>${t('lockedText', { seconds: this.lockout.secondsLeft() })}</p>`,
      };
    }
    return { key: 'authenticated', heading: t('doneHeading') };
  }

  /** The challenge for the enrolled methods only; an e-mail code was sent on entry when e-mail comes first. */
  private mfaView(snapshot: Snapshot, t: LoginText): StepView<LoginView> {
    const c = snapshot.context;
    const passkey = c.mfaMethods.includes('passkey');
    // The code form asks for codes only; a passkey has its own button.
    const methods = passkey ? c.mfaMethods.filter((m) => m !== 'passkey') : c.mfaMethods;
    const email = methods.includes('email');
    const sent = c.resendAvailableAt !== null;
    const seconds = email ? this.resend.secondsLeft() : 0;
    // The text speaks of the factors; a recovery code, when offered, gets its own sentence.
    const factors = methods.filter((m) => m !== 'recovery');
    const text =
      factors.length > 1
        ? t('mfaTextBoth')
        : email
          ? t('mfaTextEmail')
          : factors.length === 1
            ? t('mfaTextTotp')
            : '';
    return {
      key: 'mfaChallenge',
      heading: t('mfaHeading'),
      body: html`${passkey ? html`<p>${t('mfaTextPasskey')}</p>` : nothing}${text ? html`<p>${text}</p>` : nothing}${methods.includes('recovery') ? html`<p class="muted">${t('mfaTextRecovery')}</p>` : nothing}`,
      form: {
        form: loginMfaForm,
        renderable: this.mfaForm(methods),
        submitLabel: t('mfaSubmit'),
        busy: !snapshot.matches({ mfaChallenge: 'awaitingCode' }),
        value: { method: methods[0] ?? 'totp' },
        // With one method there is no choice to make: the form carries it.
        ...(methods.length === 1 ? { patch: { method: methods[0] } } : {}),
      },
      actions: html`${passkey ? this.passkeyButton(t('passkeyUse')) : nothing}${
        email
          ? html`<button part="button resend" type="button" ?disabled=${seconds > 0} aria-describedby="resend-status"
                @click=${() => this.send({ type: 'RESEND' })}>${sent ? t('resend') : t('sendCode')}</button>
              <span class="muted" id="resend-status">${seconds > 0 ? t('resendIn', { seconds }) : ''}</span>`
          : nothing
      }<button part="button cancel" type="button" @click=${() => this.send({ type: 'CANCEL' })}>${t('cancel')}</button>`,
    };
  }

  private mfaForm(methods: readonly string[]): RenderableForm {
    if (this.mfaFormFor?.methods !== methods) {
      const base = this.forms[loginMfaForm.id] ?? renderableForm(loginMfaForm);
      this.mfaFormFor = { methods, form: withMethods(base, methods) };
    }
    return this.mfaFormFor.form;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gate-login': GateLogin;
  }
}
