/** `<gate-login>` without registering it. */
export { GateLogin } from './login.element.js';
