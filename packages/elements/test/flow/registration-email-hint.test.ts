import { expect, fixture, html } from '@open-wc/testing';
import '../../src/registration/define.js';
import type { GateRegistration } from '../../src/registration/registration.element.js';
import { fill, stubPort, until } from './stub-port.js';

/** The colour the theme gives errors, resolved the way the page resolves it. */
function errorColour(el: Element): string {
  const probe = document.createElement('span');
  probe.style.color = 'var(--gate-color-error, #b3261e)';
  el.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

async function mount() {
  const ok = { output: {} };
  const el = await fixture<GateRegistration>(html`<gate-registration
    lang="en"
    persist="none"
    .ports=${{
      register: stubPort(ok).logic,
      resendConfirmation: stubPort(ok).logic,
      confirmEmail: stubPort(ok).logic,
      getRegistrationStatus: stubPort(ok).logic,
    }}
  ></gate-registration>`);
  await until(() => el.step);
  return el;
}

async function typeEmail(el: GateRegistration, address: string) {
  await fill(el, { '/email': address });
  const input = el.querySelector<HTMLInputElement>('gate-form[slot="form"] [data-pointer="/email"]')!;
  input.dispatchEvent(new Event('blur'));
  const form = el.querySelector('gate-form[slot="form"]')!;
  // The browser e-mail policy is a lazy chunk: wait until its verdict is on the page.
  await until(() => form.querySelector('.gate-error, .gate-notice'));
  return { input, message: form.querySelector<HTMLElement>('.gate-error, .gate-notice')! };
}

describe('<gate-registration> e-mail field: a hint that does not block looks like a hint', () => {
  it('a typo of a business domain ("did you mean") is drawn in the hint style, the field is not invalid', async () => {
    const el = await mount();
    const { input, message } = await typeEmail(el, 'jane.doe@microsft.com');
    expect(message.textContent).to.contain('Did you mean jane.doe@microsoft.com?');
    expect(message.className).to.equal('gate-notice');
    expect(getComputedStyle(message).color).not.to.equal(errorColour(message));
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(input.getAttribute('aria-describedby')).to.contain(message.id);
  });

  it('a refusal (a look-alike of microsoft.com) stays an error in the error colour', async () => {
    const el = await mount();
    const { input, message } = await typeEmail(el, 'jane.doe@micros0ft.com');
    expect(message.textContent).to.contain('looks like microsoft.com');
    expect(message.className).to.equal('gate-error');
    expect(getComputedStyle(message).color).to.equal(errorColour(message));
    expect(input.getAttribute('aria-invalid')).to.equal('true');
  });
});
