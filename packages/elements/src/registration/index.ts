/** `<gate-registration>` without registering it. */
export { GateRegistration } from './registration.element.js';
export { registrationTexts } from './registration.texts.js';
