/**
 * Registers `<gate-form>` with step navigation for multi-step definitions, loaded as its own chunk the first time
 * a form with several steps is shown, and with `form-id` (a form published to the server, loaded on demand). This
 * module has the side effect of defining the tag (tolerantly: a second load is a no-op); import `GateForm` from
 * `@gatehouse/elements/form` for the class alone.
 */
import { GateForm } from './gate-form.element.js';
// Before register.js: the `form-id` attribute must be declared before the tag is defined.
import './published-hook.js';
import './register.js';

GateForm.loadSteps ??= (host) => {
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
