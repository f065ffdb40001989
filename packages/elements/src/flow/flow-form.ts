/**
 * The forms a flow element renders are the flows' own: `@gatehouse/flows` ships each machine's form as a
 * build-time compiled module (`gatehouse-forms build`), the very object its SUBMIT guards validate with. Nothing is
 * compiled in the browser (no ajv, no code generation), so the elements run under `script-src 'self'`.
 */

import { elementError } from '../common/errors.js';
import type { RenderableForm } from '../form/form-model.js';

/** A flow's form as exported by `@gatehouse/flows` (`registrationForm`, `loginForm`, …). */
export interface FlowFormLike {
  readonly id: string;
}

/**
 * The renderable form of a flow form: the compiled form itself. Throws a `GatehouseError` (`not-compiled`) for an
 * object without the compiled-form interface (an old flows build that only carried a definition).
 */
export function renderableForm(flowForm: FlowFormLike): RenderableForm {
  if (typeof (flowForm as Partial<RenderableForm>).fields === 'function') return flowForm as RenderableForm;
  throw elementError('not-compiled', `flow form "${flowForm.id}" is not compiled (pass a built one)`, {
    form: flowForm.id,
  });
}
