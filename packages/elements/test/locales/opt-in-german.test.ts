/**
 * German is opt-in: this file deliberately does not import `src/locales/de.js` at the top (each wtr test file runs in
 * its own page, so no other file's import leaks in). It imports it half-way and checks both sides.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/registration/define.js';
import { registeredLocales, registerLocale } from '../../src/locales/index.js';
import type { GateRegistration } from '../../src/registration/registration.element.js';
import { fill, heading, portError, stubPort, until } from '../flow/stub-port.js';

function ports(register = stubPort({ output: { id: 'r1' } })) {
  const p = {
    register,
    resendConfirmation: stubPort({ output: {} }),
    confirmEmail: stubPort({ output: { id: 'r1' } }),
    getRegistrationStatus: stubPort({ output: { status: 'pending-approval' } }),
  };
  return Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.logic]));
}

async function mount(lang: string, register?: ReturnType<typeof stubPort>) {
  const el = await fixture<GateRegistration>(
    html`<gate-registration lang=${lang} persist="none" .ports=${ports(register)}></gate-registration>`,
  );
  await until(() => el.step);
  await el.updateComplete;
  return el;
}

/** What a German user reads: the heading, the pane title, the submit button and the e-mail field's error. */
async function page(el: GateRegistration) {
  const form = el.querySelector('gate-form[slot="form"]')!;
  form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  // The field's error is the `.gate-error` its input names in aria-describedby.
  const emailError = () => {
    const ids = form.querySelector('[data-pointer="/email"]')?.getAttribute('aria-describedby') ?? '';
    return ids
      .split(' ')
      .map((id) => form.querySelector(`#${CSS.escape(id)}`))
      .find((node) => node?.classList.contains('gate-error'));
  };
  await until(emailError);
  return {
    heading: heading(el),
    pane: form.querySelector('[part="required-pane"] h2')!.textContent!.trim(),
    submit: form.querySelector('button[type=submit]')!.textContent!.trim(),
    emailError: emailError()!.textContent!.trim(),
  };
}

describe('German is an opt-in locale module', () => {
  it('without @gatehouse/elements/locales/de a lang="de" page shows English; with it, German', async () => {
    expect(registeredLocales()).to.deep.equal(['en']);
    const before = await page(await mount('de'));
    expect(before).to.deep.equal({
      heading: 'Register your company',
      pane: 'Still required',
      submit: 'Register',
      emailError: 'Please fill in this field.',
    });

    await import('../../src/locales/de.js');
    expect(registeredLocales()).to.deep.equal(['en', 'de']);
    for (const lang of ['de', 'de-AT', 'DE-ch']) {
      const after = await page(await mount(lang));
      expect(after, lang).to.deep.equal({
        heading: 'Firmenkonto registrieren',
        pane: 'Noch auszufüllen',
        submit: 'Registrieren',
        emailError: 'Bitte füllen Sie dieses Feld aus.',
      });
    }
    // English pages stay English.
    expect((await page(await mount('en'))).heading).to.equal('Register your company');
  });

  it('a host registers another language key by key; what it leaves out falls back to English', async () => {
    registerLocale('fr', {
      ui: { stillRequired: 'Encore requis' },
      issues: { 'rate-limited': 'Veuillez patienter un instant.' },
      elements: { registration: { heading: 'Inscrire votre entreprise' } },
    });
    const el = await mount('fr-CA', stubPort({ error: portError('rate-limited') }));
    const seen = await page(el);
    expect(seen.heading).to.equal('Inscrire votre entreprise');
    expect(seen.pane).to.equal('Encore requis');
    expect(seen.submit).to.equal('Register');
    // A whole-step issue the port reports: the registered text.
    await fill(el, {
      '/givenName': 'Ada',
      '/familyName': 'Lovelace',
      '/email': 'ada.lovelace@analytical-engines.com',
      '/company': 'Analytical Engines Ltd',
      '/termsAccepted': true,
    });
    el.querySelector<HTMLButtonElement>('gate-form[slot="form"] button[type=submit]')!.click();
    await until(() => el.shadowRoot!.querySelector('[part="alert"]')?.textContent?.trim());
    expect(el.shadowRoot!.querySelector('[part="alert"]')!.textContent!.trim()).to.equal(
      'Veuillez patienter un instant.',
    );
  });

  it('registerLocale refuses bad input with a coded error naming the field', () => {
    const codeOf = (run: () => void) => {
      try {
        run();
      } catch (error) {
        return [(error as { code: string }).code, (error as { params: { field: string } }).params.field];
      }
      return undefined;
    };
    expect(codeOf(() => registerLocale('not a tag', {}))).to.deep.equal(['invalid-locale', 'locale']);
    expect(codeOf(() => registerLocale('it', { ui: { submit: 3 as never } }))).to.deep.equal([
      'invalid-locale-texts',
      'ui.submit',
    ]);
    expect(codeOf(() => registerLocale('it', { ui: { sumbit: 'Invia' } as never }))).to.deep.equal([
      'invalid-locale-texts',
      'ui.sumbit',
    ]);
    expect(codeOf(() => registerLocale('it', { elements: { login: null as never } }))).to.deep.equal([
      'invalid-locale-texts',
      'elements.login',
    ]);
    expect(codeOf(() => registerLocale('it', null as never))).to.deep.equal([
      'invalid-locale-texts',
      'texts',
    ]);
    expect(registeredLocales()).not.to.include('it');
  });
});
