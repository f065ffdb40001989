/**
 * The example forms of docs/forms.md ("Example forms"), walked as a person fills them in, at 1280 and 390 px, in
 * English and German: the event registration's dinner question is Yes/No and brings the dietary field, the change
 * of address is a nested group in both languages with a date picker. (The warranty claim's three steps and its photo
 * upload are walked by `multi-step.test.ts` and the server's `form-files-chromium.test.ts`.) With
 * GATEHOUSE_SCREENSHOTS set, each walk leaves screenshots for the docs.
 */
import { compileForm } from '@gatehouse/forms/compile';
import { resolveDateBound } from '@gatehouse/forms/rules/date-bounds';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/form/define.js';
import '../../src/form/de.js';
import type { RenderableForm } from '../../src/form/form-model.js';
import type { GateForm } from '../../src/form/gate-form.element.js';

const example = async (name: string) =>
  (await fetch(new URL(`../../../forms/examples/${name}.form.json`, import.meta.url))).json();

const control = <T extends HTMLElement = HTMLInputElement>(el: GateForm, pointer: string) =>
  el.querySelector<T>(`[data-pointer="${pointer}"]`);

async function fill(el: GateForm, pointer: string, text: string) {
  const input = control(el, pointer)!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('blur'));
  await el.updateComplete;
}

/** The radio or checkbox whose label reads `label`, clicked. */
async function pick(el: GateForm, label: string) {
  const choice = [...el.querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(label));
  expect(choice, `a choice "${label}"`).to.exist;
  (choice!.querySelector('input') ?? document.getElementById(choice!.htmlFor))!.click();
  await el.updateComplete;
}

async function choose(el: GateForm, pointer: string, value: string) {
  const select = control<HTMLSelectElement>(el, pointer)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const labels = (el: GateForm) =>
  [...el.querySelectorAll('.gate-label, legend')].map((l) => l.textContent!.replace(/\*.*$/, '').trim());

/** Nothing sticks out sideways at this width (a phone would scroll). */
const fitsWidth = () => expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);

const shot = (name: string) => executeServerCommand('gate-screenshot', { name });

/** Today plus `days`, as a date input's value. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

for (const [width, size] of [
  [1280, 'desktop'],
  [390, 'phone'],
] as const) {
  describe(`example forms at ${width} px`, () => {
    before(() => setViewport({ width, height: 900 }));

    for (const lang of ['en', 'de'] as const) {
      it(`event registration (${lang}): in its own words, Yes/No for dinner brings the dietary field, which is then required`, async () => {
        const form = compileForm(await example('event-registration')) as unknown as RenderableForm;
        const el = await fixture<GateForm>(
          html`<gate-form lang=${lang} show-required .form=${form}></gate-form>`,
        );
        expect(control(el, '/dietary')).to.equal(null);
        const yes = lang === 'de' ? 'Ja' : 'Yes';
        const radios = [
          ...el.querySelectorAll<HTMLInputElement>('fieldset[role=radiogroup] input[type=radio]'),
        ];
        expect(radios.length).to.equal(4);
        await fill(el, '/name', 'Ada Lovelace');
        await fill(el, '/company', 'Analytical Engines');
        await fill(el, '/email', 'ada@engines.example');
        expect(labels(el)).to.include(
          lang === 'de' ? 'Kommen Sie zum Abendessen?' : 'Will you join the dinner?',
        );
        await pick(el, lang === 'de' ? 'Beide Tage' : 'Both days');
        await pick(el, yes);
        expect(control(el, '/dietary'), 'the dietary field appears with Yes').to.exist;
        expect(control(el, '/guests')!.type).to.equal('number');
        expect([control(el, '/guests')!.min, control(el, '/guests')!.max]).to.deep.equal(['0', '3']);
        // The unticked terms say what to do with a box, not "Please fill in this field."
        expect(await el.submit()).to.equal(false);
        const messages = [...el.querySelectorAll('.gate-error')].map((m) => m.textContent);
        expect(messages).to.deep.equal(
          lang === 'de'
            ? ['Bitte füllen Sie dieses Feld aus.', 'Bitte setzen Sie das Häkchen, um fortzufahren.']
            : ['Please fill in this field.', 'Please tick this box to continue.'],
        );
        fitsWidth();
        await shot(`forms-example-event-${lang}-${size}`);
        await choose(el, '/dietary', 'vegan');
        await pick(el, lang === 'de' ? 'Ich bin einverstanden' : 'I agree');
        setTimeout(() => el.querySelector<HTMLButtonElement>('button[type=submit]')!.click());
        const { detail } = await oneEvent(el, 'gate-submit');
        expect(detail.value).to.deep.equal({
          name: 'Ada Lovelace',
          company: 'Analytical Engines',
          email: 'ada@engines.example',
          ticket: 'two-days',
          dinner: true,
          dietary: 'vegan',
          terms: true,
        });
      });

      it(`change of address (${lang}): the nested address in its own words, a date picker, Yes/No`, async () => {
        const form = compileForm(await example('change-of-address')) as unknown as RenderableForm;
        const el = await fixture<GateForm>(
          html`<gate-form lang=${lang} show-required .form=${form}></gate-form>`,
        );
        expect(labels(el)).to.include.members(
          lang === 'de'
            ? ['Neue Adresse', 'Straße und Hausnummer', 'Postleitzahl', 'Ort', 'Land']
            : ['New address', 'Street and number', 'Postal code', 'City', 'Country'],
        );
        expect(control(el, '/movingDate')!.type).to.equal('date');
        // The picker offers only the dates the rule accepts (notBefore today-3m, notAfter today+1y).
        expect(control(el, '/movingDate')!.min).to.equal(resolveDateBound('today-3m', {}));
        expect(control(el, '/movingDate')!.max).to.equal(resolveDateBound('today+1y', {}));
        await fill(el, '/customerNumber', '12-34');
        await fill(el, '/newAddress/street', 'Hauptstraße 5');
        await fill(el, '/movingDate', inDays(400));
        fitsWidth();
        await shot(`forms-example-address-${lang}-${size}`);
        expect(el.querySelectorAll('.gate-error').length).to.equal(2);
        // The latest date in the reader's own way of writing dates, not ISO.
        const tooLate = el.querySelector('.gate-field:has([data-pointer="/movingDate"]) .gate-error')!
          .textContent!;
        expect(tooLate).to.match(
          lang === 'de' ? /den \d{2}\.\d{2}\.\d{4} oder/ : /enter [A-Z][a-z]{2} \d{1,2}, \d{4} or/,
        );
        await fill(el, '/customerNumber', '0012345');
        await fill(el, '/newAddress/postalCode', '10115');
        await fill(el, '/newAddress/city', 'Berlin');
        await choose(el, '/newAddress/country', 'DE');
        await fill(el, '/movingDate', inDays(14));
        await pick(el, lang === 'de' ? 'Ja' : 'Yes');
        setTimeout(() => el.querySelector<HTMLButtonElement>('button[type=submit]')!.click());
        const { detail } = await oneEvent(el, 'gate-submit');
        expect(detail.value).to.deep.equal({
          customerNumber: '0012345',
          newAddress: { street: 'Hauptstraße 5', postalCode: '10115', city: 'Berlin', country: 'DE' },
          movingDate: inDays(14),
          forwardMail: true,
        });
      });
    }
  });
}
