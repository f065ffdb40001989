/** `<gate-password-change>` without registering it. */
export { GatePasswordChange } from './password-change.element.js';
