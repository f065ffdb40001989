import { expect, fixture, html } from '@open-wc/testing';
import '../../src/password-change/define.js';
import '../../src/password-reset/define.js';
import type { GatePasswordChange } from '../../src/password-change/password-change.element.js';
import type { GatePasswordReset } from '../../src/password-reset/password-reset.element.js';
import { fill, stubPort, until } from './stub-port.js';

const logic = (p: Record<string, { logic: unknown }>) =>
  Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.logic])) as never;
/** The hidden username input of the current form, once it is there. */
const usernameOf = async (el: Element) => {
  await until(() => el.querySelector('gate-form[slot="form"] form input[autocomplete="username"]'));
  return el.querySelector<HTMLInputElement>('gate-form[slot="form"] form input[autocomplete="username"]')!;
};

describe('password-only forms carry a hidden username field for password managers', () => {
  it('<gate-password-change username>: hidden, read-only, before the password inputs, out of the tab order; axe clean', async () => {
    const el = await fixture<GatePasswordChange>(
      html`<gate-password-change lang="en" username="ada@analytical-engines.com" .ports=${logic({ changePassword: stubPort({ output: undefined }) })}></gate-password-change>`,
    );
    await until(() => el.step === 'editing');
    const input = await usernameOf(el);
    expect(input.value).to.equal('ada@analytical-engines.com');
    expect(input.hidden).to.equal(true);
    expect(input.readOnly).to.equal(true);
    expect(input.tabIndex).to.equal(-1);
    const first = el.querySelector('gate-form[slot="form"] form input[type="password"]')!;
    expect(input.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(el.querySelectorAll('input[autocomplete="username"]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('<gate-password-change> without username adds nothing', async () => {
    const el = await fixture<GatePasswordChange>(
      html`<gate-password-change lang="en" .ports=${logic({ changePassword: stubPort({ output: undefined }) })}></gate-password-change>`,
    );
    await until(() => el.querySelector('gate-form[slot="form"] form input[type="password"]'));
    await new Promise((r) => setTimeout(r, 50));
    expect(el.querySelector('input[autocomplete="username"]')).to.equal(null);
  });

  it('<gate-password-reset>: the code-and-new-password step names the account the code went to', async () => {
    const p = {
      requestReset: stubPort({ output: {} }),
      resendResetCode: stubPort({ output: {} }),
      resetPassword: stubPort({ output: undefined }),
    };
    const el = await fixture<GatePasswordReset>(
      html`<gate-password-reset lang="en" persist="none" .ports=${logic(p)}></gate-password-reset>`,
    );
    await until(() => el.step === 'requesting');
    await fill(el, { '/email': 'ada@analytical-engines.com' });
    el.querySelector<HTMLButtonElement>('gate-form[slot="form"] button[type=submit]')!.click();
    await until(() => el.step === 'codeEntry');
    const input = await usernameOf(el);
    expect(input.value).to.equal('ada@analytical-engines.com');
    expect(input.hidden).to.equal(true);
  });
});
