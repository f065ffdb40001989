import { expect, fixture, html } from '@open-wc/testing';
import '../../src/password-change/define.js';
import '../../src/support-info/define.js';
import { sendKeys } from '@web/test-runner-commands';
import type { GatePasswordChange } from '../../src/password-change/password-change.element.js';
import type { GateSupportInfo } from '../../src/support-info/support-info.element.js';
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

  it('stays where the page put focus while data arrives on load; moves to it once the person acts', async () => {
    const getSupportInfo = stubPort({
      output: {
        level: 'priority',
        regionalNumber: '+49 30 1234 5678',
        pin: '48213057',
        pinValidUntil: new Date(Date.now() + 60_000).toISOString(),
      },
    });
    getSupportInfo.hold();
    const page = await fixture<HTMLElement>(html`<main><h1 tabindex="-1">Welcome</h1>
      <gate-support-info lang="en" persist="none" .ports=${{ getSupportInfo: getSupportInfo.logic } as never}></gate-support-info></main>`);
    const el = page.querySelector<GateSupportInfo>('gate-support-info')!;
    page.querySelector('h1')!.focus();
    // Loading, then the information: a step change nobody asked for, so the page's heading keeps focus.
    getSupportInfo.release();
    await until(() => el.step === 'showing');
    await el.updateComplete;
    // Compared as text: a failing chai diff of two DOM nodes takes longer than the browser's time limit.
    expect(deepActive()?.textContent).to.equal('Welcome');
    // Closing is the person's step: focus follows to the element's heading.
    const close = [...el.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Close',
    )!;
    close.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.step === 'closed');
    await el.updateComplete;
    expect(deepActive() === headingOf(el)).to.equal(true);
  });
});
