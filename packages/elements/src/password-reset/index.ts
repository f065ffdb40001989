/** `<gate-password-reset>` without registering it. */
export {
  GatePasswordReset,
  type PasswordResetOutput,
  type PasswordResetView,
} from './password-reset.element.js';
