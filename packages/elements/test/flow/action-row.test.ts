/**
 * A step with a form and other buttons shows them in one row: Save beside Close, not on a row of its own. The
 * form keeps its own submit button (hidden) so Enter submits and password managers see it; the row's Save clicks it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/password-change/define.js';
import '../../src/profile/define.js';
import '../../src/registration/define.js';
import type { GatePasswordChange } from '../../src/password-change/password-change.element.js';
import type { GateProfile } from '../../src/profile/profile.element.js';
import type { GateRegistration } from '../../src/registration/registration.element.js';
import { fill, stubPort, until } from './stub-port.js';

const logic = (p: Record<string, { logic: unknown }>) =>
  Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.logic])) as never;
const shown = (el: Element, text: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;
const profile = {
  givenName: 'Ada',
  familyName: 'Lovelace',
  email: 'ada@analytical-engines.com',
  company: 'AE',
};

/** The vertical centres of two buttons are the same: they sit on one row. */
function sameRow(a: HTMLElement, b: HTMLElement): void {
  const [ra, rb] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
  expect(ra.height).to.be.greaterThan(0);
  expect(rb.height).to.be.greaterThan(0);
  expect(Math.abs(ra.top + ra.height / 2 - (rb.top + rb.height / 2))).to.be.lessThan(2);
  expect(ra.left).to.be.lessThan(rb.left);
}

describe('actions in one row', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [1280, 390]) {
    it(`<gate-profile> at ${width} px: Save and Close share a row; Save and Enter submit through the form`, async () => {
      await setViewport({ width, height: 900 });
      const p = {
        loadProfile: stubPort({ output: profile }),
        saveProfile: stubPort({ output: { ...profile, jobTitle: 'Analyst' } }),
      };
      const el = await fixture<GateProfile>(
        html`<gate-profile lang="en" persist="none" .ports=${logic(p)}></gate-profile>`,
      );
      await until(() => el.step === 'editing');
      await el.updateComplete;
      const own = el.querySelector<HTMLButtonElement>('gate-form[slot="form"] button[type=submit]')!;
      // The form's own button is there (Enter, password managers) but not shown and not announced twice.
      expect(own.hidden).to.equal(true);
      expect(own.getBoundingClientRect().height).to.equal(0);
      const save = shown(el, 'Save');
      expect(save.getAttribute('part')).to.equal('button submit');
      sameRow(save, shown(el, 'Close'));
      await expect(el).to.be.accessible();

      await fill(el, { '/jobTitle': 'Analyst' });
      save.click();
      await until(() => el.step === 'saved');
      expect(p.saveProfile.calls).to.deep.equal([
        { data: { givenName: 'Ada', familyName: 'Lovelace', jobTitle: 'Analyst' } },
      ]);

      // Back to editing: Enter in a field submits as before.
      shown(el, 'Edit again').click();
      await until(() => el.step === 'editing');
      await el.updateComplete;
      el.querySelector<HTMLInputElement>('[data-pointer="/jobTitle"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => p.saveProfile.calls.length === 2);
    });
  }

  it('<gate-registration>: a step whose actions hold no button (the sender note) keeps the submit in its form', async () => {
    const el = await fixture<GateRegistration>(
      html`<gate-registration lang="en" persist="none" .ports=${logic({})}></gate-registration>`,
    );
    await until(() => el.step === 'editing');
    await el.updateComplete;
    const own = el.querySelector<HTMLButtonElement>('gate-form[slot="form"] button[type=submit]')!;
    expect(own.hidden).to.equal(false);
    expect(own.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('[part~="submit"]')).to.equal(null);
  });

  it('<gate-password-change>: an empty Save shows the field errors and moves focus to the first; busy disables Save', async () => {
    await setViewport({ width: 390, height: 900 });
    const changePassword = stubPort({ output: undefined });
    const el = await fixture<GatePasswordChange>(
      html`<gate-password-change lang="en" persist="none" .ports=${logic({ changePassword })}></gate-password-change>`,
    );
    await until(() => el.step === 'editing');
    await el.updateComplete;
    const save = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!;
    sameRow(save, shown(el, 'Cancel'));
    save.click();
    await until(() => el.querySelector('[aria-invalid="true"]') !== null);
    expect(document.activeElement).to.equal(el.querySelector('[data-pointer="/currentPassword"]'));
    expect(changePassword.calls).to.have.length(0);
    changePassword.hold();
    const strong = 'tangerine velvet lighthouse 42 orbit';
    await fill(el, { '/currentPassword': 'old one', '/newPassword': strong, '/confirmPassword': strong });
    save.click();
    await until(() => changePassword.calls.length === 1);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.disabled).to.equal(true);
    changePassword.release();
  });
});
