/** `<gate-login>` without registering it. */
export {
  GateLogin,
  type LoginOutput,
  type LoginView,
} from './login.element.js';
