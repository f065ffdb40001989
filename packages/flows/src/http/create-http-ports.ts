import { dataRightsHttpPorts } from './data-rights.http.js';
import { emailChangeHttpPorts } from './email-change.http.js';
import { createHttpClient, type HttpClientOptions } from './http-client.js';
import type { HttpPorts } from './http-ports.js';
import { invitationHttpPorts } from './invitation.http.js';
import { invitationAcceptHttpPorts } from './invitation-accept.http.js';
import { loginHttpPorts } from './login.http.js';
import { mfaEnrollmentHttpPorts } from './mfa-enrollment.http.js';
import { passkeysHttpPorts } from './passkeys.http.js';
import { passwordChangeHttpPorts } from './password-change.http.js';
import { passwordResetHttpPorts } from './password-reset.http.js';
import { profileHttpPorts } from './profile.http.js';
import { registrationHttpPorts } from './registration.http.js';
import { rmaHttpPorts } from './rma.http.js';
import { sessionsHttpPorts } from './sessions.http.js';
import { supportCaseHttpPorts } from './support-case.http.js';
import { supportInfoHttpPorts } from './support-info.http.js';

/** Options of {@link createHttpPorts}: the same as `createHttpClient`'s. */
export type HttpPortsOptions = HttpClientOptions;

/**
 * Ports for every browser-side flow, speaking the REST contract of `docs/rest-contract.md` with `fetch`
 * (`credentials: 'include'`, JSON bodies): one `createHttpClient(options)` shared by every per-flow set
 * (`registrationHttpPorts`, `loginHttpPorts`, …). Non-2xx answers become a `GatehouseError` carrying the contract's
 * error `code` (and `issues`, `until`, `retryAfter`), except where the contract maps them to outcomes (`invalid`,
 * `locked`). The one thing to know: it bundles the fetch code of all eleven flows; a page that runs one flow
 * should use that flow's set with `createHttpClient` instead. The approval flow's ports are server-side effects
 * and are not part of this adapter.
 */
export function createHttpPorts(options: HttpPortsOptions): HttpPorts {
  const client = createHttpClient(options);
  return {
    registration: registrationHttpPorts(client),
    login: loginHttpPorts(client),
    mfaEnrollment: mfaEnrollmentHttpPorts(client),
    profile: profileHttpPorts(client),
    passwordChange: passwordChangeHttpPorts(client),
    passwordReset: passwordResetHttpPorts(client),
    supportInfo: supportInfoHttpPorts(client),
    sessions: sessionsHttpPorts(client),
    passkeys: passkeysHttpPorts(client),
    dataRights: dataRightsHttpPorts(client),
    emailChange: emailChangeHttpPorts(client),
    supportCase: supportCaseHttpPorts(client),
    rma: rmaHttpPorts(client),
    invitation: invitationHttpPorts(client),
    invitationAccept: invitationAcceptHttpPorts(client),
  };
}
