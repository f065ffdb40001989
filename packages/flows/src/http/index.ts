/**
 * The fetch adapter implementing every browser-side port against the Gatehouse REST contract: one shared
 * `createHttpClient(options)` and one port set per flow (`registrationHttpPorts(client)`, …), so a page bundles only
 * the flows it runs; `createHttpPorts(options)` builds them all.
 */

export { createHttpPorts, type HttpPortsOptions } from './create-http-ports.js';
export { dataRightsHttpPorts } from './data-rights.http.js';
export { emailChangeHttpPorts } from './email-change.http.js';
export { createHttpClient, type HttpClient, type HttpClientOptions } from './http-client.js';
export type { FlowHttpPorts, HttpPorts } from './http-ports.js';
export { invitationHttpPorts } from './invitation.http.js';
export { invitationAcceptHttpPorts } from './invitation-accept.http.js';
export { loginHttpPorts } from './login.http.js';
export { mfaEnrollmentHttpPorts } from './mfa-enrollment.http.js';
export { passkeysHttpPorts } from './passkeys.http.js';
export { passwordChangeHttpPorts } from './password-change.http.js';
export { passwordResetHttpPorts } from './password-reset.http.js';
export { profileHttpPorts } from './profile.http.js';
export { registrationHttpPorts } from './registration.http.js';
export { rmaHttpPorts } from './rma.http.js';
export { sessionsHttpPorts } from './sessions.http.js';
export { supportCaseHttpPorts } from './support-case.http.js';
export { supportInfoHttpPorts } from './support-info.http.js';
