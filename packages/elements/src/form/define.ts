/**
 * Registers `<gate-form>` with what some forms need loaded on demand, each as its own chunk the first time a form
 * needs it: step navigation for multi-step definitions, the file picker for forms with a file field, and `form-id`
 * (a form published to the server). This module has the side effect of defining the tag (tolerantly: a second
 * load is a no-op); import `GateForm` from `@gatehouse/elements/form` for the class alone.
 */
import { html } from 'lit';
import { GateForm, lazyWidgets } from './gate-form.element.js';
// Before register.js: the `form-id` attribute must be declared before the tag is defined.
import './published-hook.js';
import './register.js';

/** Loads the file picker once the first form with a file field is shown; until then such a field shows nothing. */
function loadFilePicker(host: GateForm): void {
  if (lazyWidgets.file || !host.compiled?.fields().some((f) => f.widget === 'file')) return;
  lazyWidgets.file = () => html``;
  void import('./form-file.js').then((m) => {
    lazyWidgets.file = m.renderFileField;
    host.requestUpdate();
  });
}

GateForm.loadSteps ??= (host) => {
  loadFilePicker(host);
  const form = host.compiled;
  const first = form?.steps?.()[0]?.id;
  // Only when no flow drives the steps: `step` unset, or set by the navigation itself.
  if ((host.stepper || !host.step) && first && (form?.steps?.().length ?? 0) > 1) {
    // The first step shows at once (not every step until the navigation arrived).
    if (!host.stepper) host.step = first;
    void import('./form-steps.js').then((m) => host.compiled === form && m.attachSteps(host));
  } else host.stepper?.detach();
};

export type { PublishedVersion } from './published-form.js';
export { GateForm };
