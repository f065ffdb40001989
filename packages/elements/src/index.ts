/**
 * `@gatehouse/elements`: the element classes and helpers, with no side effects (nothing is registered).
 * Register tags with `@gatehouse/elements/define` (all) or `@gatehouse/elements/form/define` (one element).
 */

export {
  type ApprovalDecisionInput,
  type ApprovalFilter,
  type ApprovalItem,
  type ApprovalQueuePorts,
  type ApprovalQueueView,
  createApprovalsClient,
  GateApprovalQueue,
} from './approval-queue/index.js';
export { defineElement } from './common/define.js';
export type {
  GateChangeDetail,
  GateCompleteDetail,
  GateErrorDetail,
  GateEventMap,
  GateFormSubmittedDetail,
  GateIssue,
  GateStepDetail,
  GateSubmitDetail,
} from './common/events.js';
export { tokenDefaults } from './common/tokens.js';
export {
  type DataRightsOutput,
  type DataRightsView,
  GateDataRights,
} from './data-rights/data-rights.element.js';
export {
  type EmailChangeOutput,
  type EmailChangeView,
  GateEmailChange,
} from './email-change/email-change.element.js';
export {
  type FlowPorts,
  GateFlowElement,
  type HttpPortsFactory,
  type StepView,
  setHttpPorts,
} from './flow/flow-element.js';
export type { FieldState, FormTexts, RenderableForm, RenderField } from './form/form-model.js';
export { type FormCompiler, GateForm } from './form/gate-form.element.js';
export {
  GateInvitationAccept,
  type InvitationAcceptOutput,
  type InvitationAcceptView,
} from './invitation-accept/invitation-accept.element.js';
export {
  GateInviteUser,
  type InviteUserOutput,
  type InviteUserView,
} from './invite-user/invite-user.element.js';
export {
  GateLogin,
  type LoginOutput,
  type LoginView,
} from './login/login.element.js';
export { type LogoutOptions, logout } from './logout/index.js';
export {
  GateMfaEnrollment,
  type MfaEnrollmentOutput,
  type MfaEnrollmentView,
} from './mfa-enrollment/mfa-enrollment.element.js';
export { GatePasskeys, type PasskeysOutput, type PasskeysView } from './passkeys/passkeys.element.js';
export {
  GatePasswordChange,
  type PasswordChangeOutput,
  type PasswordChangeView,
} from './password-change/password-change.element.js';
export {
  GatePasswordReset,
  type PasswordResetOutput,
  type PasswordResetView,
} from './password-reset/password-reset.element.js';
export {
  GateProfile,
  type ProfileOutput,
  type ProfileView,
} from './profile/profile.element.js';
export {
  GateRegistration,
  type RegistrationOutput,
  type RegistrationView,
} from './registration/registration.element.js';
export {
  GateRmaRequest,
  type RmaRequestOutput,
  type RmaRequestView,
} from './rma-request/rma-request.element.js';
export {
  GateSessionWarnings,
  KNOWN_SESSION_WARNINGS,
} from './session-warnings/session-warnings.element.js';
export { GateSessions, type SessionsOutput, type SessionsView } from './sessions/sessions.element.js';
export {
  GateSupportCase,
  type SupportCaseOutput,
  type SupportCaseView,
} from './support-case/support-case.element.js';
export {
  GateSupportInfo,
  type SupportInfoOutput,
  type SupportInfoView,
} from './support-info/support-info.element.js';
