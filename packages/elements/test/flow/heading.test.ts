import { expect, fixture, html } from '@open-wc/testing';
import '../../src/password-change/define.js';
import type { GatePasswordChange } from '../../src/password-change/password-change.element.js';
import { deepActive, fill, stubPort, until } from './stub-port.js';

const strong = 'tangerine velvet lighthouse 42 orbit';
const headingOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!;

describe('the step heading of a flow element', () => {
  it('is level 2 by default and takes heading-level="1" (a login page whose only heading it is)', async () => {
    const ports = { changePassword: stubPort({ output: undefined }).logic } as never;
    const plain = await fixture<GatePasswordChange>(
      html`<gate-password-change lang="en" persist="none" .ports=${ports}></gate-password-change>`,
    );
    await until(() => plain.step === 'editing');
    await plain.updateComplete;
    expect(headingOf(plain).getAttribute('role')).to.equal('heading');
    expect(headingOf(plain).getAttribute('aria-level')).to.equal('2');
    const top = await fixture<GatePasswordChange>(
      html`<gate-password-change lang="en" persist="none" heading-level="1" .ports=${ports}></gate-password-change>`,
    );
    await until(() => top.step === 'editing');
    await top.updateComplete;
    expect(headingOf(top).getAttribute('aria-level')).to.equal('1');
    expect(headingOf(top).textContent!.trim()).to.equal('Change your password');
    await expect(top).to.be.accessible();
  });

  it('draws no focus ring when focus moves to it (it is not a control)', async () => {
    const ports = { changePassword: stubPort({ output: undefined }).logic } as never;
    const el = await fixture<GatePasswordChange>(
      html`<gate-password-change lang="en" persist="none" .ports=${ports}></gate-password-change>`,
    );
    await until(() => el.step === 'editing');
    await el.updateComplete;
    // Programmatic focus on a fresh page: Chromium treats it as keyboard focus (:focus-visible).
    headingOf(el).focus();
    expect(deepActive()).to.equal(headingOf(el));
    let style = getComputedStyle(headingOf(el));
    expect(style.boxShadow).to.equal('none');
    expect(style.outlineStyle).to.equal('none');
    // And after a step change the element caused itself.
    await fill(el, { '/currentPassword': 'old one', '/newPassword': strong, '/confirmPassword': strong });
    el.querySelector<HTMLButtonElement>('gate-form[slot="form"] button[type=submit]')!.click();
    await until(() => el.step === 'changed');
    await el.updateComplete;
    expect(deepActive()).to.equal(headingOf(el));
    style = getComputedStyle(headingOf(el));
    expect(style.boxShadow).to.equal('none');
    expect(style.outlineStyle).to.equal('none');
  });
});
