/**
 * Development only: lets `<gate-form>` take a raw `definition` by compiling it at run time with ajv.
 * Never load this under a strict CSP or in production: runtime compilation needs `unsafe-eval` and ~38 KB of ajv;
 * production pages pass a form built with `gatehouse-forms build`.
 */
import { compileForm } from '@gatehouse/forms/compile';
import type { RenderableForm } from './form-model.js';
import { GateForm } from './gate-form.element.js';

GateForm.compiler = (definition) =>
  compileForm(definition as Parameters<typeof compileForm>[0]) as RenderableForm;

export { GateForm };
