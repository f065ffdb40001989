/** `<gate-password-change>` without registering it. */
export {
  GatePasswordChange,
  type PasswordChangeOutput,
  type PasswordChangeView,
} from './password-change.element.js';
