import { expect, fixture, html } from '@open-wc/testing';
import '../../src/password-change/define.js';
import '../../src/password-reset/define.js';
// German is opt-in (a locale module); these tests check German pages too.
import '../../src/locales/de.js';
import type { GatePasswordChange } from '../../src/password-change/password-change.element.js';
import type { GatePasswordReset } from '../../src/password-reset/password-reset.element.js';
import { deepActive, fill, heading, portError, record, stubPort, until } from './stub-port.js';

const strong = 'tangerine velvet lighthouse 42 orbit';
const logic = (p: Record<string, { logic: unknown }>) =>
  Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.logic])) as never;
const submit = (el: Element) =>
  el.querySelector<HTMLButtonElement>('gate-form[slot="form"] button[type=submit]')!.click();

describe('<gate-password-change>', () => {
  it('editing (hints, axe) → a wrong current password shows the alert → changed; nothing stored', async () => {
    sessionStorage.clear();
    const changePassword = stubPort({ error: portError('invalid-current-password') });
    const el = await fixture<GatePasswordChange>(
      html`<gate-password-change lang="en" .ports=${logic({ changePassword })}></gate-password-change>`,
    );
    await until(() => el.step === 'editing');
    await el.updateComplete;
    expect(heading(el)).to.equal('Change your password');
    expect(el.querySelector('input[autocomplete="current-password"]')).to.exist;
    expect(el.querySelector('.gate-hints')).to.exist;
    await expect(el).to.be.accessible();
    await fill(el, { '/currentPassword': 'old one', '/newPassword': strong, '/confirmPassword': strong });
    submit(el);
    await until(() => changePassword.calls.length === 1 && el.step === 'editing');
    await el.updateComplete;
    const current = el.querySelector('[data-pointer="/currentPassword"]')!;
    expect(current.getAttribute('aria-invalid')).to.equal('true');
    expect(el.querySelector('gate-form[slot="form"] .gate-error')!.textContent).to.contain(
      'current password is not correct',
    );
    changePassword.answer({ output: undefined });
    const done = record(el, 'gate-complete');
    submit(el);
    await until(() => el.step === 'changed');
    await el.updateComplete;
    expect(heading(el)).to.equal('Password changed');
    expect(deepActive()?.id).to.equal('heading');
    expect(done[0]!.detail.step).to.equal('changed');
    expect(sessionStorage.length).to.equal(0);
    await expect(el).to.be.accessible();
  });
});

describe('<gate-password-reset>', () => {
  it('requesting → code entry (resend countdown) → done; axe on each step; German texts', async () => {
    const p = {
      requestReset: stubPort({ output: {} }),
      resendResetCode: stubPort({ output: {} }),
      resetPassword: stubPort({ output: undefined }),
    };
    const el = await fixture<GatePasswordReset>(
      html`<gate-password-reset lang="de" persist="none" .input=${{ resendCooldown: 100 }} .ports=${logic(p)}></gate-password-reset>`,
    );
    await until(() => el.step === 'requesting');
    await el.updateComplete;
    expect(heading(el)).to.equal('Passwort vergessen?');
    await expect(el).to.be.accessible();
    await fill(el, { '/email': 'ada@analytical-engines.com' });
    submit(el);
    await until(() => el.step === 'codeEntry');
    await el.updateComplete;
    expect(heading(el)).to.equal('Code und neues Passwort eingeben');
    expect(el.shadowRoot!.textContent).to.contain('ada@analytical-engines.com');
    await expect(el).to.be.accessible();
    const resend = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="resend"]')!;
    await until(() => !resend().disabled);
    resend().click();
    await until(() => p.resendResetCode.calls.length === 1);
    await until(() => el.step === 'codeEntry');
    await fill(el, { '/code': '123456', '/newPassword': strong, '/confirmPassword': strong });
    submit(el);
    await until(() => el.step === 'done');
    await el.updateComplete;
    expect(p.resetPassword.calls[0]).to.deep.include({ code: '123456', newPassword: strong });
    expect(heading(el)).to.equal('Passwort zurückgesetzt');
    await expect(el).to.be.accessible();
  });
});
