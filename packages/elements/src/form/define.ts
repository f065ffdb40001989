/**
 * Registers `<gate-form>`. This module has the side effect of defining the tag (tolerantly: a second load is a
 * no-op); import `GateForm` from `@gatehouse/elements/form` for the class alone.
 */
import { defineElement } from '../common/define.js';
import { GateForm } from './gate-form.element.js';

defineElement('gate-form', GateForm);

export { GateForm };
