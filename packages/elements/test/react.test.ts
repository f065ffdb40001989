/**
 * `@gatehouse/elements/react` in a real React 19 root: objects arrive as properties (not "[object Object]"
 * attributes), `onGate*` props receive the DOM events, and a registration runs to its mailbox step.
 */

// React is CommonJS: the test runner serves React, ReactDOM and the wrappers as one bundle (bundled-deps.plugin).
import { createRoot, flushSync, GateForm, GateRegistration, React } from 'gatehouse-test:react';
import { expect } from '@open-wc/testing';
import '../src/define.js';
import type { GateRegistration as RegistrationElement } from '../src/registration/registration.element.js';
import { fill, stubPort, until } from './flow/stub-port.js';
import { fixtureForm } from './form/fixture-form.js';

const h = React.createElement;

describe('React wrappers (@lit/react)', () => {
  let host: HTMLDivElement;
  let root: ReturnType<typeof createRoot>;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    root.unmount();
    host.remove();
  });

  it('GateForm: form and value are properties; onGateSubmit receives the valid value', async () => {
    const submitted: Record<string, unknown>[] = [];
    const value = {
      name: 'Ada',
      email: 'ada@example.com',
      password: 'longenough',
      confirm: 'longenough',
      env: 'production',
      address: { street: 'Main St 1', city: 'Berlin' },
    };
    flushSync(() =>
      root.render(
        h(GateForm, {
          form: fixtureForm(),
          value,
          lang: 'en',
          onGateSubmit: (e: CustomEvent<{ value: Record<string, unknown> }>) =>
            submitted.push(e.detail.value),
        }),
      ),
    );
    const el = host.querySelector('gate-form') as HTMLElement & { updateComplete: Promise<boolean> };
    await el.updateComplete;
    // Set as properties: an attribute would read "[object Object]" and render nothing.
    expect(el.hasAttribute('form')).to.equal(false);
    expect(el.querySelector<HTMLInputElement>('input[name="name"]')!.value).to.equal('Ada');
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => submitted.length > 0);
    expect(submitted[0]).to.deep.include({ name: 'Ada', env: 'production' });
  });

  it('GateRegistration: ports as a property, onGateStep reports the steps through to the mailbox', async () => {
    const steps: string[] = [];
    const register = stubPort({ output: { id: 'r1' } });
    const ports = {
      register: register.logic,
      resendConfirmation: stubPort({ output: {} }).logic,
      confirmEmail: stubPort({ output: { id: 'r1' } }).logic,
      getRegistrationStatus: stubPort({ output: { status: 'pending-approval' } }).logic,
    };
    flushSync(() =>
      root.render(
        h(GateRegistration, {
          ports,
          persist: 'none',
          lang: 'en',
          input: { resendCooldown: 150, statusPollInterval: 20 },
          onGateStep: (e: CustomEvent<{ step: string }>) => steps.push(e.detail.step),
        }),
      ),
    );
    const el = host.querySelector('gate-registration') as RegistrationElement;
    await until(() => el.step);
    await el.updateComplete;
    expect(el.getAttribute('ports')).to.equal(null);
    await fill(el, {
      '/givenName': 'Ada',
      '/familyName': 'Lovelace',
      '/email': 'ada.lovelace@analytical-engines.com',
      '/company': 'Analytical Engines Ltd',
      '/termsAccepted': true,
    });
    el.querySelector<HTMLButtonElement>('gate-form[slot="form"] button[type=submit]')!.click();
    await until(() => el.step?.startsWith('awaitingConfirmation'));
    expect(register.calls.length).to.equal(1);
    expect(steps[0]).to.equal('editing');
    expect(steps).to.include('submitting');
    expect(steps.at(-1)).to.match(/^awaitingConfirmation/);
  });
});
