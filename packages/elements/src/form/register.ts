/**
 * Registers `<gate-form>` without the on-demand step navigation: what the flow elements' `define` modules use,
 * since their machines drive their own steps. Side effect: defines the tag (tolerantly: a second load is a no-op).
 * Pages that render a multi-step `<gate-form>` themselves import `@gatehouse/elements/form/define` instead.
 */
import { defineElement } from '../common/define.js';
import { GateForm } from './gate-form.element.js';

defineElement('gate-form', GateForm);

export { GateForm };
