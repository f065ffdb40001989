/**
 * File fields of `<gate-form>`: drawn by the file picker (`form-file.ts`), a chunk loaded the first time a form
 * with a file field is shown. The element's own renderer is wrapped here instead of asking for a lookup inside it:
 * the flow elements register `<gate-form>` without this module (they have no file fields), so their first load
 * carries not one byte of it. Imported by `form/define`.
 */
import { html, type TemplateResult } from 'lit';
import type { RenderField } from './form-model.js';
import { GateForm, type RenderContext } from './gate-form.element.js';

/** `renderField` of `<gate-form>` (protected; reached here to wrap it). */
type DrawField = (this: GateForm, field: RenderField, ctx: RenderContext) => TemplateResult;

let picker: typeof import('./form-file.js').renderFileField | undefined;
let loading: Promise<void> | undefined;

const element = GateForm.prototype as unknown as { renderField: DrawField };
const drawOwn = element.renderField;
element.renderField = function drawField(field, ctx) {
  if (field.widget !== 'file') return drawOwn.call(this, field, ctx);
  // Until the picker arrived the field shows nothing (no text box a person could type a file name into).
  return picker ? picker(this, field, ctx) : html``;
};

/** Loads the file picker once a form with a file field is shown, and draws `host` again when it is there. */
export function loadFilePicker(host: GateForm): void {
  if (picker || !host.compiled?.fields().some((f) => f.widget === 'file')) return;
  loading ??= import('./form-file.js').then((m) => {
    picker = m.renderFileField;
  });
  void loading.then(() => host.requestUpdate());
}
