/**
 * Registers every Gatehouse element (side effect). Safe to load twice or next to another Lit: tags already
 * defined are left alone. Import a single element's `define` module instead to keep a page's bundle small.
 */
import './form/define.js';
import './registration/define.js';
import './login/define.js';
import './password-change/define.js';
import './passkeys/define.js';
import './password-reset/define.js';
import './mfa-enrollment/define.js';
import './profile/define.js';
import './sessions/define.js';
import './session-warnings/define.js';
import './data-rights/define.js';
import './email-change/define.js';
import './support-info/define.js';
import './support-case/define.js';
import './rma-request/define.js';
import './invite-user/define.js';
import './invitation-accept/define.js';
import './approval-queue/define.js';

export { GateApprovalQueue } from './approval-queue/approval-queue.element.js';
export { GateDataRights } from './data-rights/data-rights.element.js';
export { GateEmailChange } from './email-change/email-change.element.js';
export { GateForm } from './form/gate-form.element.js';
export { GateInvitationAccept } from './invitation-accept/invitation-accept.element.js';
export { GateInviteUser } from './invite-user/invite-user.element.js';
export { GateLogin } from './login/login.element.js';
export { GateMfaEnrollment } from './mfa-enrollment/mfa-enrollment.element.js';
export { GatePasskeys } from './passkeys/passkeys.element.js';
export { GatePasswordChange } from './password-change/password-change.element.js';
export { GatePasswordReset } from './password-reset/password-reset.element.js';
export { GateProfile } from './profile/profile.element.js';
export { GateRegistration } from './registration/registration.element.js';
export { GateRmaRequest } from './rma-request/rma-request.element.js';
export { GateSessionWarnings } from './session-warnings/session-warnings.element.js';
export { GateSessions } from './sessions/sessions.element.js';
export { GateSupportCase } from './support-case/support-case.element.js';
export { GateSupportInfo } from './support-info/support-info.element.js';
