import { isGatehouseError } from '@gatehouse/rules';
import { port } from '../common/port.js';
import type { AuthOutcome, LoginBrowserPort, LoginPorts, MfaOutcome, Session } from '../login/login.ports.js';
import { flowHttpPorts } from './http-ports.js';

/** `invalid-credentials` and `locked` answers are outcomes of a sign-in, not failures: the flow counts them. */
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

/**
 * The login flow's ports over the REST contract: `GET`/`POST /session`, `POST /session/password`,
 * `POST /session/mfa`, `POST /session/mfa/code`, `POST /session/passkey/options`, `POST /session/passkey`. The one
 * thing to know: 401 `invalid-credentials`, 400 `invalid-code` (MFA) and 423 `locked` resolve as
 * `{ status: 'invalid' }` / `{ status: 'locked', until }` instead of rejecting; 400 `passkey-not-accepted` as
 * `{ status: 'invalid' }`. The WebAuthn ceremonies are the browser's: `<gate-login>` provides them.
 */
export const loginHttpPorts = /* @__PURE__ */ flowHttpPorts(
  'login',
  ({ call }): Omit<LoginPorts, LoginBrowserPort> => ({
    getSession: port(
      async (_, signal) =>
        (await call<{ session: Session | null }>('GET', '/session', undefined, signal)).session,
    ),
    authenticate: port((input, signal) => authOutcome((s) => call('POST', '/session', input, s))(signal)),
    changePassword: port((input, signal) =>
      authOutcome((s) => call('POST', '/session/password', input, s))(signal),
    ),
    verifyMfa: port(async (input, signal): Promise<MfaOutcome> => {
      try {
        // The REST body names a recovery code as such: its form field differs from the digits' `code`.
        const body = input.method === 'recovery' ? { method: input.method, recoveryCode: input.code } : input;
        return await call<MfaOutcome>('POST', '/session/mfa', body, signal);
      } catch (error) {
        if (isGatehouseError(error) && error.code === 'invalid-code') return { status: 'invalid' };
        if (isGatehouseError(error) && error.code === 'locked')
          return { status: 'locked', until: String(error.params.until) };
        throw error;
      }
    }),
    sendMfaCode: port((input, signal) => call('POST', '/session/mfa/code', input, signal)),
    passkeyOptions: port((_, signal) => call('POST', '/session/passkey/options', {}, signal)),
    verifyPasskey: port(async ({ response }, signal): Promise<MfaOutcome> => {
      try {
        return await call<MfaOutcome>('POST', '/session/passkey', { response }, signal);
      } catch (error) {
        if (isGatehouseError(error) && error.code === 'passkey-not-accepted') return { status: 'invalid' };
        throw error;
      }
    }),
  }),
);
