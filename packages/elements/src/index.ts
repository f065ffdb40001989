/**
 * `@gatehouse/elements`: the element classes and helpers, with no side effects (nothing is registered).
 * Register tags with `@gatehouse/elements/define` (all) or `@gatehouse/elements/form/define` (one element).
 */

export {
  type FlowPorts,
  GateFlowElement,
  type HttpPortsFactory,
  type StepView,
  setHttpPorts,
} from './flow/flow-element.js';
export type { FieldState, FormTexts, RenderableForm, RenderField } from './form/form-model.js';
export { type FormCompiler, GateForm } from './form/gate-form.element.js';
export { GateLogin } from './login/login.element.js';
export { GatePasswordChange } from './password-change/password-change.element.js';
export { GatePasswordReset } from './password-reset/password-reset.element.js';
export { GateRegistration } from './registration/registration.element.js';
export { defineElement } from './shared/define.js';
export type {
  GateChangeDetail,
  GateCompleteDetail,
  GateErrorDetail,
  GateEventMap,
  GateIssue,
  GateStepDetail,
  GateSubmitDetail,
} from './shared/events.js';
export { tokenDefaults } from './shared/tokens.js';
