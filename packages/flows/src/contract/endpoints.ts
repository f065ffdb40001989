/**
 * The REST contract's endpoints as data: method, path, who may call it, the flow form that checks its body, the
 * success status and the error codes per status. The OpenAPI description (`contractOpenApi`) and the conformance
 * runner (`gatehouse-contract`) are both generated from this list and the flows' own form definitions, so the
 * description, the runner and the browser's validation cannot say different things.
 */

import { SESSION_LIST_ANSWER } from './session-list-schema.js';
import { AUTH_OUTCOME_ANSWER, SESSION_ANSWER } from './session-schemas.js';

/**
 * Who may call an endpoint: anyone, a login half-way (the `gatehouse_pending` cookie), any session, or a session
 * whose roles grant the named permission.
 */
export type EndpointAccess =
  | 'public'
  | 'pending'
  | 'session'
  | { permission: 'approvals' | 'rma' | 'support-cases' | 'users' | 'forms' };

/**
 * A request body checked by a flow form. `omit`: form members the API does not send (the form's repeat-the-password
 * field); `echo` fills them before validating (`{ confirmPassword: 'newPassword' }`), as a backend must. `extra`:
 * members the API sends that the form does not hold (JSON Schema per member).
 */
export interface FormBody {
  form: string;
  omit?: readonly string[];
  echo?: Readonly<Record<string, string>>;
  extra?: Readonly<Record<string, object>>;
  /** Members the API requires beyond the form's own `required`. */
  extraRequired?: readonly string[];
}

/** One endpoint of the contract. */
export interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Relative to the base URL, OpenAPI style: `/registrations/{id}/resend`. */
  path: string;
  /** Stable operation name: the port it serves (`register`) or a verb for the others (`listCases`). */
  operationId: string;
  /** The flow whose page documents it (`registration`, `login`, …). */
  flow: string;
  summary: string;
  access: EndpointAccess;
  /** A form-checked body, a JSON Schema for the body, or nothing (no body, or `{}`). */
  body?: FormBody | { schema: object };
  /** Query parameters (name → JSON Schema). */
  query?: Readonly<Record<string, object>>;
  /** The success status, what it carries, and (where described) the JSON Schema of its body. */
  success: { status: number; description: string; schema?: object };
  /** Error statuses and the `error.code`s each may carry (beyond the conventions every endpoint shares). */
  errors: Readonly<Record<number, readonly string[]>>;
  /** 🛡 The answer is the same whether or not an account exists. */
  enumerationSafe?: boolean;
}

const SESSION: EndpointAccess = 'session';
const FORMS: EndpointAccess = { permission: 'forms' };
const token = { token: { type: 'string', minLength: 1, maxLength: 200 } };
const nothing = { schema: { type: 'object', additionalProperties: false } };
const roleIds = { type: 'array', items: { type: 'string' } };
/** A browser's WebAuthn answer as JSON; the server's library checks its inside. */
const WEBAUTHN_BODY = {
  type: 'object',
  required: ['response'],
  properties: { response: { type: 'object', required: ['id', 'response'] } },
};

/** Every endpoint of the REST contract, in the order of docs/rest-contract.md. */
export const CONTRACT_ENDPOINTS: readonly Endpoint[] = [
  // Registration
  {
    method: 'POST',
    path: '/registrations',
    operationId: 'register',
    flow: 'registration',
    summary: 'Register a company account; sends the confirmation e-mail',
    access: 'public',
    body: { form: 'registration' },
    success: { status: 202, description: '{ id, confirmationExpiresAt, resendAvailableAt }' },
    errors: { 422: ['invalid-request'], 429: ['rate-limited'] },
    enumerationSafe: true,
  },
  {
    method: 'POST',
    path: '/registrations/{id}/resend',
    operationId: 'resendConfirmation',
    flow: 'registration',
    summary: 'Send the confirmation e-mail again (after the cooldown)',
    access: 'public',
    body: nothing,
    success: { status: 202, description: '{ resendAvailableAt }' },
    errors: { 404: ['not-found'], 429: ['rate-limited'] },
    enumerationSafe: true,
  },
  {
    method: 'POST',
    path: '/registrations/confirm',
    operationId: 'confirmEmail',
    flow: 'registration',
    summary: "Confirm the e-mail address with the link's token",
    access: 'public',
    body: { schema: { type: 'object', properties: token, required: ['token'] } },
    success: { status: 200, description: '{ id, status: "pending-approval" }' },
    errors: { 400: ['invalid-token'], 410: ['expired-token'] },
  },
  {
    method: 'GET',
    path: '/registrations/{id}',
    operationId: 'getRegistrationStatus',
    flow: 'registration',
    summary: "A registration's status",
    access: 'public',
    success: {
      status: 200,
      description:
        '{ status: pending-confirmation | pending-approval | approved | rejected | expired, reason? }',
    },
    errors: { 404: ['not-found'] },
  },
  // Approval (reviewers)
  {
    method: 'GET',
    path: '/approvals',
    operationId: 'listApprovals',
    flow: 'approval',
    summary: 'The review queue',
    access: { permission: 'approvals' },
    query: { status: { type: 'string', enum: ['pending', 'overdue', 'all'] } },
    success: { status: 200, description: '{ items: [...] }' },
    errors: { 401: ['unauthenticated'], 403: ['forbidden'] },
  },
  {
    method: 'GET',
    path: '/approvals/{id}',
    operationId: 'getApproval',
    flow: 'approval',
    summary: 'One queue item with its decisions',
    access: { permission: 'approvals' },
    success: { status: 200, description: '{ ...item, decisions: [...] }' },
    errors: { 401: ['unauthenticated'], 403: ['forbidden'], 404: ['not-found'] },
  },
  {
    method: 'POST',
    path: '/approvals/{id}/decisions',
    operationId: 'decide',
    flow: 'approval',
    summary: 'Approve, reject, ask for information',
    access: { permission: 'approvals' },
    body: { form: 'approval-decision' },
    success: { status: 200, description: '{ state, decision }' },
    errors: {
      401: ['unauthenticated'],
      403: ['forbidden'],
      404: ['not-found'],
      409: ['conflict'],
      422: ['invalid-request'],
    },
  },
  // Login, SSO, MFA challenge
  {
    method: 'GET',
    path: '/session',
    operationId: 'getSession',
    flow: 'login',
    summary: 'The current session, or null',
    access: 'public',
    success: {
      status: 200,
      description: '{ session: { user, expiresAt, warnings } | null }',
      schema: SESSION_ANSWER,
    },
    errors: {},
  },
  {
    method: 'POST',
    path: '/session',
    operationId: 'authenticate',
    flow: 'login',
    summary: 'Log in with e-mail and password',
    access: 'public',
    body: { form: 'login' },
    success: {
      status: 200,
      description: 'an auth outcome: ok | password-change-required | mfa-required',
      schema: AUTH_OUTCOME_ANSWER,
    },
    errors: {
      401: ['invalid-credentials'],
      422: ['invalid-request'],
      423: ['locked'],
      429: ['rate-limited'],
    },
    enumerationSafe: true,
  },
  {
    method: 'POST',
    path: '/session/password',
    operationId: 'changePassword',
    flow: 'login',
    summary: 'The forced change of a one-time password',
    access: 'pending',
    body: {
      form: 'login-password-change',
      omit: ['confirmPassword'],
      echo: { confirmPassword: 'newPassword' },
    },
    success: { status: 200, description: 'an auth outcome: ok | mfa-required', schema: AUTH_OUTCOME_ANSWER },
    errors: { 401: ['unauthenticated'], 422: ['invalid-request'] },
  },
  {
    method: 'POST',
    path: '/session/mfa',
    operationId: 'verifyMfa',
    flow: 'login',
    summary: 'The second factor of a login',
    access: 'pending',
    body: { form: 'login-mfa' },
    success: { status: 200, description: '{ status: "ok", session }', schema: AUTH_OUTCOME_ANSWER },
    errors: { 400: ['invalid-code'], 401: ['unauthenticated'], 422: ['invalid-request'], 423: ['locked'] },
  },
  {
    method: 'POST',
    path: '/session/mfa/code',
    operationId: 'sendMfaCode',
    flow: 'login',
    summary: 'Send the e-mail code of a login',
    access: 'pending',
    body: {
      schema: { type: 'object', properties: { method: { const: 'email' } }, required: ['method'] },
    },
    success: { status: 202, description: '{ resendAvailableAt }' },
    errors: { 401: ['unauthenticated'], 429: ['rate-limited'] },
  },
  {
    method: 'DELETE',
    path: '/session',
    operationId: 'logout',
    flow: 'login',
    summary: 'Log out',
    access: 'public',
    success: { status: 204, description: 'no content' },
    errors: {},
  },
  // MFA enrollment
  {
    method: 'POST',
    path: '/session/reauthenticate',
    operationId: 'reauthenticate',
    flow: 'mfa-enrollment',
    summary: 'Confirm the password before adding or removing a factor',
    access: SESSION,
    body: { form: 'mfa-reauthenticate' },
    success: { status: 200, description: '{ authenticatedAt }' },
    errors: { 401: ['unauthenticated', 'invalid-credentials'], 423: ['locked'] },
  },
  {
    method: 'GET',
    path: '/mfa/factors',
    operationId: 'listFactors',
    flow: 'mfa-enrollment',
    summary: 'The enrolled factors',
    access: SESSION,
    success: {
      status: 200,
      description: '{ factors: [{ method, createdAt }], recoveryCodes?: { remaining }, authenticatedAt }',
    },
    errors: { 401: ['unauthenticated'] },
  },
  {
    method: 'POST',
    path: '/mfa/totp',
    operationId: 'startTotp',
    flow: 'mfa-enrollment',
    summary: 'Start an authenticator-app enrolment',
    access: SESSION,
    body: nothing,
    success: { status: 201, description: '{ enrollmentId, secret, otpauthUri }' },
    errors: { 401: ['unauthenticated'], 403: ['reauthentication-required'] },
  },
  {
    method: 'POST',
    path: '/mfa/totp/{id}/confirm',
    operationId: 'confirmTotp',
    flow: 'mfa-enrollment',
    summary: 'Confirm the authenticator app with its current code',
    access: SESSION,
    body: { form: 'mfa-code' },
    success: {
      status: 200,
      description: '{ method: "totp", recoveryCodes? } (the first factor brings them)',
    },
    errors: {
      400: ['invalid-code'],
      401: ['unauthenticated'],
      410: ['expired-code'],
      422: ['invalid-request'],
    },
  },
  {
    method: 'POST',
    path: '/mfa/email',
    operationId: 'startEmail',
    flow: 'mfa-enrollment',
    summary: 'Start an e-mail code enrolment (sends a code)',
    access: SESSION,
    body: nothing,
    success: { status: 202, description: '{ enrollmentId, resendAvailableAt }' },
    errors: { 401: ['unauthenticated'], 403: ['reauthentication-required'], 429: ['rate-limited'] },
  },
  {
    method: 'POST',
    path: '/mfa/email/{id}/confirm',
    operationId: 'confirmEmailFactor',
    flow: 'mfa-enrollment',
    summary: 'Confirm the e-mail factor with the code sent',
    access: SESSION,
    body: { form: 'mfa-code' },
    success: {
      status: 200,
      description: '{ method: "email", recoveryCodes? } (the first factor brings them)',
    },
    errors: {
      400: ['invalid-code'],
      401: ['unauthenticated'],
      410: ['expired-code'],
      422: ['invalid-request'],
      429: ['too-many-attempts'],
    },
  },
  {
    method: 'DELETE',
    path: '/mfa/factors/{method}',
    operationId: 'removeFactor',
    flow: 'mfa-enrollment',
    summary: 'Remove a factor',
    access: SESSION,
    success: { status: 204, description: 'no content' },
    errors: { 401: ['unauthenticated'], 403: ['reauthentication-required'], 404: ['not-found'] },
  },
  {
    method: 'POST',
    path: '/mfa/recovery-codes',
    operationId: 'regenerateRecoveryCodes',
    flow: 'mfa-enrollment',
    summary: 'A new set of recovery codes (the old ones stop working)',
    access: SESSION,
    body: nothing,
    success: { status: 201, description: '{ recoveryCodes: ["abcde-fghjk", …] }' },
    errors: {
      401: ['unauthenticated'],
      403: ['reauthentication-required'],
      409: ['mfa-not-enrolled'],
    },
  },
  // Passkeys
  {
    method: 'GET',
    path: '/passkeys',
    operationId: 'listPasskeys',
    flow: 'passkeys',
    summary: "The user's passkeys and when they last authenticated",
    access: SESSION,
    success: {
      status: 200,
      description: '{ passkeys: [{ id, name, createdAt, lastUsedAt, backedUp }], authenticatedAt }',
    },
    errors: { 401: ['unauthenticated'] },
  },
  {
    method: 'POST',
    path: '/passkeys/options',
    operationId: 'passkeyCreationOptions',
    flow: 'passkeys',
    summary: 'WebAuthn registration options with a single-use, expiring challenge',
    access: SESSION,
    body: nothing,
    success: { status: 201, description: '{ options } (PublicKeyCredentialCreationOptionsJSON)' },
    errors: { 401: ['unauthenticated'], 403: ['reauthentication-required'], 429: ['rate-limited'] },
  },
  {
    method: 'POST',
    path: '/passkeys',
    operationId: 'savePasskey',
    flow: 'passkeys',
    summary: "Verify the browser's new passkey and store its public key",
    access: SESSION,
    body: { schema: WEBAUTHN_BODY },
    success: { status: 201, description: '{ passkey, recoveryCodes? } (codes with the first factor only)' },
    errors: {
      400: ['passkey-not-accepted'],
      401: ['unauthenticated'],
      403: ['reauthentication-required'],
      409: ['passkey-exists'],
      422: ['invalid-request'],
      429: ['rate-limited'],
    },
  },
  {
    method: 'PATCH',
    path: '/passkeys/{id}',
    operationId: 'renamePasskey',
    flow: 'passkeys',
    summary: 'Rename a passkey',
    access: SESSION,
    body: { form: 'passkey-name' },
    success: { status: 200, description: '{ id, name, createdAt, lastUsedAt, backedUp }' },
    errors: { 401: ['unauthenticated'], 404: ['not-found'], 422: ['invalid-request'] },
  },
  {
    method: 'DELETE',
    path: '/passkeys/{id}',
    operationId: 'removePasskey',
    flow: 'passkeys',
    summary: 'Remove a passkey (the last factor takes the recovery codes with it)',
    access: SESSION,
    success: { status: 204, description: 'no content' },
    errors: { 401: ['unauthenticated'], 403: ['reauthentication-required'], 404: ['not-found'] },
  },
  {
    method: 'POST',
    path: '/session/passkey/options',
    operationId: 'passkeyOptions',
    flow: 'login',
    summary: "WebAuthn request options for a passkey sign-in (during the MFA step: that account's passkeys)",
    access: 'public',
    body: nothing,
    success: { status: 201, description: '{ options } (PublicKeyCredentialRequestOptionsJSON)' },
    errors: { 429: ['rate-limited'] },
    enumerationSafe: true,
  },
  {
    method: 'POST',
    path: '/session/passkey',
    operationId: 'verifyPasskey',
    flow: 'login',
    summary: 'Sign in with a passkey (password-less, or as the MFA step)',
    access: 'public',
    body: { schema: WEBAUTHN_BODY },
    success: { status: 200, description: "{ status: 'ok', session }", schema: AUTH_OUTCOME_ANSWER },
    errors: { 400: ['passkey-not-accepted'], 422: ['invalid-request'], 429: ['rate-limited'] },
    enumerationSafe: true,
  },
  // Sessions
  {
    method: 'GET',
    path: '/sessions',
    operationId: 'listSessions',
    flow: 'sessions',
    summary: "The user's signed-in sessions, this one first",
    access: SESSION,
    success: {
      status: 200,
      description: '{ sessions: [{ id, current, browser, system, ip, place?, signedInAt, expiresAt }] }',
      schema: SESSION_LIST_ANSWER,
    },
    errors: { 401: ['unauthenticated'] },
  },
  {
    method: 'DELETE',
    path: '/sessions/{id}',
    operationId: 'endSession',
    flow: 'sessions',
    summary: 'End one of the other sessions',
    access: SESSION,
    success: { status: 204, description: 'no content' },
    errors: { 401: ['unauthenticated'], 404: ['not-found'], 409: ['current-session'] },
  },
  {
    method: 'DELETE',
    path: '/sessions',
    operationId: 'endOtherSessions',
    flow: 'sessions',
    summary: 'End every session but this one',
    access: SESSION,
    success: { status: 200, description: '{ ended }' },
    errors: { 401: ['unauthenticated'] },
  },
  // Data rights
  {
    method: 'GET',
    path: '/account/export',
    operationId: 'exportData',
    flow: 'data-rights',
    summary: 'Everything the server holds about the signed-in person, as a JSON download (no secret in it)',
    access: SESSION,
    success: {
      status: 200,
      description:
        '{ exportedAt, account, company, sessions, devices, mfa, supportCases, rmaRequests, registrations, emailChanges, formSubmissions, invitations, auditEvents }',
    },
    errors: { 401: ['unauthenticated'], 429: ['rate-limited'] },
  },
  {
    method: 'GET',
    path: '/account/deletion',
    operationId: 'loadDeletionRequirements',
    flow: 'data-rights',
    summary:
      "What deleting the account needs: a hand-over of the company's last Super Admin role, and to whom",
    access: SESSION,
    success: { status: 200, description: '{ handOver: "none" | "required", successors: [{ id, name }] }' },
    errors: { 401: ['unauthenticated'] },
  },
  {
    method: 'POST',
    path: '/account/deletion',
    operationId: 'deleteAccount',
    flow: 'data-rights',
    summary:
      'Delete the account: re-authenticates with the password in this request, hands the Super Admin role over, ends every session, mails a confirmation',
    access: SESSION,
    body: {
      form: 'account-deletion',
      extra: { successor: { type: 'string', minLength: 1, maxLength: 100 } },
    },
    success: { status: 200, description: '{ deleted: true } (the session cookie is cleared)' },
    errors: {
      401: ['unauthenticated', 'invalid-current-password'],
      409: ['hand-over-required'],
      422: ['invalid-request'],
      423: ['locked'],
      429: ['rate-limited'],
    },
  },
  // Profile
  {
    method: 'GET',
    path: '/profile',
    operationId: 'loadProfile',
    flow: 'profile',
    summary: "The user's details",
    access: SESSION,
    success: { status: 200, description: '{ profile }' },
    errors: { 401: ['unauthenticated'] },
  },
  {
    method: 'PATCH',
    path: '/profile',
    operationId: 'saveProfile',
    flow: 'profile',
    summary: 'Save the details (the phone number goes through its own SMS check)',
    access: SESSION,
    body: { form: 'profile', omit: ['phone'] },
    success: { status: 200, description: '{ profile }' },
    errors: { 401: ['unauthenticated'], 422: ['invalid-request'] },
  },
  {
    method: 'POST',
    path: '/profile/phone',
    operationId: 'requestPhoneVerification',
    flow: 'profile',
    summary: 'Text a code to a new phone number',
    access: SESSION,
    body: {
      schema: {
        type: 'object',
        properties: { phone: { type: 'string', maxLength: 40 } },
        required: ['phone'],
      },
    },
    success: { status: 202, description: '{ verificationId, resendAvailableAt }' },
    errors: { 401: ['unauthenticated'], 422: ['invalid-request'], 429: ['rate-limited'] },
  },
  {
    method: 'POST',
    path: '/profile/phone/{id}/confirm',
    operationId: 'confirmPhone',
    flow: 'profile',
    summary: 'Store the phone number once its code is right',
    access: SESSION,
    body: { form: 'profile-phone-code' },
    success: { status: 200, description: '{ profile }' },
    errors: {
      400: ['invalid-code'],
      401: ['unauthenticated'],
      410: ['expired-code'],
      422: ['invalid-request'],
      429: ['too-many-attempts'],
    },
  },
  {
    method: 'PUT',
    path: '/preferences',
    operationId: 'savePreferences',
    flow: 'profile',
    summary: "The user's language",
    access: SESSION,
    body: {
      schema: { type: 'object', properties: { locale: { enum: ['en', 'de'] } }, required: ['locale'] },
    },
    success: { status: 200, description: '{ locale }' },
    errors: { 401: ['unauthenticated'], 422: ['invalid-request'] },
  },
  // Password change and reset
  {
    method: 'POST',
    path: '/password',
    operationId: 'changeOwnPassword',
    flow: 'password-change',
    summary: 'Change the password',
    access: SESSION,
    body: { form: 'password-change', omit: ['confirmPassword'], echo: { confirmPassword: 'newPassword' } },
    success: { status: 204, description: 'no content' },
    errors: {
      401: ['unauthenticated', 'invalid-current-password'],
      422: ['invalid-request'],
      423: ['locked'],
    },
  },
  // E-mail change
  {
    method: 'POST',
    path: '/email-change',
    operationId: 'requestEmailChange',
    flow: 'email-change',
    summary:
      "Ask to change the account's e-mail address: re-authenticates with the password in this request, mails a single-use link to the new address and a notice to the old one; nothing changes yet",
    access: SESSION,
    body: { form: 'email-change' },
    success: {
      status: 202,
      description:
        '{ confirmationExpiresAt } (the same answer when the new address already belongs to another account)',
    },
    errors: {
      401: ['unauthenticated', 'invalid-current-password'],
      422: ['invalid-request'],
      423: ['locked'],
      429: ['rate-limited'],
    },
    enumerationSafe: true,
  },
  {
    method: 'POST',
    path: '/email-change/confirm',
    operationId: 'confirmEmailChange',
    flow: 'email-change',
    summary:
      "Redeem the link's single-use token: the address changes, the other sessions end, the old address gets a security e-mail",
    access: 'public',
    body: { schema: { type: 'object', properties: token, required: ['token'] } },
    success: { status: 200, description: '{ email, endedSessions }' },
    errors: {
      400: ['invalid-token'],
      409: ['email-taken'],
      410: ['expired-token', 'email-change-cancelled'],
      422: ['invalid-request'],
      429: ['rate-limited'],
    },
  },
  {
    method: 'POST',
    path: '/email-change/cancel',
    operationId: 'cancelEmailChange',
    flow: 'email-change',
    summary:
      '"This was not me": redeem the single-use token of the notice to the old address; every open change of the account is cancelled (its link answers email-change-cancelled), the other sessions end, the audit records it',
    access: 'public',
    body: { schema: { type: 'object', properties: token, required: ['token'] } },
    success: { status: 200, description: '{ endedSessions }' },
    errors: {
      400: ['invalid-token'],
      409: ['email-change-confirmed'],
      410: ['expired-token'],
      422: ['invalid-request'],
      429: ['rate-limited'],
    },
  },
  {
    method: 'POST',
    path: '/password-reset',
    operationId: 'requestReset',
    flow: 'password-reset',
    summary: 'Send a reset code (to the verified phone, else the e-mail)',
    access: 'public',
    body: { form: 'password-reset-request' },
    success: { status: 202, description: '{}' },
    errors: { 422: ['invalid-request'], 429: ['rate-limited'] },
    enumerationSafe: true,
  },
  {
    method: 'POST',
    path: '/password-reset/resend',
    operationId: 'resendResetCode',
    flow: 'password-reset',
    summary: 'Send the reset code again',
    access: 'public',
    body: { form: 'password-reset-request' },
    success: { status: 202, description: '{}' },
    errors: { 422: ['invalid-request'], 429: ['rate-limited'] },
    enumerationSafe: true,
  },
  {
    method: 'POST',
    path: '/password-reset/confirm',
    operationId: 'resetPassword',
    flow: 'password-reset',
    summary: 'Set a new password with the reset code',
    access: 'public',
    body: {
      form: 'password-reset-code',
      omit: ['confirmPassword'],
      echo: { confirmPassword: 'newPassword' },
      extra: { email: { type: 'string', maxLength: 254 } },
    },
    success: { status: 204, description: 'no content' },
    errors: {
      400: ['invalid-code'],
      410: ['expired-code'],
      422: ['invalid-request'],
      429: ['too-many-attempts'],
    },
  },
  // Support information and cases
  {
    method: 'GET',
    path: '/support',
    operationId: 'getSupportInfo',
    flow: 'support-info',
    summary: 'Support level, regional number and the rotating support PIN',
    access: SESSION,
    success: { status: 200, description: '{ level, regionalNumber?, pin?, pinValidUntil? }' },
    errors: { 401: ['unauthenticated'] },
  },
  {
    method: 'POST',
    path: '/support/cases',
    operationId: 'createCase',
    flow: 'support-case',
    summary: 'Open a support case',
    access: { permission: 'support-cases' },
    body: { form: 'support-case' },
    success: { status: 201, description: '{ caseId, number }' },
    errors: { 401: ['unauthenticated'], 403: ['forbidden'], 422: ['invalid-request'] },
  },
  {
    method: 'GET',
    path: '/support/cases',
    operationId: 'listCases',
    flow: 'support-case',
    summary: "The caller's cases",
    access: { permission: 'support-cases' },
    success: { status: 200, description: '{ cases: [...] }' },
    errors: { 401: ['unauthenticated'], 403: ['forbidden'] },
  },
  {
    method: 'GET',
    path: '/support/cases/{id}',
    operationId: 'getCase',
    flow: 'support-case',
    summary: 'One case with its comments',
    access: { permission: 'support-cases' },
    success: { status: 200, description: 'the case with description and comments' },
    errors: { 401: ['unauthenticated'], 403: ['forbidden'], 404: ['not-found'] },
  },
  {
    method: 'POST',
    path: '/support/cases/{id}/comments',
    operationId: 'addComment',
    flow: 'support-case',
    summary: 'Add a follow-up comment',
    access: { permission: 'support-cases' },
    body: {
      schema: {
        type: 'object',
        properties: { body: { type: 'string', minLength: 1, maxLength: 10_000 } },
        required: ['body'],
      },
    },
    success: { status: 201, description: '{ id, author, body, createdAt }' },
    errors: {
      401: ['unauthenticated'],
      403: ['forbidden'],
      404: ['not-found'],
      409: ['case-closed'],
      422: ['invalid-request'],
    },
  },
  // RMA and devices
  {
    method: 'GET',
    path: '/rma/defaults',
    operationId: 'loadRmaDefaults',
    flow: 'rma',
    summary: 'The delivery address to confirm',
    access: { permission: 'rma' },
    success: { status: 200, description: '{ deliveryAddress }' },
    errors: { 401: ['unauthenticated'], 403: ['forbidden'] },
  },
  {
    method: 'POST',
    path: '/rma/hardware-check',
    operationId: 'checkHardware',
    flow: 'rma',
    summary: "Whose hardware a serial number is (the vendor's own or a partner's)",
    access: { permission: 'rma' },
    body: {
      schema: {
        type: 'object',
        properties: { serialNumber: { type: 'string' }, additionalSerialNumbers: { type: 'array' } },
        required: ['serialNumber'],
      },
    },
    success: {
      status: 200,
      description: '{ owner: "vendor" } | { owner: "partner", vendor, rmaUrl?, serialNumber }',
    },
    errors: { 401: ['unauthenticated'], 403: ['forbidden'], 422: ['invalid-request'] },
  },
  {
    method: 'POST',
    path: '/rma',
    operationId: 'submitRma',
    flow: 'rma',
    summary: 'Request an RMA',
    access: { permission: 'rma' },
    body: { form: 'rma' },
    success: { status: 201, description: '{ rmaId, number }' },
    errors: { 401: ['unauthenticated'], 403: ['forbidden'], 422: ['invalid-request', 'partner-hardware'] },
  },
  {
    method: 'GET',
    path: '/rma',
    operationId: 'listRma',
    flow: 'rma',
    summary: "The user's RMA requests",
    access: { permission: 'rma' },
    success: { status: 200, description: '{ items: [...] }' },
    errors: { 401: ['unauthenticated'], 403: ['forbidden'] },
  },
  {
    method: 'POST',
    path: '/devices',
    operationId: 'importDevices',
    flow: 'rma',
    summary: 'Import registered devices (JSON list or CSV)',
    access: { permission: 'approvals' },
    body: { schema: { type: 'object', properties: { devices: { type: 'array' }, csv: { type: 'string' } } } },
    success: { status: 200, description: '{ imported }' },
    errors: { 401: ['unauthenticated'], 403: ['forbidden'], 422: ['invalid-request'] },
  },
  {
    method: 'GET',
    path: '/devices',
    operationId: 'listDevices',
    flow: 'rma',
    summary: 'Registered devices',
    access: SESSION,
    query: { domain: { type: 'string' } },
    success: { status: 200, description: '{ devices: [...] }' },
    errors: { 401: ['unauthenticated'] },
  },
  // Published forms (docs/forms/publishing.md): form editors publish, list and restore; anyone reads and submits
  {
    method: 'GET',
    path: '/forms',
    operationId: 'listForms',
    flow: 'published-forms',
    summary: 'The published forms, each with its current version',
    access: FORMS,
    success: { status: 200, description: '{ forms: [{ id, current, latest, module, publishedAt }] }' },
    errors: { 401: ['unauthenticated'], 403: ['forbidden'] },
  },
  {
    method: 'GET',
    path: '/forms/{id}',
    operationId: 'listFormVersions',
    flow: 'published-forms',
    summary: "A form's published versions, newest first: who published which when, which is current",
    access: FORMS,
    success: {
      status: 200,
      description:
        '{ id, current, versions: [{ id, version, hash, module, current, publishedAt, publishedBy }] }',
    },
    errors: { 401: ['unauthenticated'], 403: ['forbidden'], 404: ['unknown-form'] },
  },
  {
    method: 'GET',
    path: '/forms/{id}/versions/{version}',
    operationId: 'getFormVersion',
    flow: 'published-forms',
    summary: 'One published version with its definition (to compare or restore)',
    access: FORMS,
    success: {
      status: 200,
      description: '{ id, version, hash, module, current, publishedAt, publishedBy, definition }',
    },
    errors: { 401: ['unauthenticated'], 403: ['forbidden'], 404: ['unknown-form', 'unknown-version'] },
  },
  {
    method: 'POST',
    path: '/forms/{id}/versions',
    operationId: 'publishForm',
    flow: 'published-forms',
    summary:
      'Publish a definition as the next version (lint and build first); the same definition again answers 200',
    access: FORMS,
    body: {
      schema: { type: 'object', description: 'the form definition (docs/forms)', required: ['schema'] },
    },
    success: {
      status: 201,
      description: 'the new version { id, version, hash, module, current, publishedAt, publishedBy }',
    },
    errors: {
      401: ['unauthenticated'],
      403: ['forbidden'],
      422: ['invalid-request', 'invalid-definition'],
    },
  },
  {
    method: 'POST',
    path: '/forms/{id}/restore',
    operationId: 'restoreFormVersion',
    flow: 'published-forms',
    summary: 'Make an earlier version current again',
    access: FORMS,
    body: {
      schema: {
        type: 'object',
        properties: { version: { type: 'integer', minimum: 1 } },
        required: ['version'],
      },
    },
    success: { status: 200, description: 'the version, now current' },
    errors: {
      401: ['unauthenticated'],
      403: ['forbidden'],
      404: ['unknown-form', 'unknown-version'],
      422: ['invalid-request'],
    },
  },
  {
    method: 'GET',
    path: '/forms/{id}/current',
    operationId: 'currentForm',
    flow: 'published-forms',
    summary: "The current version and its module's URL (the module itself is served from the host's origin)",
    access: 'public',
    success: { status: 200, description: '{ id, version, hash, module }' },
    errors: { 404: ['unknown-form'] },
  },
  // Invitations and users
  {
    method: 'GET',
    path: '/roles',
    operationId: 'listRoles',
    flow: 'invitation',
    summary: 'The roles the caller may assign',
    access: { permission: 'users' },
    success: { status: 200, description: '{ roles: [{ id, label }] }' },
    errors: { 401: ['unauthenticated'], 403: ['forbidden'] },
  },
  {
    method: 'POST',
    path: '/invitations',
    operationId: 'inviteUser',
    flow: 'invitation',
    summary: "Invite a user at the company's own domain",
    access: { permission: 'users' },
    body: { form: 'invitation' },
    success: { status: 202, description: '{ invitationId }' },
    errors: { 401: ['unauthenticated'], 403: ['forbidden'], 422: ['invalid-request'], 429: ['rate-limited'] },
    enumerationSafe: true,
  },
  {
    method: 'GET',
    path: '/users',
    operationId: 'listUsers',
    flow: 'invitation',
    summary: "The company's users and invitations",
    access: { permission: 'users' },
    success: { status: 200, description: '{ users: [...], assignableRoles: [...] }' },
    errors: { 401: ['unauthenticated'], 403: ['forbidden'] },
  },
  {
    method: 'PATCH',
    path: '/users/{id}',
    operationId: 'changeRoles',
    flow: 'invitation',
    summary: "Change a user's roles",
    access: { permission: 'users' },
    body: { schema: { type: 'object', properties: { roles: roleIds }, required: ['roles'] } },
    success: { status: 200, description: '{ id, roles }' },
    errors: {
      401: ['unauthenticated'],
      403: ['forbidden'],
      404: ['not-found'],
      409: ['last-super-admin'],
      422: ['invalid-request'],
    },
  },
  {
    method: 'POST',
    path: '/users/{id}/deactivate',
    operationId: 'deactivateUser',
    flow: 'invitation',
    summary: 'Deactivate a user (their sessions end)',
    access: { permission: 'users' },
    success: { status: 204, description: 'no content' },
    errors: {
      401: ['unauthenticated'],
      403: ['forbidden'],
      404: ['not-found'],
      409: ['last-super-admin', 'cannot-deactivate-self'],
    },
  },
  {
    method: 'POST',
    path: '/invitations/{id}/resend',
    operationId: 'resendInvitation',
    flow: 'invitation',
    summary: 'Send a new invitation link (the old one stops working)',
    access: { permission: 'users' },
    success: { status: 202, description: '{ invitationId }' },
    errors: { 401: ['unauthenticated'], 403: ['forbidden'], 404: ['not-found'], 429: ['rate-limited'] },
  },
  {
    method: 'DELETE',
    path: '/invitations/{id}',
    operationId: 'revokeInvitation',
    flow: 'invitation',
    summary: 'Revoke an invitation',
    access: { permission: 'users' },
    success: { status: 204, description: 'no content' },
    errors: { 401: ['unauthenticated'], 403: ['forbidden'], 404: ['not-found'] },
  },
  {
    method: 'POST',
    path: '/invitations/preview',
    operationId: 'previewInvitation',
    flow: 'invitation-accept',
    summary: "What the link's holder may know: the words the password must not contain",
    access: 'public',
    body: { schema: { type: 'object', properties: token, required: ['token'] } },
    success: { status: 200, description: '{ email, givenName, familyName, company }' },
    errors: { 400: ['invalid-token'], 410: ['expired-token'] },
  },
  {
    method: 'POST',
    path: '/invitations/accept',
    operationId: 'acceptInvitation',
    flow: 'invitation-accept',
    summary: 'Set the password of an invited user',
    access: 'public',
    body: {
      form: 'invitation-accept',
      omit: ['confirmPassword'],
      echo: { confirmPassword: 'newPassword' },
      extra: token,
      extraRequired: ['token'],
    },
    success: { status: 200, description: 'an auth outcome' },
    errors: { 400: ['invalid-token'], 410: ['expired-token'], 422: ['invalid-request'] },
  },
];
