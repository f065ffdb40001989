/** `<gate-form>` without registering it: the class, its form contract and styles. */

export * from './form-model.js';
export { type FormCompiler, GateForm } from './gate-form.element.js';
export { gateFormCss } from './gate-form.styles.js';
