/**
 * `@gatehouse/elements`: the element classes and helpers, with no side effects (nothing is registered).
 * Register tags with `@gatehouse/elements/define` (all) or `@gatehouse/elements/form/define` (one element).
 */

export {
  type ApprovalDecisionInput,
  type ApprovalFilter,
  type ApprovalItem,
  type ApprovalQueuePorts,
  createApprovalsClient,
  GateApprovalQueue,
} from './approval-queue/index.js';
export { defineElement } from './common/define.js';
export type {
  GateChangeDetail,
  GateCompleteDetail,
  GateErrorDetail,
  GateEventMap,
  GateIssue,
  GateStepDetail,
  GateSubmitDetail,
} from './common/events.js';
export { tokenDefaults } from './common/tokens.js';
export {
  type FlowPorts,
  GateFlowElement,
  type HttpPortsFactory,
  type StepView,
  setHttpPorts,
} from './flow/flow-element.js';
export type { FieldState, FormTexts, RenderableForm, RenderField } from './form/form-model.js';
export { type FormCompiler, GateForm } from './form/gate-form.element.js';
export { GateInvitationAccept } from './invitation-accept/invitation-accept.element.js';
export { GateInviteUser } from './invite-user/invite-user.element.js';
export { GateLogin } from './login/login.element.js';
export { GateMfaEnrollment } from './mfa-enrollment/mfa-enrollment.element.js';
export { GatePasswordChange } from './password-change/password-change.element.js';
export { GatePasswordReset } from './password-reset/password-reset.element.js';
export { GateProfile } from './profile/profile.element.js';
export { GateRegistration } from './registration/registration.element.js';
export { GateRmaRequest } from './rma-request/rma-request.element.js';
export { GateSupportCase } from './support-case/support-case.element.js';
export { GateSupportInfo } from './support-info/support-info.element.js';
