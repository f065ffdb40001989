/**
 * What a new portal user met on the password forms, the MFA step and the cards of the profile page: the password
 * checklist states the real policy and refuses the person's own words; the MFA step offers only enrolled methods;
 * closing a card or finishing a password change never leaves an empty card.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/login/define.js';
import '../../src/password-change/define.js';
import '../../src/profile/define.js';
import '../../src/support-info/define.js';
import '../../src/locales/de.js';
import type { GateLogin } from '../../src/login/login.element.js';
import type { GatePasswordChange } from '../../src/password-change/password-change.element.js';
import type { GateProfile } from '../../src/profile/profile.element.js';
import type { GateSupportInfo } from '../../src/support-info/support-info.element.js';
import { fill, heading, stubPort, until } from './stub-port.js';

const logic = (p: Record<string, { logic: unknown }>) =>
  Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.logic])) as never;
const submit = (el: Element) =>
  el.querySelector<HTMLButtonElement>('gate-form[slot="form"] button[type=submit]')!.click();
const button = (el: Element, text: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
const hints = (el: Element) =>
  [...el.querySelectorAll('gate-form[slot="form"] .gate-hints li')].map((li) => ({
    text: [...li.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('')
      .trim(),
    met: li.getAttribute('data-met'),
  }));
const errorText = (el: Element) =>
  [...el.querySelectorAll('gate-form[slot="form"] .gate-error')].map((e) => e.textContent).join(' ');
const jane = {
  contextWords: ['Jane', 'Doe', 'Northwind Logistics', 'jane.doe@northwind-logistics.com'],
  mfa: false,
};

function loginPorts() {
  const session = { user: { id: 'u1', email: 'jane.doe@northwind-logistics.com' } };
  return {
    getSession: stubPort({ output: null }),
    authenticate: stubPort({ output: { status: 'ok', session } }),
    changePassword: stubPort({ output: { status: 'ok', session } }),
    verifyMfa: stubPort({ output: { status: 'ok', session } }),
    sendMfaCode: stubPort({ output: {} }),
  };
}

async function signIn(p: ReturnType<typeof loginPorts>, lang = 'en') {
  const el = await fixture<GateLogin>(
    html`<gate-login lang=${lang} persist="none" .ports=${logic(p)}></gate-login>`,
  );
  await until(() => el.step === 'credentials');
  await fill(el, { '/email': 'jane.doe@northwind-logistics.com', '/password': 'OneTime-1234' });
  submit(el);
  return el;
}

describe('the password checklist and context words', () => {
  it('forced change: the checklist states 15 (8 with MFA) and 64, never "At least 1 characters"', async () => {
    const p = loginPorts();
    p.authenticate.answer({ output: { status: 'password-change-required', subject: jane } });
    const el = await signIn(p);
    await until(() => el.step === 'changingPassword.editing');
    await el.updateComplete;
    const texts = hints(el).map((h) => h.text);
    expect(texts).to.deep.equal([
      'At least 15 characters (8 once two-step verification is on)',
      'At most 64 characters',
      'Not your name, company or e-mail address',
      'Not a common password, keyboard walk or repetition',
    ]);
    expect(el.textContent).not.to.contain('At least 1 characters');
    await expect(el).to.be.accessible();
  });

  for (const [password, message] of [
    ['NorthwindJane2026', /name|company|e-mail|northwind/i],
    ['NorthwindLogistics2026!', /name|company|e-mail|northwind/i],
    ['qwertyuiopasdfghjkl', /common/i],
  ] as const) {
    it(`forced change refuses ${password} before it reaches the server`, async () => {
      const p = loginPorts();
      p.authenticate.answer({ output: { status: 'password-change-required', subject: jane } });
      const el = await signIn(p);
      await until(() => el.step === 'changingPassword.editing');
      await fill(el, { '/newPassword': password, '/confirmPassword': password });
      submit(el);
      await el.updateComplete;
      await until(() => errorText(el) !== '');
      expect(errorText(el)).to.match(message);
      expect(p.changePassword.calls).to.have.length(0);
      expect(hints(el).some((h) => h.met === 'false')).to.equal(true);
    });
  }

  it('the change form takes the host subject: her names are refused, the checklist ticks as she types', async () => {
    const changePassword = stubPort({ output: undefined });
    const el = await fixture<GatePasswordChange>(
      html`<gate-password-change lang="en" .subject=${jane} .ports=${logic({ changePassword })}></gate-password-change>`,
    );
    await until(() => el.step === 'editing');
    await fill(el, { '/currentPassword': 'old', '/newPassword': 'NorthwindJane2026' });
    expect(hints(el).find((h) => h.text.startsWith('Not your name'))!.met).to.equal('false');
    await fill(el, { '/newPassword': 'tea kettle over the harbour' });
    expect(hints(el).every((h) => h.met === 'true')).to.equal(true);
  });

  it('German: the checklist in German', async () => {
    const p = loginPorts();
    p.authenticate.answer({ output: { status: 'password-change-required', subject: jane } });
    const el = await signIn(p, 'de');
    await until(() => el.step === 'changingPassword.editing');
    await el.updateComplete;
    expect(hints(el)[0]!.text).to.equal(
      'Mindestens 15 Zeichen (8, sobald die Zwei-Faktor-Anmeldung aktiv ist)',
    );
  });
});

describe('the MFA step offers only enrolled methods', () => {
  it('authenticator only: no e-mail choice, no e-mail button', async () => {
    const p = loginPorts();
    p.authenticate.answer({ output: { status: 'mfa-required', methods: ['totp'] } });
    const el = await signIn(p);
    await until(() => el.step === 'mfaChallenge.awaitingCode');
    await el.updateComplete;
    expect(el.querySelector('gate-form[slot="form"] [data-pointer="/method"]')).to.equal(null);
    const active = el.querySelector('gate-form[slot="form"]')!;
    expect(active.textContent).not.to.match(/e-mail/i);
    expect(el.shadowRoot!.textContent).not.to.match(/e-mail/i);
    await fill(el, { '/code': '123456' });
    submit(el);
    await until(() => el.step === 'authenticated');
    expect(p.verifyMfa.calls).to.deep.equal([{ method: 'totp', code: '123456' }]);
  });

  it('e-mail only: the code was sent on entry (countdown), no authenticator choice', async () => {
    const p = loginPorts();
    p.authenticate.answer({
      output: {
        status: 'mfa-required',
        methods: ['email'],
        resendAvailableAt: new Date(Date.now() + 60_000).toISOString(),
      },
    });
    const el = await signIn(p);
    await until(() => el.step === 'mfaChallenge.awaitingCode');
    await el.updateComplete;
    expect(el.querySelector('gate-form[slot="form"] [data-pointer="/method"]')).to.equal(null);
    const active = el.querySelector('gate-form[slot="form"]')!;
    expect(active.textContent + el.shadowRoot!.textContent).not.to.match(/authenticator/i);
    expect(el.shadowRoot!.textContent).to.match(/We sent a 6-digit code/);
    expect(el.shadowRoot!.textContent).to.match(/new code can be sent in \d+ s/);
    expect(p.sendMfaCode.calls).to.have.length(0);
    await fill(el, { '/code': '654321' });
    submit(el);
    await until(() => el.step === 'authenticated');
    expect(p.verifyMfa.calls).to.deep.equal([{ method: 'email', code: '654321' }]);
  });

  it('both: both choices, and the e-mail button sends a first code', async () => {
    const p = loginPorts();
    p.authenticate.answer({ output: { status: 'mfa-required', methods: ['totp', 'email'] } });
    const el = await signIn(p);
    await until(() => el.step === 'mfaChallenge.awaitingCode');
    await el.updateComplete;
    expect(el.querySelectorAll('gate-form[slot="form"] input[type=radio]')).to.have.length(2);
    button(el, 'Send a code by e-mail')!.click();
    await until(() => p.sendMfaCode.calls.length === 1);
  });
});

describe('the profile phone number as people type it', () => {
  it('the placeholder format, spaces, dashes, parentheses and the national format of her country pass', async () => {
    const profile = {
      givenName: 'Jane',
      familyName: 'Doe',
      email: 'jane.doe@northwind-logistics.com',
      country: 'DE',
    };
    const requestPhoneVerification = stubPort({ output: { verificationId: 'v1' } });
    const p = {
      loadProfile: stubPort({ output: profile }),
      saveProfile: stubPort({ output: profile }),
      requestPhoneVerification,
      confirmPhone: stubPort({ output: profile }),
    };
    const el = await fixture<GateProfile>(
      html`<gate-profile lang="en" persist="none" .ports=${logic(p)}></gate-profile>`,
    );
    await until(() => el.step === 'editing');
    await el.updateComplete;
    const phone = el.querySelector<HTMLInputElement>('[data-pointer="/phone"]')!;
    expect(phone.placeholder).to.equal('+49 30 1234567');
    for (const typed of ['+49 30 1234567', '030 1234567', '(030) 123-4567', '+49-30-123 45 67']) {
      await fill(el, { '/phone': typed });
      phone.dispatchEvent(new Event('blur'));
      await el.updateComplete;
      expect(errorText(el), typed).to.equal('');
    }
    await fill(el, { '/phone': 'call me' });
    phone.dispatchEvent(new Event('blur'));
    await until(() => errorText(el) !== '');
    expect(errorText(el)).to.contain('+49 30 1234567');
    await fill(el, { '/phone': '+49 30 1234567' });
    submit(el);
    await until(() => requestPhoneVerification.calls.length === 1);
  });
});

describe('cards that close or finish come back', () => {
  it('profile: Close folds the card; "Show profile details" brings it back', async () => {
    const profile = { givenName: 'Jane', familyName: 'Doe', email: 'jane.doe@northwind-logistics.com' };
    const p = {
      loadProfile: stubPort({ output: profile }),
      saveProfile: stubPort({ output: profile }),
      requestPhoneVerification: stubPort({ output: {} }),
      confirmPhone: stubPort({ output: profile }),
    };
    const el = await fixture<GateProfile>(
      html`<gate-profile lang="en" persist="none" .ports=${logic(p)}></gate-profile>`,
    );
    await until(() => el.step === 'editing');
    button(el, 'Close')!.click();
    await until(() => el.step === 'closed');
    await el.updateComplete;
    button(el, 'Show profile details')!.click();
    await until(() => el.step === 'editing');
    await el.updateComplete;
    expect(el.querySelector<HTMLInputElement>('[data-pointer="/givenName"]')!.value).to.equal('Jane');
  });

  it('support information: Close folds the card; it comes back', async () => {
    const p = {
      getSupportInfo: stubPort({
        output: { level: 'priority', regionalNumber: '+49 30 1234567', pin: '12345678' },
      }),
    };
    const el = await fixture<GateSupportInfo>(
      html`<gate-support-info lang="en" persist="none" .ports=${logic(p)}></gate-support-info>`,
    );
    await until(() => el.step === 'showing');
    button(el, 'Close')!.click();
    await until(() => el.step === 'closed');
    button(el, 'Show support information')!.click();
    await until(() => el.step === 'showing');
  });

  it('password change: after "Password changed" the form comes back for another change', async () => {
    const changePassword = stubPort({ output: undefined });
    const el = await fixture<GatePasswordChange>(
      html`<gate-password-change lang="en" .ports=${logic({ changePassword })}></gate-password-change>`,
    );
    await until(() => el.step === 'editing');
    const strong = 'tea kettle over the harbour';
    await fill(el, { '/currentPassword': 'old', '/newPassword': strong, '/confirmPassword': strong });
    submit(el);
    await until(() => el.step === 'changed');
    await el.updateComplete;
    expect(heading(el)).to.equal('Password changed');
    button(el, 'Change it again')!.click();
    await until(() => el.step === 'editing');
    await el.updateComplete;
    expect(el.querySelector('input[autocomplete="current-password"]')).to.exist;
    expect(el.querySelector<HTMLInputElement>('[data-pointer="/newPassword"]')!.value).to.equal('');
  });
});
