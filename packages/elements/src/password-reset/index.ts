/** `<gate-password-reset>` without registering it. */
export { GatePasswordReset } from './password-reset.element.js';
