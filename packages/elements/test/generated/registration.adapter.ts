/**
 * How the generated registration suite drives `<gate-registration>`: SUBMIT types into the form and presses
 * Register, RESEND and EDIT press the step's buttons, CONFIRM opens the link (the `confirmation-token`
 * property), APPROVED and REJECTED come from the host (the element's `send`). States are recognised by
 * heading, busy and buttons.
 */
import type { PageAdapter } from '@gatehouse/check/browser';
import type { EventObject } from 'xstate';
import '../../src/registration/define.js';
import { expectButtons, expectStep, type FlowPage, mountFlow, press, submitForm } from './flow-page.js';

type Registration = FlowPage & { confirmationToken: string };

/** How the page performs each event of the model. */
const events: PageAdapter<Registration>['events'] = {
  SUBMIT: (el, event) => submitForm(el, (event as unknown as { data: Record<string, unknown> }).data),
  RESEND: (el) => press(el, 'Send the link again'),
  EDIT: (el) => press(el, 'Change my details'),
  // Opening the link: the element sends CONFIRM itself once its `confirmation-token` is set.
  CONFIRM: (el, event) => {
    el.confirmationToken = String((event as { token?: string }).token);
  },
  // Decisions arrive from the host page.
  APPROVED: (el, event) => el.send(event as EventObject as never),
  REJECTED: (el, event) => el.send(event as EventObject as never),
};

/** The adapter for a registration element under `tag`. */
export function registrationAdapter(tag = 'gate-registration'): PageAdapter<Registration> {
  return {
    mount: (setup) => mountFlow(tag, setup) as Promise<Registration>,
    unmount: (el) => el.remove(),
    events,
    states: {
      editing: (el, { step }) =>
        step.event.type.startsWith('xstate.error.actor.') &&
        (step.event.error as { $error?: { code?: string } })?.$error?.code === 'invalid-token'
          ? expectStep(el, 'This link cannot be used')
          : expectStep(el, 'Register your company', false),
      submitting: (el) => expectStep(el, 'Register your company', true),
      'awaitingConfirmation.resending': (el) => expectStep(el, 'Check your mailbox', true),
      awaitingConfirmation: (el) => {
        expectStep(el, 'Check your mailbox', false);
        expectButtons(el, 'Send the link again', 'Change my details');
      },
      confirming: (el) => expectStep(el, 'Confirming your e-mail address…', true),
      awaitingApproval: (el) => expectStep(el, 'Waiting for approval'),
      approved: (el) => expectStep(el, 'Registration approved'),
      rejected: (el) => expectStep(el, 'Registration not approved'),
      expired: (el) => expectStep(el, 'Confirmation link expired'),
    },
  };
}

export default registrationAdapter();
