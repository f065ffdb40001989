/**
 * The MFA challenge's form for the methods a user actually enrolled: the method choice lists only those, and
 * disappears when there is just one (the method is then given with the data, not asked).
 */
import type { RenderableForm, RenderField } from '../form/form-model.js';

/** `form` with its `/method` choice narrowed to `methods` (hidden when only one is left). */
export function withMethods(form: RenderableForm, methods: readonly string[]): RenderableForm {
  const fields = (): RenderField[] =>
    form.fields().flatMap((f) => {
      if (f.pointer !== '/method') return [f];
      if (methods.length < 2) return [];
      return [{ ...f, options: (f.options ?? []).filter((o) => methods.includes(String(o.value))) }];
    });
  return Object.create(form, { fields: { value: fields } }) as RenderableForm;
}
