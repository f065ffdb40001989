/**
 * Turns a flow's form (what `@gatehouse/flows` exports next to each machine) into something `<gate-form>` renders.
 *
 * A flow form that already is a compiled form (a build-time module from `gatehouse-forms build`, which the flows
 * are moving to) is used as it is. Until then the flows only carry the definition, and it is compiled here with the
 * forms runtime compiler, exactly as the machines' own guards do today; this is the one place to delete when the
 * flows ship compiled forms.
 */
import { compileForm } from '@gatehouse/forms/compile';
import type { RenderableForm } from '../form/form-model.js';

/** A flow's form as exported by `@gatehouse/flows` (`registrationForm`, `loginForm`, …). */
export interface FlowFormLike {
  readonly id: string;
  readonly definition?: unknown;
}

const cache = new WeakMap<object, RenderableForm>();

/**
 * The renderable form of a flow form. Throws a `GatehouseError`-shaped error (from the compiler) when the
 * definition is invalid; callers must catch it at the element edge and emit `gate-error`.
 */
export function renderableForm(flowForm: FlowFormLike): RenderableForm {
  if (typeof (flowForm as Partial<RenderableForm>).fields === 'function')
    return flowForm as unknown as RenderableForm;
  let form = cache.get(flowForm);
  if (!form) {
    form = compileForm(flowForm.definition as Parameters<typeof compileForm>[0]) as RenderableForm;
    cache.set(flowForm, form);
  }
  return form;
}
