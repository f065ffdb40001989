import type { DataRightsPorts } from '../data-rights/data-rights.ports.js';
import type { EmailChangePorts } from '../email-change/email-change.ports.js';
import type { InvitationPorts } from '../invitation/invitation.ports.js';
import type { InvitationAcceptPorts } from '../invitation-accept/invitation-accept.ports.js';
import type { LoginBrowserPort, LoginPorts } from '../login/login.ports.js';
import type { MfaEnrollmentPorts } from '../mfa-enrollment/mfa-enrollment.ports.js';
import type { PasskeysPorts } from '../passkeys/passkeys.ports.js';
import type { PasswordChangePorts } from '../password-change/password-change.ports.js';
import type { PasswordResetPorts } from '../password-reset/password-reset.ports.js';
import type { ProfilePorts } from '../profile/profile.ports.js';
import type { RegistrationPorts } from '../registration/registration.ports.js';
import type { RmaPorts } from '../rma/rma.ports.js';
import type { SessionsPorts } from '../sessions/sessions.ports.js';
import type { SupportCasePorts } from '../support-case/support-case.ports.js';
import type { SupportInfoPorts } from '../support-info/support-info.ports.js';
import type { HttpClient } from './http-client.js';

/** Every browser-side port set by name, as `createHttpPorts` returns them for `machine.provide({ actors })`. */
export interface HttpPorts {
  registration: RegistrationPorts;
  /** Without the browser's WebAuthn ceremonies (`getPasskey`, `passkeyAutofill`): `<gate-login>` has them. */
  login: Omit<LoginPorts, LoginBrowserPort>;
  mfaEnrollment: MfaEnrollmentPorts;
  profile: ProfilePorts;
  passwordChange: PasswordChangePorts;
  passwordReset: PasswordResetPorts;
  supportInfo: SupportInfoPorts;
  supportCase: SupportCasePorts;
  rma: RmaPorts;
  invitation: InvitationPorts;
  invitationAccept: InvitationAcceptPorts;
  sessions: SessionsPorts;
  /** Without the browser's WebAuthn ceremony (`createPasskey`): `<gate-passkeys>` has it. */
  passkeys: Omit<PasskeysPorts, 'createPasskey'>;
  dataRights: DataRightsPorts;
  emailChange: EmailChangePorts;
}

/**
 * One flow's fetch port set: call it with a client (`registrationHttpPorts(createHttpClient({ baseUrl }))`) to get
 * the ports for `machine.provide({ actors })`. The one thing to know: `key` names the same set in
 * {@link HttpPorts}, so code holding a whole-adapter factory (the elements' `setHttpPorts`) can pick it.
 */
export type FlowHttpPorts<K extends keyof HttpPorts = keyof HttpPorts> = ((
  client: HttpClient,
) => HttpPorts[K]) & { readonly key: K };

/**
 * Tags a port-set builder with its {@link HttpPorts} key. Call it as `/* @__PURE__ *\/ flowHttpPorts(…)` so a
 * bundler drops an unused set even when its module is reached.
 */
export function flowHttpPorts<K extends keyof HttpPorts>(
  key: K,
  build: (client: HttpClient) => HttpPorts[K],
): FlowHttpPorts<K> {
  return Object.assign(build, { key });
}
