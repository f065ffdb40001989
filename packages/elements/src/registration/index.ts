/** `<gate-registration>` without registering it. */
export {
  GateRegistration,
  type RegistrationOutput,
  type RegistrationView,
} from './registration.element.js';
export { registrationTexts } from './registration.texts.js';
