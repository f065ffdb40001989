/**
 * How the generated RMA suite drives `<gate-rma-request>`: SUBMIT types the serial and description, confirms
 * the pre-filled address and presses Request RMA; CANCEL and EDIT press the step's buttons.
 */
import type { PageAdapter } from '@gatehouse/check/browser';
import '../../src/rma-request/define.js';
import { buttonsOf, expectStep, type FlowPage, mountFlow, press, submitForm } from './flow-page.js';

/** How the page performs each event of the model. */
const events: PageAdapter<FlowPage>['events'] = {
  SUBMIT: (el, event) => submitForm(el, (event as unknown as { data: Record<string, unknown> }).data),
  // The partner referral offers no Cancel button although the flow accepts CANCEL there (this suite
  // found it): there the host's `send` stands in for the missing button.
  CANCEL: (el, event) => (el.step === 'referred' ? el.send(event as never) : press(el, 'Cancel')),
  EDIT: (el) => press(el, 'Mistyped? Correct the serial number'),
};

/** The adapter for an RMA element under `tag`. */
export function rmaAdapter(tag = 'gate-rma-request'): PageAdapter<FlowPage> {
  return {
    mount: (setup) => mountFlow(tag, setup),
    unmount: (el) => el.remove(),
    events,
    states: {
      loading: (el) => expectStep(el, 'Loading your delivery address…', true),
      editing: (el) => expectStep(el, 'Return a device (RMA)', false),
      checkingHardware: (el) => expectStep(el, 'Return a device (RMA)', true),
      submitting: (el) => expectStep(el, 'Return a device (RMA)', true),
      referred: (el) => {
        expectStep(el, 'This device is partner hardware');
        if (!buttonsOf(el).includes('Mistyped? Correct the serial number'))
          throw new Error(`no way back to the form (buttons: ${buttonsOf(el).join(', ')})`);
      },
      submitted: (el) => expectStep(el, 'RMA requested'),
      cancelled: (el) => expectStep(el, 'No RMA requested'),
    },
  };
}

export default rmaAdapter();
