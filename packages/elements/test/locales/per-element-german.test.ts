/**
 * German per element: this page imports only `registration/de` (never `locales/de`; each wtr test file runs in its own
 * page). `<gate-registration>` speaks German on `lang="de"`; `<gate-login>`, defined on the same page, keeps its own
 * texts in English because `login/de` was not imported. The shared part (chrome, step issues, form messages) is per
 * language, not per element, and registering it again (a second bundle) changes nothing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/registration/define.js';
import '../../src/login/define.js';
import '../../src/registration/de.js';
import { issues } from '../../src/locales/de/issues.js';
import { de as ui } from '../../src/locales/de/ui.js';
import { registeredLocales, registerLocale } from '../../src/locales/index.js';
import type { GateLogin } from '../../src/login/login.element.js';
import type { GateRegistration } from '../../src/registration/registration.element.js';
import { heading, stubPort, until } from '../flow/stub-port.js';

const logic = (p: Record<string, ReturnType<typeof stubPort>>) =>
  Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.logic]));

async function registration(lang: string) {
  const ports = {
    register: stubPort({ output: { id: 'r1' } }),
    resendConfirmation: stubPort({ output: {} }),
    confirmEmail: stubPort({ output: { id: 'r1' } }),
    getRegistrationStatus: stubPort({ output: { status: 'pending-approval' } }),
  };
  const el = await fixture<GateRegistration>(
    html`<gate-registration lang=${lang} persist="none" .ports=${logic(ports)}></gate-registration>`,
  );
  await until(() => el.step);
  await el.updateComplete;
  return el;
}

async function login(lang: string) {
  const ports = {
    getSession: stubPort({ output: null }),
    authenticate: stubPort({ output: { status: 'ok', session: {} } }),
    changePassword: stubPort({ output: { status: 'ok', session: {} } }),
    verifyMfa: stubPort({ output: { status: 'ok', session: {} } }),
    sendMfaCode: stubPort({ output: {} }),
  };
  const el = await fixture<GateLogin>(
    html`<gate-login lang=${lang} persist="none" .ports=${logic(ports)}></gate-login>`,
  );
  await until(() => el.step && el.step !== 'checkingSession');
  await el.updateComplete;
  return el;
}

/** The texts a user reads: heading, submit button, the pane title and the e-mail field's error after a submit. */
async function seen(el: HTMLElement) {
  const form = el.querySelector('gate-form[slot="form"]')!;
  form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  const emailError = () => {
    const ids = form.querySelector('[data-pointer="/email"]')?.getAttribute('aria-describedby') ?? '';
    return ids
      .split(' ')
      .filter(Boolean)
      .map((id) => form.querySelector(`#${CSS.escape(id)}`))
      .find((node) => node?.classList.contains('gate-error'));
  };
  await until(emailError);
  return {
    heading: heading(el),
    submit: form.querySelector('button[type=submit]')!.textContent!.trim(),
    pane: form.querySelector('[part="required-pane"] h2')?.textContent?.trim(),
    emailError: emailError()!.textContent!.trim(),
  };
}

/** The registered German, as the lookups read it (the registry is one per page, on globalThis). */
function registeredGerman() {
  const registry = (globalThis as Record<symbol, unknown>)[Symbol.for('gatehouse.elements.locales')] as Map<
    string,
    { ui: object; issues: object; elements: Map<string, object> }
  >;
  const entry = registry.get('de')!;
  return JSON.stringify({ ui: entry.ui, issues: entry.issues, elements: [...entry.elements] });
}

describe('German per element (@gatehouse/elements/<element>/de)', () => {
  it('registration/de registers German for <gate-registration> and the shared texts, no other element', () => {
    expect(registeredLocales()).to.deep.equal(['en', 'de']);
    const entry = JSON.parse(registeredGerman());
    // proofOfWork: the bot defence's progress line, which every flow element may show.
    expect(entry.elements.map(([id]: [string]) => id)).to.deep.equal(['proofOfWork', 'registration']);
    expect(entry.ui).to.deep.equal(ui);
    expect(entry.issues).to.deep.equal(issues);
  });

  it('<gate-registration lang="de"> is German (its texts, the chrome, the form messages)', async () => {
    for (const lang of ['de', 'de-CH']) {
      expect(await seen(await registration(lang)), lang).to.deep.equal({
        heading: 'Firmenkonto registrieren',
        submit: 'Registrieren',
        pane: 'Noch auszufüllen',
        emailError: 'Bitte füllen Sie dieses Feld aus.',
      });
    }
    expect((await seen(await registration('en'))).heading).to.equal('Register your company');
  });

  it("the registration form's own labels are German too (@gatehouse/flows/registration/de)", async () => {
    // The built form module ships English only; registration/de imports the form's German texts.
    const emailLabel = (el: HTMLElement) =>
      [...el.querySelectorAll('gate-form[slot="form"] label.gate-label')]
        .map((l) => l.textContent!.replace(/\s+/g, ' ').trim())
        .find((t) => /mail/i.test(t));
    expect(emailLabel(await registration('de'))).to.match(/^Geschäftliche E-Mail-Adresse/);
    expect(emailLabel(await registration('en'))).to.match(/^Business e-mail/);
  });

  it('<gate-login lang="de"> on the same page keeps its own texts in English (login/de not imported)', async () => {
    const el = await login('de');
    const texts = await seen(el);
    expect(texts.heading).to.equal('Sign in');
    expect(texts.submit).to.equal('Sign in');
    // The shared part follows the language: form messages are German once any German module is imported.
    expect(texts.emailError).to.equal('Bitte füllen Sie dieses Feld aus.');
  });

  it('registering the shared German again (a second bundle, or locales/de later) changes nothing', async () => {
    const before = registeredGerman();
    registerLocale('de', { ui, issues });
    // A second copy of the module (another URL = another module instance) runs its side effect again. The dev
    // server maps `.js` to the TypeScript source only without a query, so this names the source itself.
    await import(`../../src/locales/de/shared.ts?copy=${Date.now()}`);
    expect(registeredGerman()).to.equal(before);
    expect(registeredLocales()).to.deep.equal(['en', 'de']);
    expect(heading(await registration('de'))).to.equal('Firmenkonto registrieren');
    expect(heading(await login('de'))).to.equal('Sign in');

    // Adding login/de later extends German key by key; registration's texts stay.
    await import('../../src/login/de.js');
    expect(heading(await login('de'))).to.equal('Anmelden');
    expect(heading(await registration('de'))).to.equal('Firmenkonto registrieren');
  });
});
