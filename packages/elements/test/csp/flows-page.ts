/**
 * The flow elements' CSP page (served with the strict policy): runs `<gate-registration>` from the form through
 * the check-your-mailbox step, a resend, the confirmation link and approval, and `<gate-login>` through a one-time
 * password, the forced change and the MFA challenge, with stub ports. Then it reports every violation seen, and
 * runs `eval` as the positive control.
 */
import { violations } from './listen.js';
import '../../src/login/define.js';
import '../../src/registration/define.js';
import { fromPromise } from 'xstate';
import type { GateLogin } from '../../src/login/login.element.js';
import type { GateRegistration } from '../../src/registration/registration.element.js';

const ok = (output: unknown) => fromPromise(async () => output);
const until = async (check: () => unknown) => {
  const end = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timeout: ${check}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

async function type(host: Element, values: Record<string, string | boolean>) {
  for (const [pointer, value] of Object.entries(values)) {
    const control = host.querySelector<HTMLInputElement>(
      `gate-form[slot="form"] [data-pointer="${pointer}"]`,
    )!;
    if (typeof value === 'boolean') control.click();
    else {
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true }));
      control.dispatchEvent(new Event('blur'));
    }
  }
  await new Promise((r) => requestAnimationFrame(r));
}
const submit = (host: Element) =>
  host.querySelector<HTMLButtonElement>('gate-form[slot="form"] button[type=submit]')!.click();

async function run() {
  const steps: string[] = [];
  const reg = document.createElement('gate-registration') as GateRegistration;
  reg.persist = 'none';
  reg.input = { resendCooldown: 50, statusPollInterval: 20 };
  reg.ports = {
    register: ok({ id: 'r1' }),
    resendConfirmation: ok({}),
    confirmEmail: ok({ id: 'r1' }),
    getRegistrationStatus: ok({ status: 'approved' }),
  };
  reg.addEventListener('gate-step', (e) => steps.push(`registration:${e.detail.step}`));
  document.querySelector('#host')!.append(reg);
  await until(() => reg.step === 'editing');
  await type(reg, { '/email': 'info@gmail.com' });
  submit(reg);
  await type(reg, {
    '/givenName': 'Ada',
    '/familyName': 'Lovelace',
    '/email': 'ada.lovelace@analytical-engines.com',
    '/company': 'Analytical Engines Ltd',
    '/termsAccepted': true,
  });
  submit(reg);
  await until(() => reg.step === 'awaitingConfirmation.ready');
  reg.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
  await until(() => reg.step === 'awaitingConfirmation.coolingDown');
  reg.confirmationToken = 'token-1';
  await until(() => reg.step === 'approved');

  const login = document.createElement('gate-login') as GateLogin;
  login.persist = 'none';
  login.ports = {
    getSession: ok(null),
    authenticate: ok({ status: 'password-change-required' }),
    changePassword: ok({ status: 'mfa-required', methods: ['totp'] }),
    verifyMfa: ok({ status: 'ok', session: { user: { id: 'u1' } } }),
    sendMfaCode: ok({}),
  };
  login.addEventListener('gate-step', (e) => steps.push(`login:${e.detail.step}`));
  document.querySelector('#host')!.append(login);
  await until(() => login.step === 'credentials');
  await type(login, { '/email': 'ada.lovelace@analytical-engines.com', '/password': 'OneTime-1234' });
  submit(login);
  await until(() => login.step === 'changingPassword.editing');
  const strong = 'tangerine velvet lighthouse 42 orbit';
  await type(login, { '/newPassword': strong, '/confirmPassword': strong });
  submit(login);
  await until(() => login.step === 'mfaChallenge.awaitingCode');
  await type(login, { '/code': '123456' });
  submit(login);
  await until(() => login.step === 'authenticated');
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

  const before = [...violations];
  let evalBlocked = false;
  try {
    // biome-ignore lint/security/noGlobalEval: the positive control proves the policy is enforced on this page.
    (0, eval)('1');
  } catch {
    evalBlocked = true;
  }
  await new Promise((r) => setTimeout(r, 50));
  parent.postMessage(
    { type: 'gate-csp-flows', violations: before, afterProbe: violations.length, evalBlocked, steps },
    '*',
  );
}

run().catch((error) =>
  parent.postMessage({ type: 'gate-csp-flows', error: String(error), violations: [...violations] }, '*'),
);
