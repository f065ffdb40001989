/**
 * The registration flow's machine with the answers its ports may give, for the generated browser suite of
 * `<gate-registration>`. The link's 24-hour lifetime never runs out here (`neverFire`): a browser test
 * cannot wait for it; the expired page is still reached through an expired link.
 */
import { defineModel } from '@gatehouse/check';
import { registrationMachine } from '@gatehouse/flows/registration';
import { withoutTimes } from './model-key.js';

const valid = {
  givenName: 'Ada',
  familyName: 'Lovelace',
  email: 'ada.lovelace@analytical-engines.com',
  company: 'Analytical Engines Ltd',
  termsAccepted: true,
};
const rejected = (code: string) => ({
  error: Object.assign(new Error(code), { name: 'GatehouseError', code }),
});
const linkRefused = (s: { context: { issues: Array<{ code: string }> } }) =>
  s.context.issues.some((i) => i.code === 'invalid-token');

export default defineModel({
  name: 'registration',
  machine: registrationMachine,
  options: {
    input: { resendCooldown: 20, statusPollInterval: 20 },
    events: {
      // A refused link shows no form (only "start again"), and a link is opened once.
      SUBMIT: (s) => (linkRefused(s) ? [] : [{ data: valid }]),
      CONFIRM: (s) => (linkRefused(s) || s.context.confirmed ? [] : [{ token: 'link-token' }]),
      RESEND: [{}],
      EDIT: [{}],
      APPROVED: [{}],
      REJECTED: [{ reason: 'Not a customer' }],
    },
    actors: {
      register: [{ output: { id: 'reg-1' } }, rejected('rate-limited')],
      resendConfirmation: [{ output: {} }],
      confirmEmail: [{ output: { id: 'reg-1' } }, rejected('invalid-token'), rejected('expired-token')],
      getRegistrationStatus: [
        { output: { status: 'pending-approval' } },
        { output: { status: 'approved' } },
        { output: { status: 'rejected', reason: 'Not a customer' } },
      ],
    },
    neverFire: ['confirmationExpiry'],
    key: withoutTimes,
  },
});
