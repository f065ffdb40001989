import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/registration/define.js';
// German is opt-in (a locale module); these tests check German pages too.
import '../../src/locales/de.js';
import type { GateRegistration } from '../../src/registration/registration.element.js';
import { deepActive, fill, heading, portError, record, stubPort, until } from './stub-port.js';

const xss = '<img src=x onerror="window.__xss=1">';
const valid = {
  '/givenName': 'Ada',
  '/familyName': 'Lovelace',
  '/email': 'ada.lovelace@analytical-engines.com',
  '/company': 'Analytical Engines Ltd',
  '/termsAccepted': true,
};

function ports() {
  return {
    register: stubPort({ output: { id: 'r1' } }),
    resendConfirmation: stubPort({ output: {} }),
    confirmEmail: stubPort({ output: { id: 'r1' } }),
    getRegistrationStatus: stubPort({ output: { status: 'pending-approval' } }),
  };
}
type Ports = ReturnType<typeof ports>;
const logic = (p: Ports) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.logic]));

async function mount(p = ports(), extra: { input?: object; token?: string } = {}) {
  const el = await fixture<GateRegistration>(html`<gate-registration
    lang="en"
    persist="none"
    no-reply-sender="no-reply@portal.example"
    confirmation-token=${extra.token ?? ''}
    .input=${extra.input ?? { resendCooldown: 150, statusPollInterval: 20 }}
    .ports=${logic(p)}
  ></gate-registration>`);
  await until(() => el.step);
  await el.updateComplete;
  return { el, p };
}

async function submitValid(el: GateRegistration) {
  await fill(el, valid);
  el.querySelector<HTMLButtonElement>('gate-form[slot="form"] button[type=submit]')!.click();
  await until(() => el.step?.startsWith('awaitingConfirmation'));
  await el.updateComplete;
}

describe('<gate-registration>', () => {
  it('editing: the form in light DOM with asterisks, the "still required" pane and the sender reminder; axe clean', async () => {
    const { el } = await mount();
    expect(el.step).to.equal('editing');
    expect(heading(el)).to.equal('Register your company');
    const form = el.querySelector('gate-form[slot="form"]')!;
    expect(form.querySelector('form input[autocomplete="username"]')).to.exist;
    expect(form.querySelectorAll('.gate-mark').length).to.equal(5);
    const pane = () =>
      [...form.querySelectorAll('[part="required-pane"] li')].map((li) => li.textContent!.trim());
    expect(pane()).to.include('Business e-mail');
    await fill(el, { '/email': valid['/email'] });
    expect(pane()).not.to.include('Business e-mail');
    expect(el.shadowRoot!.textContent).to.contain('no-reply@portal.example');
    await expect(el).to.be.accessible();
  });

  it('an invalid submit never calls register and focuses the first invalid field', async () => {
    const { el, p } = await mount();
    await fill(el, { '/givenName': 'Ada', '/email': 'info@gmail.com' });
    el.querySelector<HTMLButtonElement>('gate-form[slot="form"] button[type=submit]')!.click();
    await until(() => deepActive()?.getAttribute('aria-invalid') === 'true');
    expect(p.register.calls).to.have.length(0);
    expect(el.step).to.equal('editing');
  });

  it('submitting → check your mailbox: busy form, then heading focused and announced, spam hint, resend countdown; axe clean', async () => {
    const { el, p } = await mount();
    const events = record(el, 'gate-step');
    p.register.hold();
    await fill(el, valid);
    el.querySelector<HTMLButtonElement>('gate-form[slot="form"] button[type=submit]')!.click();
    await until(() => el.step === 'submitting');
    await el.updateComplete;
    expect(el.querySelector('gate-form[slot="form"]')!.hasAttribute('disabled')).to.equal(true);
    p.register.release();
    await until(() => el.step?.startsWith('awaitingConfirmation'));
    await el.updateComplete;
    expect(p.register.calls).to.deep.equal([
      {
        data: {
          givenName: 'Ada',
          familyName: 'Lovelace',
          email: valid['/email'],
          company: valid['/company'],
          termsAccepted: true,
        },
      },
    ]);
    expect(heading(el)).to.equal('Check your mailbox');
    expect(deepActive()?.id).to.equal('heading');
    expect(el.shadowRoot!.querySelector('[part="announcer"]')!.textContent).to.equal('Check your mailbox');
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain(valid['/email']);
    expect(text).to.contain('spam');
    expect(text).to.contain('no-reply@portal.example');
    const resend = el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!;
    expect(resend.disabled).to.equal(true);
    expect(text).to.match(/new link in \d+ s/);
    expect(events.map((e) => e.detail.step)).to.deep.equal([
      'submitting',
      'awaitingConfirmation.coolingDown',
    ]);
    // The form stays mounted (unslotted), ready for EDIT.
    expect(el.querySelectorAll('gate-form')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('resend becomes possible after the cooldown, works from the keyboard, and EDIT returns to the same filled form', async () => {
    const { el, p } = await mount();
    const form = el.querySelector('gate-form');
    await submitValid(el);
    await until(() => el.step === 'awaitingConfirmation.ready');
    await el.updateComplete;
    const resend = el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!;
    expect(resend.disabled).to.equal(false);
    resend.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => p.resendConfirmation.calls.length === 1);
    expect(p.resendConfirmation.calls[0]).to.deep.equal({ id: 'r1' });
    await until(() => el.step === 'awaitingConfirmation.coolingDown');
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')[1]!.click();
    await until(() => el.step === 'editing');
    await el.updateComplete;
    expect(el.querySelector('gate-form')).to.equal(form);
    expect(el.querySelector<HTMLInputElement>('[data-pointer="/email"]')!.value).to.equal(valid['/email']);
  });

  it('a used confirmation link says so instead of an empty form under the error; it offers a new registration', async () => {
    const p = ports();
    p.confirmEmail.answer({ error: portError('invalid-token') });
    const { el } = await mount(p, { token: 'used-token' });
    await until(() => p.confirmEmail.calls.length === 1 && el.step === 'editing');
    await el.updateComplete;
    expect(heading(el)).to.equal('This link cannot be used');
    expect(el.querySelector('gate-form[slot="form"]')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('already used');
    await expect(el).to.be.accessible();
    [...el.shadowRoot!.querySelectorAll('button')]
      .find((b) => b.textContent!.includes('Register again'))!
      .click();
    await until(() => el.step === 'editing' && heading(el) !== 'This link cannot be used');
    await el.updateComplete;
    expect(el.querySelector('gate-form[slot="form"]')).to.exist;
  });

  it('confirmation link → confirming → pending approval (axe clean) → approved completes the flow', async () => {
    const p = ports();
    p.confirmEmail.hold();
    const { el } = await mount(p, { token: 'tok-123' });
    const events = record(el, 'gate-complete');
    await until(() => el.step === 'confirming');
    await el.updateComplete;
    expect(heading(el)).to.contain('Confirming');
    p.getRegistrationStatus.answer({ output: { status: 'pending-approval' } });
    p.confirmEmail.release();
    await until(() => el.step?.startsWith('awaitingApproval'));
    await el.updateComplete;
    expect(p.confirmEmail.calls).to.deep.equal([{ token: 'tok-123' }]);
    expect(heading(el)).to.equal('Waiting for approval');
    expect(el.shadowRoot!.textContent).to.contain('24 hours');
    await expect(el).to.be.accessible();
    p.getRegistrationStatus.answer({ output: { status: 'approved' } });
    await until(() => el.step === 'approved');
    expect(events[0]!.detail).to.deep.equal({
      flow: 'registration',
      step: 'approved',
      output: { registrationId: 'r1', status: 'approved', reason: null },
    });
    await el.updateComplete;
    expect(heading(el)).to.equal('Registration approved');
    await expect(el).to.be.accessible();
  });

  it('rejected shows the reviewer reason as text (markup stays text); axe clean', async () => {
    const p = ports();
    p.getRegistrationStatus.answer({ output: { status: 'rejected', reason: xss } });
    const { el } = await mount(p, { token: 'tok' });
    await until(() => el.step === 'rejected');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain(xss);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('an expired link ends in `expired` with a way to start over', async () => {
    const p = ports();
    p.confirmEmail.answer({ error: portError('expired-token') });
    const { el } = await mount(p, { token: 'old' });
    await until(() => el.step === 'expired');
    await el.updateComplete;
    expect(heading(el)).to.equal('Confirmation link expired');
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await until(() => el.step === 'editing');
  });

  it('a failing port: gate-error with its code, the message as an alert, focus on it', async () => {
    const p = ports();
    p.register.answer({ error: portError('rate-limited', { retryAfter: 60 }) });
    const { el } = await mount(p);
    const errors = record(el, 'gate-error');
    await fill(el, valid);
    el.querySelector<HTMLButtonElement>('gate-form[slot="form"] button[type=submit]')!.click();
    await until(() => errors.length > 0);
    expect(errors[0]!.detail).to.include({ flow: 'registration', code: 'rate-limited' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="alert"]')!.textContent).to.contain('wait a moment');
    await expect(el).to.be.accessible();
  });

  it('restores the flow after a reload (sessionStorage), without moving focus', async () => {
    sessionStorage.clear();
    const p = ports();
    const el = await fixture<GateRegistration>(
      html`<gate-registration lang="en" .ports=${logic(p)}></gate-registration>`,
    );
    await until(() => el.step);
    await submitValid(el);
    const stored = sessionStorage.getItem('gatehouse:registration')!;
    expect(JSON.parse(stored)).to.include({ version: 1, flow: 'registration' });
    el.remove();
    const again = await fixture<GateRegistration>(
      html`<gate-registration lang="de" .ports=${logic(p)}></gate-registration>`,
    );
    await until(() => again.step);
    await again.updateComplete;
    expect(again.step).to.match(/^awaitingConfirmation/);
    expect(heading(again)).to.equal('Prüfen Sie Ihr Postfach');
    expect(deepActive()?.id).not.to.equal('heading');
    again.restart();
    await until(() => again.step === 'editing');
    expect(sessionStorage.getItem('gatehouse:registration') ?? '').not.to.contain('awaitingConfirmation');
    sessionStorage.clear();
  });

  it('rejects a stored flow of a newer version with gate-error and starts over', async () => {
    sessionStorage.setItem(
      'gatehouse:registration',
      JSON.stringify({ version: 99, flow: 'registration', snapshot: { value: 'editing', context: {} } }),
    );
    const p = ports();
    const errors: string[] = [];
    const el = document.createElement('gate-registration') as GateRegistration;
    el.addEventListener('gate-error', (e) => errors.push(e.detail.code));
    el.ports = logic(p);
    document.body.append(el);
    await until(() => el.step === 'editing');
    expect(errors).to.deep.equal(['snapshot-rejected']);
    el.remove();
    sessionStorage.clear();
  });

  it('endpoint works with no setup call: the fetch adapter speaks the REST contract', async () => {
    const requests: { method: string; url: string; body: unknown }[] = [];
    const realFetch = window.fetch;
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      requests.push({
        method: init?.method ?? 'GET',
        url,
        body: init?.body ? JSON.parse(String(init.body)) : undefined,
      });
      const json = url.endsWith('/registrations') ? { id: 'r9', confirmationExpiresAt: null } : {};
      return new Response(JSON.stringify(json), {
        status: 201,
        headers: { 'Content-Type': 'application/json' },
      });
    }) as typeof fetch;
    try {
      const el = await fixture<GateRegistration>(
        html`<gate-registration lang="en" persist="none" endpoint="https://portal.example/api/gatehouse"></gate-registration>`,
      );
      await until(() => el.step === 'editing');
      await el.updateComplete;
      await submitValid(el);
      expect(requests[0]).to.deep.include({
        method: 'POST',
        url: 'https://portal.example/api/gatehouse/registrations',
      });
      expect((requests[0]!.body as Record<string, unknown>).email).to.equal(valid['/email']);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('a malformed endpoint is a gate-error, not a crash', async () => {
    const el = document.createElement('gate-registration') as GateRegistration;
    const errors = record(el, 'gate-error');
    el.persist = 'none';
    el.endpoint = 'http://[::1';
    document.body.append(el);
    await until(() => errors.length === 1);
    expect(errors[0]!.detail.code).to.equal('invalid-endpoint');
    el.remove();
  });

  it('a restored cooldown is re-armed: resend becomes possible after a reload', async () => {
    sessionStorage.clear();
    const p = ports();
    const el = await fixture<GateRegistration>(
      html`<gate-registration lang="en" .input=${{ resendCooldown: 300 }} .ports=${logic(p)}></gate-registration>`,
    );
    await until(() => el.step);
    await submitValid(el);
    el.remove();
    const again = await fixture<GateRegistration>(
      html`<gate-registration lang="en" .input=${{ resendCooldown: 300 }} .ports=${logic(p)}></gate-registration>`,
    );
    await until(() => again.step === 'awaitingConfirmation.ready');
    again.remove();
    sessionStorage.clear();
  });
});
