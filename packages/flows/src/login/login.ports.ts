import { missingPort } from '../common/port.js';

/** A portal session as the backend reports it (no token: the session lives in an HttpOnly cookie). */
export interface Session {
  user: { id: string; email: string; name?: string };
  expiresAt?: string;
  /**
   * What the person should act on after signing in. `breached-password`: the password they signed in with appeared
   * in a known data breach — the sign-in went ahead; tell them to change it (it stays until they do).
   */
  warnings?: SessionWarning[];
}

/** A warning a backend attaches to a session; unknown ones are for newer hosts and may be ignored. */
export type SessionWarning = 'breached-password' | (string & {});

/**
 * What the backend tells about the person choosing a new password (names, company, e-mail as `contextWords`),
 * so the forced-change form refuses them as the server does.
 */
export interface PasswordSubject {
  contextWords?: string[];
  mfa?: boolean;
}

/**
 * A second factor a user can pass at login. `recovery` is one of the single-use recovery codes the user saved
 * at enrolment: the backend offers it (last) while unused codes remain.
 */
export type MfaMethod = 'totp' | 'email' | 'recovery' | 'passkey';

/** WebAuthn request options as JSON (`PublicKeyCredentialRequestOptionsJSON`); the flow passes them through. */
export type PasskeyRequestOptions = Record<string, unknown>;

/** The browser's signed assertion as JSON (`AuthenticationResponseJSON`). */
export type PasskeyAssertion = Record<string, unknown>;

/**
 * The outcome of `authenticate` (and of the forced `changePassword`). `invalid` is the same for a wrong password
 * and an unknown e-mail; any extra field a backend adds to it is ignored by the machine.
 */
export type AuthOutcome =
  | { status: 'ok'; session?: Session }
  | { status: 'password-change-required'; subject?: PasswordSubject }
  | { status: 'mfa-required'; methods: MfaMethod[]; resendAvailableAt?: string }
  | { status: 'invalid' }
  | { status: 'locked'; until: string };

/** Output of `verifyMfa`. */
export type MfaOutcome =
  | { status: 'ok'; session?: Session }
  | { status: 'invalid' }
  | { status: 'locked'; until: string };

/**
 * The ports of the login flow. Each default fails with `port-not-provided`. Passwords and codes reach them only
 * through their input, never through the machine's context.
 */
export const loginPorts = {
  /** `GET /session`: an existing (SSO) session, or `null`. */
  getSession: missingPort<Session | null, void>('getSession'),
  /** `POST /session`: check e-mail and password. */
  authenticate: missingPort<AuthOutcome, { email: string; password: string }>('authenticate'),
  /** `POST /session/password`: the forced change of a one-time password. */
  changePassword: missingPort<AuthOutcome, { newPassword: string }>('changePassword'),
  /** `POST /session/mfa`: check the second factor (`code` is the recovery code for `recovery`). */
  verifyMfa: missingPort<MfaOutcome, { method: MfaMethod; code: string }>('verifyMfa'),
  /** `POST /session/mfa/code`: send an e-mail code (does not reset the failure count). */
  sendMfaCode: missingPort<{ resendAvailableAt?: string }, { method: 'email' }>('sendMfaCode'),
  /** `POST /session/passkey/options`: a single-use, expiring challenge for a passkey sign-in. */
  passkeyOptions: missingPort<{ options: PasskeyRequestOptions }, void>('passkeyOptions'),
  /**
   * The browser ceremony (`navigator.credentials.get`): the authenticator signs the challenge. Rejects when the
   * user cancels. `<gate-login>` provides it, loaded only when a passkey is used.
   */
  getPasskey: missingPort<PasskeyAssertion, { options: PasskeyRequestOptions }>('getPasskey'),
  /**
   * The browser's autofill (conditional mediation): resolves with an assertion when the user picks a passkey
   * from the e-mail field's suggestions while the credentials step is shown; rejects (or never settles) where the
   * browser offers no autofill. `<gate-login>` provides it.
   */
  passkeyAutofill: missingPort<PasskeyAssertion, void>('passkeyAutofill'),
  /** `POST /session/passkey`: the backend checks the assertion; `ok` signs in (a passkey is a second factor too). */
  verifyPasskey: missingPort<MfaOutcome, { response: PasskeyAssertion }>('verifyPasskey'),
};

/** The login ports the browser itself implements (WebAuthn ceremonies), not the backend. */
export type LoginBrowserPort = 'getPasskey' | 'passkeyAutofill';

/** The port set of the login flow. */
export type LoginPorts = typeof loginPorts;
