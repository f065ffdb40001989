import { GatehouseError, isGatehouseError } from '@gatehouse/rules';
import type { InvitationPorts } from '../invitation/invitation.ports.js';
import type {
  AcceptInvitationOutput,
  InvitationAcceptPorts,
} from '../invitation-accept/invitation-accept.ports.js';
import type { AuthOutcome, LoginPorts, MfaOutcome, Session } from '../login/login.ports.js';
import type { MfaEnrollmentPorts } from '../mfa-enrollment/mfa-enrollment.ports.js';
import type { PasswordChangePorts } from '../password-change/password-change.ports.js';
import type { PasswordResetPorts } from '../password-reset/password-reset.ports.js';
import type { Profile, ProfilePorts } from '../profile/profile.ports.js';
import type { RegistrationPorts } from '../registration/registration.ports.js';
import type { RmaPorts } from '../rma/rma.ports.js';
import { port } from '../shared/port.js';
import type { SupportCasePorts } from '../support-case/support-case.ports.js';
import type { SupportInfoPorts } from '../support-info/support-info.ports.js';

/** Options of {@link createHttpPorts}. */
export interface HttpPortsOptions {
  /** Where the REST contract is served, e.g. `https://portal.example/api/gatehouse` (no trailing slash needed). */
  baseUrl: string;
  /** A fetch implementation (default: the global `fetch`). */
  fetch?: typeof fetch;
  /** Extra headers for every request (e.g. a CSRF token header your backend wants). */
  headers?: Record<string, string>;
}

/** Every browser-side port set, ready for `machine.provide({ actors: ports.<flow> })`. */
export interface HttpPorts {
  registration: RegistrationPorts;
  login: LoginPorts;
  mfaEnrollment: MfaEnrollmentPorts;
  profile: ProfilePorts;
  passwordChange: PasswordChangePorts;
  passwordReset: PasswordResetPorts;
  supportInfo: SupportInfoPorts;
  supportCase: SupportCasePorts;
  rma: RmaPorts;
  invitation: InvitationPorts;
  invitationAccept: InvitationAcceptPorts;
}

const seg = (value: string) => encodeURIComponent(value);

/**
 * Ports for every browser-side flow, speaking the REST contract of `docs/rest-contract.md` with `fetch`
 * (`credentials: 'include'`, JSON bodies). Non-2xx answers become a `GatehouseError` carrying the contract's error
 * `code` (and `issues`, `until`, `retryAfter`), except where the contract maps them to outcomes (`invalid`,
 * `locked`). `422 invalid-request` (the body failed the form) and `400 invalid-request` (malformed request) both
 * put the server's `issues` in `params.issues`, which the flows show on the fields. The approval flow's ports are server-side effects and are not part of this adapter.
 */
export function createHttpPorts(options: HttpPortsOptions): HttpPorts {
  const doFetch = options.fetch ?? globalThis.fetch;
  if (typeof doFetch !== 'function') {
    throw new GatehouseError('invalid-option', 'createHttpPorts: no fetch available; pass options.fetch', {
      option: 'fetch',
    });
  }
  let base: URL;
  try {
    base = new URL(
      options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`,
      globalThis.location?.href,
    );
  } catch {
    throw new GatehouseError(
      'invalid-option',
      `createHttpPorts: baseUrl ${JSON.stringify(options.baseUrl)} is not a URL`,
      {
        option: 'baseUrl',
      },
    );
  }

  async function call<T>(method: string, path: string, body: unknown, signal: AbortSignal): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    const init: RequestInit = { method, headers, credentials: 'include', signal };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    let response: Response;
    try {
      response = await doFetch(new URL(path.replace(/^\//, ''), base), init);
    } catch (error) {
      throw new GatehouseError(
        'unavailable',
        `request ${method} ${path} failed: ${String(error)}`,
        {},
        { cause: error },
      );
    }
    const text = response.status === 204 ? '' : await response.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      throw new GatehouseError(
        'unavailable',
        `${method} ${path}: the answer is not JSON (status ${response.status})`,
        {
          status: response.status,
        },
      );
    }
    if (response.ok) return json as T;
    const error = (json as { error?: Record<string, unknown> } | undefined)?.error ?? {};
    // 422 (the body failed the form) and 400 (malformed) both carry form issues; a backend that sends issues
    // without a code still means invalid-request, so the fields show them.
    const code =
      typeof error.code === 'string'
        ? error.code
        : response.status >= 500
          ? 'unavailable'
          : (response.status === 422 || response.status === 400) && Array.isArray(error.issues)
            ? 'invalid-request'
            : `http-${response.status}`;
    const params: Record<string, unknown> = { status: response.status };
    if (Array.isArray(error.issues)) params.issues = error.issues;
    if (error.until !== undefined) params.until = error.until;
    const retryAfter = error.retryAfter ?? response.headers.get('Retry-After');
    if (retryAfter !== undefined && retryAfter !== null) params.retryAfter = Number(retryAfter);
    throw new GatehouseError(
      code,
      typeof error.message === 'string' ? error.message : `${method} ${path}: ${code}`,
      params,
    );
  }

  const authOutcome = (fn: (signal: AbortSignal) => Promise<AuthOutcome>) => async (signal: AbortSignal) => {
    try {
      return await fn(signal);
    } catch (error) {
      if (isGatehouseError(error) && error.code === 'invalid-credentials')
        return { status: 'invalid' } as const;
      if (isGatehouseError(error) && error.code === 'locked')
        return { status: 'locked', until: String(error.params.until) } as const;
      throw error;
    }
  };

  return {
    registration: {
      register: port(({ data }, signal) => call('POST', '/registrations', data, signal)),
      resendConfirmation: port(({ id }, signal) =>
        call('POST', `/registrations/${seg(id)}/resend`, {}, signal),
      ),
      confirmEmail: port(({ token }, signal) => call('POST', '/registrations/confirm', { token }, signal)),
      getRegistrationStatus: port(({ id }, signal) =>
        call('GET', `/registrations/${seg(id)}`, undefined, signal),
      ),
    },
    login: {
      getSession: port(
        async (_: void, signal) =>
          (await call<{ session: Session | null }>('GET', '/session', undefined, signal)).session,
      ),
      authenticate: port((input, signal) => authOutcome((s) => call('POST', '/session', input, s))(signal)),
      changePassword: port((input, signal) =>
        authOutcome((s) => call('POST', '/session/password', input, s))(signal),
      ),
      verifyMfa: port(async (input, signal): Promise<MfaOutcome> => {
        try {
          return await call<MfaOutcome>('POST', '/session/mfa', input, signal);
        } catch (error) {
          if (isGatehouseError(error) && error.code === 'invalid-code') return { status: 'invalid' };
          if (isGatehouseError(error) && error.code === 'locked')
            return { status: 'locked', until: String(error.params.until) };
          throw error;
        }
      }),
      sendMfaCode: port((input, signal) => call('POST', '/session/mfa/code', input, signal)),
    },
    mfaEnrollment: {
      listFactors: port((_: void, signal) => call('GET', '/mfa/factors', undefined, signal)),
      reauthenticate: port((input, signal) => call('POST', '/session/reauthenticate', input, signal)),
      startTotp: port((_: void, signal) => call('POST', '/mfa/totp', {}, signal)),
      confirmTotp: port(({ enrollmentId, code }, signal) =>
        call('POST', `/mfa/totp/${seg(enrollmentId)}/confirm`, { code }, signal),
      ),
      startEmail: port((_: void, signal) => call('POST', '/mfa/email', {}, signal)),
      confirmEmail: port(({ enrollmentId, code }, signal) =>
        call('POST', `/mfa/email/${seg(enrollmentId)}/confirm`, { code }, signal),
      ),
      removeFactor: port(({ method }, signal) =>
        call('DELETE', `/mfa/factors/${seg(method)}`, undefined, signal),
      ),
    },
    profile: {
      loadProfile: port(
        async (_: void, signal) =>
          (await call<{ profile: Profile }>('GET', '/profile', undefined, signal)).profile,
      ),
      saveProfile: port(
        async ({ data }, signal) =>
          (await call<{ profile: Profile }>('PATCH', '/profile', data, signal)).profile,
      ),
      requestPhoneVerification: port((input, signal) => call('POST', '/profile/phone', input, signal)),
      confirmPhone: port(
        async ({ verificationId, code }, signal) =>
          (
            await call<{ profile: Profile }>(
              'POST',
              `/profile/phone/${seg(verificationId)}/confirm`,
              { code },
              signal,
            )
          ).profile,
      ),
    },
    passwordChange: {
      changePassword: port((input, signal) => call('POST', '/password', input, signal)),
    },
    passwordReset: {
      requestReset: port((input, signal) => call('POST', '/password-reset', input, signal)),
      resendResetCode: port((input, signal) => call('POST', '/password-reset/resend', input, signal)),
      resetPassword: port((input, signal) => call('POST', '/password-reset/confirm', input, signal)),
    },
    supportInfo: {
      getSupportInfo: port((_: void, signal) => call('GET', '/support', undefined, signal)),
    },
    supportCase: {
      createCase: port(({ data }, signal) => call('POST', '/support/cases', data, signal)),
    },
    rma: {
      loadRmaDefaults: port((_: void, signal) => call('GET', '/rma/defaults', undefined, signal)),
      checkHardware: port((input, signal) => call('POST', '/rma/hardware-check', input, signal)),
      submitRma: port(({ data }, signal) => call('POST', '/rma', data, signal)),
    },
    invitation: {
      listRoles: port((_: void, signal) => call('GET', '/roles', undefined, signal)),
      inviteUser: port(({ data }, signal) => call('POST', '/invitations', data, signal)),
    },
    invitationAccept: {
      acceptInvitation: port(({ token, newPassword }, signal) =>
        call<AcceptInvitationOutput>('POST', '/invitations/accept', { token, newPassword }, signal),
      ),
    },
  };
}
