import { expect, fixture, html } from '@open-wc/testing';
import '../../src/email-change/define.js';
import '../../src/locales/de.js';
import type { GateEmailChange } from '../../src/email-change/email-change.element.js';
import { fill, heading, portError, record, stubPort, until } from './stub-port.js';

function ports() {
  return {
    requestEmailChange: stubPort({ output: { confirmationExpiresAt: '2026-12-07T10:00:00.000Z' } }),
    confirmEmailChange: stubPort({
      output: { email: 'ada.lovelace@analytical-engines.com', endedSessions: 2 },
    }),
    cancelEmailChange: stubPort({ output: { endedSessions: 1 } }),
  };
}
type Ports = ReturnType<typeof ports>;
const logic = (p: Ports) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.logic]));
const button = (el: GateEmailChange, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
const text = (el: GateEmailChange) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
/** The texts a field's control is described by (its help and its error). */
function fieldError(el: GateEmailChange, pointer: string): string {
  const control = el.querySelector(`gate-form[slot="form"] [data-pointer="${pointer}"]`)!;
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => el.querySelector(`[id="${id}"]`)?.textContent ?? '').join(' ');
}

describe('<gate-email-change>', () => {
  it('asks for the new address and the password; a wrong password is refused at its field; then waits for the link; axe clean', async () => {
    const p = ports();
    p.requestEmailChange.answer(
      { error: portError('invalid-current-password') },
      { output: { confirmationExpiresAt: '2026-12-07T10:00:00.000Z' } },
    );
    const el = await fixture<GateEmailChange>(
      html`<gate-email-change lang="en" email="ada@analytical-engines.com" .ports=${logic(p)}></gate-email-change>`,
    );
    await until(() => el.step === 'editing');
    await el.updateComplete;
    expect(heading(el)).to.equal('Change your e-mail address');
    expect(text(el)).to.contain('Your address now: ada@analytical-engines.com');
    const email = el.querySelector<HTMLInputElement>('gate-form[slot="form"] [data-pointer="/newEmail"]')!;
    expect(email.autocomplete).to.equal('email');
    const password = el.querySelector<HTMLInputElement>('gate-form[slot="form"] input[type=password]')!;
    expect(password.autocomplete).to.equal('current-password');
    await expect(el).to.be.accessible();

    await fill(el, { '/newEmail': 'ada.lovelace@analytical-engines.com', '/currentPassword': 'wrong' });
    button(el, 'Send confirmation link')!.click();
    await until(() => p.requestEmailChange.calls.length === 1 && el.step === 'editing');
    await el.updateComplete;
    expect(p.requestEmailChange.calls[0]).to.deep.equal({
      newEmail: 'ada.lovelace@analytical-engines.com',
      currentPassword: 'wrong',
    });
    expect(fieldError(el, '/currentPassword')).to.contain('Your current password is not correct.');

    await fill(el, { '/currentPassword': 'the right one' });
    button(el, 'Send confirmation link')!.click();
    await until(() => el.step === 'awaitingConfirmation');
    await el.updateComplete;
    expect(heading(el)).to.equal('Check your new inbox');
    expect(text(el)).to.contain('We sent a confirmation link to ada.lovelace@analytical-engines.com.');
    // The password went with the form.
    expect(el.querySelector('gate-form[slot="form"]')).to.equal(null);
    await expect(el).to.be.accessible();
    button(el, 'Use another address or send a new link')!.click();
    await until(() => el.step === 'editing');
  });

  it('German: the link page confirms at once and says how many other browsers were signed out', async () => {
    const p = ports();
    // The link page confirms as soon as the element runs: listen before it is there.
    const done = record(document, 'gate-complete');
    const el = await fixture<GateEmailChange>(
      html`<gate-email-change lang="de" confirmation-token="link-token" .ports=${logic(p)}></gate-email-change>`,
    );
    await until(() => el.step === 'changed');
    await el.updateComplete;
    expect(p.confirmEmailChange.calls).to.deep.equal([{ token: 'link-token' }]);
    expect(heading(el)).to.equal('E-Mail-Adresse geändert');
    expect(text(el)).to.contain('Melden Sie sich ab jetzt mit ada.lovelace@analytical-engines.com an.');
    expect(text(el)).to.contain('2 andere Browser wurden abgemeldet.');
    expect(done[0]!.detail.output).to.deep.equal({
      outcome: 'changed',
      email: 'ada.lovelace@analytical-engines.com',
      endedSessions: 2,
    });
    await expect(el).to.be.accessible();
  });

  it('an expired link and a used one end in their own step with what to do', async () => {
    const p = ports();
    p.confirmEmailChange.answer({ error: portError('expired-token') });
    const expired = await fixture<GateEmailChange>(
      html`<gate-email-change lang="en" confirmation-token="old" .ports=${logic(p)}></gate-email-change>`,
    );
    await until(() => expired.step === 'expired');
    await expired.updateComplete;
    expect(heading(expired)).to.equal('This link has expired');

    const q = ports();
    q.confirmEmailChange.answer({ error: portError('invalid-token') });
    const used = await fixture<GateEmailChange>(
      html`<gate-email-change lang="en" confirmation-token="used" .ports=${logic(q)}></gate-email-change>`,
    );
    await until(() => used.step === 'refused');
    await used.updateComplete;
    expect(heading(used)).to.equal('This link cannot be used');
    expect(text(used)).to.contain('This confirmation link is not valid or was already used.');
    await expect(used).to.be.accessible();
  });

  it('"this was not me": the cancel link page cancels at once, says the address stays and recommends a new password (English and German)', async () => {
    for (const [lang, words] of [
      [
        'en',
        {
          heading: 'E-mail change cancelled',
          stays: 'Your e-mail address stays as it was',
          signedOut: '1 other browser was signed out.',
          advice: 'Whoever asked for the change knew your password: change it now.',
          link: 'Change your password',
        },
      ],
      [
        'de',
        {
          heading: 'E-Mail-Änderung verworfen',
          stays: 'Ihre E-Mail-Adresse bleibt, wie sie war',
          signedOut: '1 anderer Browser wurde abgemeldet.',
          advice: 'Wer die Änderung angefordert hat, kannte Ihr Passwort: Ändern Sie es jetzt.',
          link: 'Passwort ändern',
        },
      ],
    ] as const) {
      const p = ports();
      const done = record(document, 'gate-complete');
      const el = await fixture<GateEmailChange>(
        html`<gate-email-change lang=${lang} cancel-token="cancel-token" password-change-href="/profile.html#password" .ports=${logic(p)}></gate-email-change>`,
      );
      await until(() => el.step === 'revoked');
      await el.updateComplete;
      expect(p.cancelEmailChange.calls).to.deep.equal([{ token: 'cancel-token' }]);
      expect(p.confirmEmailChange.calls).to.deep.equal([]);
      expect(heading(el)).to.equal(words.heading);
      expect(text(el)).to.contain(words.stays);
      expect(text(el)).to.contain(words.signedOut);
      expect(text(el)).to.contain(words.advice);
      const link = [...el.shadowRoot!.querySelectorAll('a')].find(
        (a) => a.textContent!.trim() === words.link,
      );
      expect(link?.getAttribute('href')).to.match(/\/profile\.html#password$/);
      expect(done.at(-1)!.detail.output).to.deep.equal({ outcome: 'revoked', email: null, endedSessions: 1 });
      await expect(el).to.be.accessible();
    }
  });

  it('"this was not me" too late, or a confirmation link of a cancelled change: each says why', async () => {
    const p = ports();
    p.cancelEmailChange.answer({ error: portError('email-change-confirmed') });
    const late = await fixture<GateEmailChange>(
      html`<gate-email-change lang="en" cancel-token="late" .ports=${logic(p)}></gate-email-change>`,
    );
    await until(() => late.step === 'refused');
    await late.updateComplete;
    expect(text(late)).to.contain('The address was already changed');

    const q = ports();
    q.confirmEmailChange.answer({ error: portError('email-change-cancelled') });
    const cancelled = await fixture<GateEmailChange>(
      html`<gate-email-change lang="de" confirmation-token="stopped" .ports=${logic(q)}></gate-email-change>`,
    );
    await until(() => cancelled.step === 'refused');
    await cancelled.updateComplete;
    expect(heading(cancelled)).to.equal('Dieser Link kann nicht verwendet werden');
    expect(text(cancelled)).to.contain('Die Änderung wurde über die bisherige Adresse des Kontos verworfen.');
    await expect(cancelled).to.be.accessible();
  });
});
