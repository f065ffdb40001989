/**
 * Registers every Gatehouse element (side effect). Safe to load twice or next to another Lit: tags already
 * defined are left alone. Import a single element's `define` module instead to keep a page's bundle small.
 */
import './form/define.js';
import './registration/define.js';
import './login/define.js';
import './password-change/define.js';
import './password-reset/define.js';

export { GateForm } from './form/gate-form.element.js';
export { GateLogin } from './login/login.element.js';
export { GatePasswordChange } from './password-change/password-change.element.js';
export { GatePasswordReset } from './password-reset/password-reset.element.js';
export { GateRegistration } from './registration/registration.element.js';
