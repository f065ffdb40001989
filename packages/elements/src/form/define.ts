/**
 * Registers `<gate-form>` with what some forms need loaded on demand, each as its own chunk the first time a form
 * needs it: step navigation for multi-step definitions, the file picker for forms with a file field, and `form-id`
 * (a form published to the server); lists of typed items (`list-hook.ts`) come with it. This module has the side
 * effect of defining the tag (tolerantly: a second load is a no-op); import `GateForm` from `@gatehouse/elements/form` for the class alone.
 */
import { loadFilePicker } from './file-hook.js';
import { GateForm } from './gate-form.element.js';
import './list-hook.js';
// Before register.js: the `form-id` attribute must be declared before the tag is defined.
import './published-hook.js';
import './register.js';

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
