/**
 * Registers every Gatehouse element (side effect). Safe to load twice or next to another Lit: tags already
 * defined are left alone. Import a single element's `define` module instead to keep a page's bundle small.
 */
import './form/define.js';

export { GateForm } from './form/gate-form.element.js';
