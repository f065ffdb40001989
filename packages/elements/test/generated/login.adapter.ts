/**
 * How the generated login suite drives `<gate-login>`: SUBMIT types into the step's form and presses its
 * button, RESEND and CANCEL press the step's buttons; each state is recognised by its heading, whether the
 * step is busy, and the buttons it offers.
 */
import type { PageAdapter } from '@gatehouse/check/browser';
import '../../src/login/define.js';
import { expectButtons, expectStep, type FlowPage, mountFlow, press, submitForm } from './flow-page.js';

/** How the page performs each event of the model. */
const events: PageAdapter<FlowPage>['events'] = {
  SUBMIT: (el, event) => submitForm(el, (event as unknown as { data: Record<string, unknown> }).data),
  RESEND: (el) =>
    press(
      el,
      el.shadowRoot?.textContent?.includes('Send a new') ? 'Send a new e-mail code' : 'Send a code by e-mail',
    ),
  CANCEL: (el) => press(el, 'Cancel'),
};

/** The adapter for a login element under `tag` (a test plants bugs in a copy registered under another tag). */
export function loginAdapter(tag = 'gate-login'): PageAdapter<FlowPage> {
  return {
    mount: (setup) => mountFlow(tag, setup),
    unmount: (el) => el.remove(),
    events,
    states: {
      checkingSession: (el) => expectStep(el, 'Signing you in…', true),
      credentials: (el) => expectStep(el, 'Sign in', false),
      authenticating: (el) => expectStep(el, 'Sign in', true),
      'changingPassword.editing': (el) => {
        expectStep(el, 'Choose a new password', false);
        expectButtons(el, 'Cancel');
      },
      'changingPassword.submitting': (el) => expectStep(el, 'Choose a new password', true),
      'mfaChallenge.awaitingCode': (el) => {
        expectStep(el, 'Verify it is you', false);
        expectButtons(el, 'Cancel');
      },
      mfaChallenge: (el) => expectStep(el, 'Verify it is you', true),
      locked: (el) => expectStep(el, 'Sign-in paused'),
      authenticated: (el) => expectStep(el, 'You are signed in'),
    },
  };
}

export default loginAdapter();
