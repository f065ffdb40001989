import { compileForm } from '@gatehouse/forms/compile';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/form/define.js';
// German is opt-in (a locale module); these tests check German pages too.
import '../../src/locales/de.js';
import type { RenderableForm } from '../../src/form/form-model.js';
import type { GateForm } from '../../src/form/gate-form.element.js';
import { fixtureForm, xssString } from './fixture-form.js';

const input = (el: GateForm, pointer: string) =>
  el.querySelector<HTMLInputElement>(`[data-pointer="${pointer}"]`)!;

async function type(el: GateForm, pointer: string, text: string) {
  const control = input(el, pointer);
  control.focus();
  control.value = text;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

async function leave(el: GateForm, pointer: string) {
  input(el, pointer).dispatchEvent(new Event('blur'));
  await el.updateComplete;
}

async function mount(lang = 'en', form = fixtureForm()) {
  return fixture<GateForm>(html`<gate-form lang=${lang} show-required .form=${form}></gate-form>`);
}

describe('<gate-form>', () => {
  it('renders every widget in light DOM inside a real <form>, labelled, with asterisks on required fields', async () => {
    const el = await mount();
    const form = el.querySelector('form')!;
    expect(form).to.exist;
    expect(el.shadowRoot).to.equal(null);
    for (const pointer of [
      '/name',
      '/email',
      '/password',
      '/notes',
      '/unit',
      '/address/street',
      '/more',
      '/code',
    ]) {
      const control = input(el, pointer);
      expect(control, pointer).to.exist;
      expect(form.contains(control)).to.equal(true);
      expect(el.querySelector(`label[for="${control.id}"]`), `label of ${pointer}`).to.exist;
    }
    expect(el.querySelectorAll('input[type=radio]')).to.have.length(3);
    expect(el.querySelector('select')!.options).to.have.length(3);
    expect(el.querySelector('textarea')).to.exist;
    expect(el.querySelector('fieldset[data-group="/address"] legend')!.textContent).to.contain(
      'Delivery address',
    );
    expect(el.querySelector(`label[for="${input(el, '/name').id}"] .gate-mark`)!.textContent).to.equal('*');
    expect(el.querySelector(`label[for="${input(el, '/notes').id}"] .gate-mark`)).to.equal(null);
  });

  it('gives credential inputs the autocomplete tokens password managers need', async () => {
    const el = await mount();
    expect(input(el, '/email').autocomplete).to.equal('username');
    expect(input(el, '/password').autocomplete).to.equal('new-password');
    expect(input(el, '/password').type).to.equal('password');
    expect(input(el, '/code').autocomplete).to.equal('one-time-code');
    expect(input(el, '/code').inputMode).to.equal('numeric');
    // Reachable the way extensions look for them: a plain document query, no shadow piercing.
    expect(document.querySelector('input[autocomplete="new-password"]')).to.equal(input(el, '/password'));
  });

  it('validates only the changed field and its dependants, and shows the message with aria-invalid/aria-describedby', async () => {
    const form = fixtureForm();
    const el = await mount('en', form);
    await type(el, '/name', 'x'.repeat(21));
    // Typing checks the field only to make room for its message; nothing shows until the field is left.
    expect(form.calls).to.deep.equal(['/name']);
    const name = input(el, '/name');
    expect(name.getAttribute('aria-invalid')).to.equal('false');
    expect(el.querySelector('.gate-error')).to.equal(null);
    form.calls.length = 0;
    await leave(el, '/name');
    expect(form.calls).to.deep.equal(['/name']);
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    const error = el.querySelector(`#${name.getAttribute('aria-describedby')!.split(' ').at(-1)}`)!;
    expect(error.textContent).to.equal('At most 20 characters.');
    // Once an error shows, typing re-validates live and clears it.
    form.calls.length = 0;
    await type(el, '/name', 'Ada');
    expect(form.calls).to.deep.equal(['/name']);
    expect(name.getAttribute('aria-invalid')).to.equal('false');
    expect(el.querySelector('.gate-error')).to.equal(null);
  });

  it('re-checks dependants: the confirmation turns valid when the password changes to match', async () => {
    const el = await mount();
    await type(el, '/password', 'correct horse');
    await type(el, '/confirm', 'correct hors');
    await leave(el, '/confirm');
    expect(input(el, '/confirm').getAttribute('aria-invalid')).to.equal('true');
    await type(el, '/password', 'correct hors');
    await leave(el, '/password');
    expect(input(el, '/confirm').getAttribute('aria-invalid')).to.equal('false');
  });

  it('shows live password requirement hints counted in code points', async () => {
    const el = await mount();
    const hints = () => [...el.querySelectorAll('.gate-hints li')].map((li) => li.getAttribute('data-met'));
    expect(hints().slice(0, 2)).to.deep.equal(['false', 'true']);
    await type(el, '/password', '😀😀😀😀😀😀😀😀');
    expect(hints().slice(0, 2)).to.deep.equal(['true', 'true']);
    expect(input(el, '/password').getAttribute('aria-describedby')).to.contain('hints');
  });

  it('keeps the "still required" pane live and empties it when everything is filled in', async () => {
    const el = await mount();
    const pane = () => el.querySelector('[part="required-pane"]')!;
    expect([...pane().querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'Name',
      'E-mail',
      'Password',
      'Repeat password',
      'Environment',
      'Street',
      'City',
    ]);
    await type(el, '/name', 'Ada');
    expect(pane().textContent).not.to.contain('Name');
    // A pane entry moves focus to its field.
    pane().querySelector('button')!.click();
    expect(document.activeElement).to.equal(input(el, '/email'));
    for (const [p, v] of [
      ['/email', 'ada@example.com'],
      ['/password', 'longenough'],
      ['/confirm', 'longenough'],
      ['/address/street', 'Main St 1'],
      ['/address/city', 'Berlin'],
    ]) {
      await type(el, p as string, v as string);
    }
    el.querySelector<HTMLInputElement>('input[type=radio]')!.click();
    await el.updateComplete;
    expect(pane().querySelectorAll('li')).to.have.length(0);
    expect(pane().textContent).to.contain('All required fields are filled in.');
  });

  it('on submit focuses the first invalid field and announces the count; emits gate-submit with the value when valid', async () => {
    const el = await mount();
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(document.activeElement).to.equal(input(el, '/name'));
    expect(el.querySelector('[role=status]')!.textContent).to.match(/\d+ fields need your attention/);
    for (const [p, v] of [
      ['/name', 'Ada'],
      ['/email', 'ada@example.com'],
      ['/password', 'longenough'],
      ['/confirm', 'longenough'],
      ['/address/street', 'Main St 1'],
      ['/address/city', 'Berlin'],
    ]) {
      await type(el, p as string, v as string);
    }
    el.querySelector<HTMLInputElement>('input[type=radio]')!.click();
    const select = el.querySelector('select')!;
    select.value = 'switch';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    setTimeout(() => el.querySelector<HTMLButtonElement>('button[type=submit]')!.click());
    const event = await oneEvent(el, 'gate-submit');
    expect(event.detail.value).to.deep.include({ name: 'Ada', env: 'production', unit: 'switch' });
    expect(event.detail.value.address).to.deep.equal({ street: 'Main St 1', city: 'Berlin' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('gives select options their real values (what a page script, a test or autofill reads) and keeps the JSON type', async () => {
    const def = {
      id: 'select-values',
      schema: {
        type: 'object',
        properties: {
          model: { type: 'string', enum: ['gh-100', 'gh-200'] },
          seats: { type: 'integer', enum: [2, 4, 8] },
        },
      },
    };
    const el = await fixture<GateForm>(
      html`<gate-form lang="en" .form=${compileForm(def) as unknown as RenderableForm}></gate-form>`,
    );
    const [model, seats] = [...el.querySelectorAll('select')];
    expect([...model!.options].map((o) => o.value)).to.deep.equal(['', 'gh-100', 'gh-200']);
    expect([...seats!.options].map((o) => o.value)).to.deep.equal(['', '2', '4', '8']);
    model!.value = 'gh-200';
    model!.dispatchEvent(new Event('change'));
    seats!.value = '4';
    seats!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.value).to.deep.equal({ model: 'gh-200', seats: 4 });
    el.value = { model: 'gh-100', seats: 8 };
    await el.updateComplete;
    expect([model!.value, seats!.value]).to.deep.equal(['gh-100', '8']);
  });

  it('shows the conditional list only while its rule holds, with add/remove within minItems/maxItems', async () => {
    const el = await mount();
    expect(el.querySelector('[data-pointer="/serials"]')).to.equal(null);
    input(el, '/more').click();
    await el.updateComplete;
    const add = el.querySelector<HTMLButtonElement>('[data-pointer="/serials"]')!;
    expect(add.textContent!.trim()).to.equal('Add');
    add.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(document.activeElement).to.equal(input(el, '/serials/0'));
    await type(el, '/serials/0', 'bad');
    await leave(el, '/serials/0');
    expect(input(el, '/serials/0').getAttribute('aria-invalid')).to.equal('true');
    await type(el, '/serials/0', 'SN1234');
    expect(input(el, '/serials/0').getAttribute('aria-invalid')).to.equal('false');
    const addButton = () =>
      [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Add')!;
    addButton().click();
    await el.updateComplete;
    addButton().click();
    await el.updateComplete;
    expect(addButton().disabled).to.equal(true);
    el.querySelector<HTMLButtonElement>('button[aria-label="Remove item 3"]')!.click();
    await el.updateComplete;
    expect(el.querySelectorAll('[data-pointer^="/serials/"]')).to.have.length(2);
  });

  it('speaks the lang attribute: German chrome and messages', async () => {
    const el = await mount('de');
    expect(el.querySelector('[part="required-pane"] h2')!.textContent).to.equal('Noch auszufüllen');
    expect(el.querySelector('button[type=submit]')!.textContent!.trim()).to.equal('Absenden');
    await type(el, '/name', '');
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await el.updateComplete;
    expect(el.querySelector('.gate-error')!.textContent).to.equal('Bitte füllen Sie dieses Feld aus.');
  });

  it('renders markup in labels and server messages as text', async () => {
    const el = await mount('en', fixtureForm(xssString));
    el.issues = [{ path: '/email', code: 'server-said', message: xssString }];
    await el.updateComplete;
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector(`label[for="${input(el, '/name').id}"]`)!.textContent).to.contain(xssString);
    expect(el.querySelector('.gate-error')!.textContent).to.equal(xssString);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('has no axe violations, pristine and with errors shown', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
