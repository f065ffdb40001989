/**
 * Development only: lets `<gate-form>` take a raw `definition` by compiling it at run time with ajv, and registers
 * the tag (as `form/define` does), so this import alone gives a page a working form.
 * Never load this under a strict CSP or in production: runtime compilation needs `unsafe-eval` and ~38 KB of ajv;
 * production pages pass a form built with `gatehouse-forms build`.
 */
import { compileForm } from '@gatehouse/forms/compile';
import { GateForm } from './define.js';
import type { RenderableForm } from './form-model.js';

GateForm.compiler = (definition) =>
  compileForm(definition as Parameters<typeof compileForm>[0]) as RenderableForm;

export { GateForm };
