import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/login/define.js';
import type { GateLogin } from '../../src/login/login.element.js';
import { deepActive, fill, heading, portError, record, stubPort, until } from './stub-port.js';

const password = 'correct horse battery staple';
const strong = 'tangerine velvet lighthouse 42 orbit';
const session = { user: { id: 'u1', email: 'ada@analytical-engines.com' } };

function ports() {
  return {
    getSession: stubPort({ output: null }),
    authenticate: stubPort({ output: { status: 'ok', session } }),
    changePassword: stubPort({ output: { status: 'ok', session } }),
    verifyMfa: stubPort({ output: { status: 'ok', session } }),
    sendMfaCode: stubPort({ output: {} }),
  };
}
type Ports = ReturnType<typeof ports>;
const logic = (p: Ports) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.logic]));

async function mount(p = ports(), persist = 'none') {
  const el = await fixture<GateLogin>(
    html`<gate-login lang="en" persist=${persist} .ports=${logic(p)}><a slot="links" href="/reset">Forgot your password?</a></gate-login>`,
  );
  await until(() => el.step && el.step !== 'checkingSession');
  await el.updateComplete;
  return { el, p };
}

const submit = (el: GateLogin) =>
  el.querySelector<HTMLButtonElement>('gate-form[slot="form"] button[type=submit]')!.click();

describe('<gate-login>', () => {
  it('an existing SSO session completes without asking', async () => {
    const p = ports();
    p.getSession.answer({ output: session });
    const el = document.createElement('gate-login') as GateLogin;
    const done = record(el, 'gate-complete');
    el.persist = 'none';
    el.ports = logic(p);
    await fixture(html`<div>${el}</div>`);
    await until(() => el.step === 'authenticated');
    await until(() => done.length === 1);
    expect(done[0]!.detail.output).to.deep.equal({ session });
    expect(p.authenticate.calls).to.have.length(0);
  });

  it('credentials: username/current-password inputs in a real light-DOM form, links slot; axe clean; Enter submits', async () => {
    const { el, p } = await mount();
    expect(heading(el)).to.equal('Sign in');
    // Chromium has WebAuthn: the e-mail field also offers passkeys among its suggestions (autofill).
    await until(() => document.querySelector('gate-login input[autocomplete="username webauthn"]') !== null);
    const pw = document.querySelector<HTMLInputElement>(
      'gate-login form input[autocomplete="current-password"]',
    )!;
    expect(pw.type).to.equal('password');
    await expect(el).to.be.accessible();
    await fill(el, { '/email': 'ada@analytical-engines.com', '/password': password });
    pw.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.step === 'authenticated');
    expect(p.authenticate.calls).to.deep.equal([{ email: 'ada@analytical-engines.com', password }]);
  });

  it('a wrong password and an unknown e-mail give the same alert', async () => {
    const p = ports();
    p.authenticate.answer({ output: { status: 'invalid' } });
    const { el } = await mount(p);
    const errors = record(el, 'gate-error');
    await fill(el, { '/email': 'nobody@analytical-engines.com', '/password': 'nope' });
    // As a pointer user does: the pressed button has focus, and loses it while the form is busy.
    el.querySelector<HTMLButtonElement>('gate-form[slot="form"] button[type=submit]')!.focus();
    p.authenticate.hold();
    submit(el);
    await until(() => el.step === 'authenticating');
    await el.updateComplete;
    p.authenticate.release();
    await until(() => errors.length === 1);
    await el.updateComplete;
    expect(errors[0]!.detail.code).to.equal('invalid-credentials');
    expect(el.shadowRoot!.querySelector('[part="alert"]')!.textContent).to.contain(
      'e-mail address or the password',
    );
    await expect(el).to.be.accessible();
  });

  it('one-time password → forced change (new-password inputs, hints) → MFA challenge → signed in; axe on each step', async () => {
    const p = ports();
    p.authenticate.answer({ output: { status: 'password-change-required' } });
    p.changePassword.answer({ output: { status: 'mfa-required', methods: ['totp', 'email'] } });
    const { el } = await mount(p);
    const steps = record(el, 'gate-step');
    await fill(el, { '/email': 'ada@analytical-engines.com', '/password': 'OneTime-1234' });
    submit(el);
    await until(() => el.step === 'changingPassword.editing');
    await el.updateComplete;
    expect(heading(el)).to.equal('Choose a new password');
    expect(deepActive()?.id).to.equal('heading');
    expect(el.querySelectorAll('gate-form[slot="form"] input[autocomplete="new-password"]')).to.have.length(
      2,
    );
    await expect(el).to.be.accessible();
    await fill(el, { '/newPassword': strong, '/confirmPassword': strong });
    submit(el);
    await until(() => el.step === 'mfaChallenge.awaitingCode');
    await el.updateComplete;
    expect(p.changePassword.calls).to.deep.equal([{ newPassword: strong }]);
    expect(heading(el)).to.equal('Verify it is you');
    const code = el.querySelector<HTMLInputElement>(
      'gate-form[slot="form"] input[autocomplete="one-time-code"]',
    )!;
    expect(code).to.exist;
    await expect(el).to.be.accessible();
    // Resend an e-mail code; the button then counts down.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="resend"]')!.click();
    await until(() => p.sendMfaCode.calls.length === 1);
    await until(() => el.step === 'mfaChallenge.awaitingCode');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.match(/new code can be sent in \d+ s/);
    await fill(el, { '/code': '123456' });
    submit(el);
    await until(() => el.step === 'authenticated');
    expect(p.verifyMfa.calls).to.deep.equal([{ method: 'totp', code: '123456' }]);
    expect(steps.map((s) => s.detail.step)).to.include.members([
      'authenticating',
      'changingPassword.submitting',
      'mfaChallenge.verifying',
    ]);
    // The public steps a host routes on: no machine state paths, each change reported once per state change.
    const views = [...new Set(steps.map((s) => s.detail.view))];
    expect(views).to.deep.equal(['credentials', 'changingPassword', 'mfaChallenge', 'authenticated']);
  });

  it('a lost second factor: "Recovery code" shows its own field, and the code goes to verifyMfa as the answer', async () => {
    const p = ports();
    p.authenticate.answer({ output: { status: 'mfa-required', methods: ['totp', 'recovery'] } });
    const { el } = await mount(p);
    await fill(el, { '/email': 'ada@analytical-engines.com', '/password': password });
    submit(el);
    await until(() => el.step === 'mfaChallenge.awaitingCode');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Choose “Recovery code”');
    const form = el.querySelector('gate-form[slot="form"]')!;
    expect(form.querySelector('[data-pointer="/recoveryCode"]')).to.equal(null);
    const recovery = [...form.querySelectorAll('label.gate-choice')].find((l) =>
      l.textContent!.includes('Recovery code'),
    )!;
    recovery.querySelector('input')!.click();
    await until(() => form.querySelector('[data-pointer="/recoveryCode"]'));
    expect(form.querySelector('[data-pointer="/code"]')).to.equal(null);
    await expect(el).to.be.accessible();
    await fill(el, { '/recoveryCode': 'not a code' });
    submit(el);
    await until(() => /10 letters and digits/.test(form.textContent!));
    expect(p.verifyMfa.calls).to.have.length(0);
    // A used or wrong code is said at the recovery-code field, not at the hidden digits field.
    p.verifyMfa.answer({ output: { status: 'invalid' } }, { output: { status: 'ok', session } });
    await fill(el, { '/recoveryCode': 'zzzzz-zzzzz' });
    submit(el);
    await until(() => /not correct or was already used/.test(form.textContent!));
    expect(form.querySelector('[data-pointer="/recoveryCode"]')!.getAttribute('aria-invalid')).to.equal(
      'true',
    );
    await fill(el, { '/recoveryCode': 'ABCDE-FGHJK' });
    submit(el);
    await until(() => el.step === 'authenticated');
    expect(p.verifyMfa.calls).to.deep.equal([
      { method: 'recovery', code: 'zzzzz-zzzzz' },
      { method: 'recovery', code: 'ABCDE-FGHJK' },
    ]);
  });

  it('locked: a countdown, no form; axe clean', async () => {
    const p = ports();
    p.authenticate.answer({
      output: { status: 'locked', until: new Date(Date.now() + 90_000).toISOString() },
    });
    const { el } = await mount(p);
    await fill(el, { '/email': 'ada@analytical-engines.com', '/password': 'x' });
    submit(el);
    await until(() => el.step === 'locked');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.match(/try again in (89|90) s/);
    expect(el.querySelector('gate-form[slot="form"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('persists the MFA step without any password or code in storage', async () => {
    sessionStorage.clear();
    const p = ports();
    p.authenticate.answer({ output: { status: 'mfa-required', methods: ['totp'] } });
    const { el } = await mount(p, 'session');
    await fill(el, { '/email': 'ada@analytical-engines.com', '/password': password });
    submit(el);
    await until(() => el.step === 'mfaChallenge.awaitingCode');
    await fill(el, { '/code': '654321' });
    p.verifyMfa.answer({ output: { status: 'invalid' } });
    submit(el);
    await until(() => p.verifyMfa.calls.length === 1 && el.step === 'mfaChallenge.awaitingCode');
    const stored = sessionStorage.getItem('gatehouse:login')!;
    expect(stored).to.contain('mfaChallenge');
    expect(stored).not.to.contain(password);
    expect(stored).not.to.contain('654321');
    el.remove();
    const again = await fixture<GateLogin>(html`<gate-login lang="en" .ports=${logic(p)}></gate-login>`);
    await until(() => again.step === 'mfaChallenge.awaitingCode');
    again.remove();
    sessionStorage.clear();
  });
});
