import { compileForm } from '@gatehouse/forms/compile';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/form/define.js';
import type { RenderableForm } from '../../src/form/form-model.js';
import type { GateForm } from '../../src/form/gate-form.element.js';

const control = (el: GateForm, pointer: string) =>
  el.querySelector<HTMLInputElement>(`[data-pointer="${pointer}"]`)!;

/** A form whose messages are one line (text, e-mail, checkbox) and two or three lines (phone, a long own message). */
const messages = {
  id: 'nothing-moves',
  schema: {
    type: 'object',
    required: ['agree'],
    properties: {
      company: { type: 'string', minLength: 3, maxLength: 50 },
      phone: { type: 'string', maxLength: 30, 'x-rule': 'phone' },
      email: { type: 'string', format: 'email', maxLength: 100 },
      code: { type: 'string', pattern: '^[A-Z]{2}-[0-9]{4}$', maxLength: 7 },
      agree: { type: 'boolean', const: true },
      seats: { type: 'integer', minimum: 1, maximum: 8 },
    },
  },
  messages: {
    en: {
      '/code': {
        pattern:
          'A booking code is two capital letters, a hyphen and four digits, exactly as printed on the confirmation we sent you by e-mail.',
      },
    },
  },
};

/** Where every control below `pointer` and the submit button are, to the pixel. */
function below(el: GateForm, pointer: string): Record<string, number> {
  const all = [...el.querySelectorAll<HTMLElement>('[data-pointer], button[type=submit]')];
  const from = all.indexOf(control(el, pointer)) + 1;
  return Object.fromEntries(
    all.slice(from).map((c) => [c.dataset.pointer ?? 'submit', Math.round(c.getBoundingClientRect().top)]),
  );
}

/** What a person types, as the browser reports it (one input event with the new text). */
async function typeInto(el: GateForm, pointer: string, text: string) {
  const input = control(el, pointer);
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

const messageOf = (el: GateForm, pointer: string) =>
  el.querySelector(`#${control(el, pointer).id.replace(/-in$/, '-err')}`)!;

describe('<gate-form> the lost click', () => {
  it('an error appearing when leaving a field does not move the next checkbox away from the pointer', async () => {
    const def = {
      id: 'lost-click',
      schema: {
        type: 'object',
        properties: {
          company: { type: 'string', minLength: 3, maxLength: 50 },
          newsletter: { type: 'boolean' },
          seats: { type: 'integer', minimum: 1, maximum: 8 },
        },
      },
    };
    const el = await fixture<GateForm>(
      html`<gate-form lang="en" .form=${compileForm(def) as unknown as RenderableForm}></gate-form>`,
    );
    const company = control(el, '/company');
    company.focus();
    await sendKeys({ type: 'ab' });
    const box = control(el, '/newsletter');
    const before = box.getBoundingClientRect();
    // Tab out (the error appears), then click where the checkbox was.
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.querySelector('.gate-error:not(:empty)')!.textContent).to.match(/at least 3/);
    const after = box.getBoundingClientRect();
    expect(after.top).to.equal(before.top);
    await sendMouse({
      type: 'click',
      position: [Math.round(before.left + before.width / 2), Math.round(before.top + before.height / 2)],
    });
    await el.updateComplete;
    expect(box.checked).to.equal(true);
    // Numbers carry min/max/step.
    const seats = control(el, '/seats');
    expect([seats.min, seats.max, seats.step]).to.deep.equal(['1', '8', '1']);
  });

  for (const [pointer, wrong, right, lines] of [
    ['/company', 'ab', 'Acme', 1],
    ['/phone', '+49 30 12', '+49 30 901820', 2],
    ['/email', 'jane@', 'jane@acme.example', 1],
    ['/code', 'ab-12', 'AB-1234', 3],
  ] as const) {
    it(`a ${lines}-line message of ${pointer} appearing (left with Tab) and clearing (fixed) moves no control below`, async () => {
      const form = compileForm(messages) as unknown as RenderableForm & { ready(): Promise<void> };
      await form.ready();
      const el = await fixture<GateForm>(
        html`<gate-form lang="en" style="display: block; width: 360px" .form=${form}></gate-form>`,
      );
      await typeInto(el, pointer, wrong);
      const before = below(el, pointer);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      const message = messageOf(el, pointer);
      expect(message.className).to.equal('gate-error');
      // The message really is that long at this width (14 px text, 19 px lines).
      expect(Math.round(message.getClientRects()[0]!.height / 18.9)).to.equal(lines);
      expect(below(el, pointer), 'after the message appeared').to.deep.equal(before);
      await typeInto(el, pointer, right);
      expect(message.className).to.equal('gate-slot');
      expect(message.textContent).to.equal('');
      expect(below(el, pointer), 'after the message cleared').to.deep.equal(before);
    });
  }

  it('a shorter message after a longer one shows at the top of the room kept for the longer one', async () => {
    const def = {
      id: 'shorter',
      schema: {
        type: 'object',
        properties: {
          code: { type: 'string', pattern: '^[A-Z]{2}-[0-9]{4}', maxLength: 7 },
          seats: { type: 'integer' },
        },
      },
      messages: messages.messages,
    };
    const el = await fixture<GateForm>(
      html`<gate-form lang="en" style="display: block; width: 360px" .form=${compileForm(def) as unknown as RenderableForm}></gate-form>`,
    );
    await typeInto(el, '/code', 'ab-12');
    const before = below(el, '/code');
    await sendKeys({ press: 'Tab' });
    await typeInto(el, '/code', 'AB-12345');
    const message = messageOf(el, '/code');
    expect(message.textContent).to.equal('Please enter at most 7 characters.');
    expect(below(el, '/code')).to.deep.equal(before);
    const text = document.createRange();
    text.selectNodeContents(message);
    // On the first line of the room (within its half-leading), not below the invisible copy (a line is 19 px).
    expect(text.getClientRects()[0]!.top - message.getBoundingClientRect().top).to.be.within(0, 4);
  });

  it('a checkbox message appearing (unticked) and clearing (ticked) moves no control below', async () => {
    const el = await fixture<GateForm>(
      html`<gate-form lang="en" style="display: block; width: 360px" .form=${compileForm(messages) as unknown as RenderableForm}></gate-form>`,
    );
    const box = control(el, '/agree');
    box.click();
    await el.updateComplete;
    const before = below(el, '/agree');
    box.click();
    await el.updateComplete;
    expect(messageOf(el, '/agree').textContent).to.equal('Please tick this box to continue.');
    expect(below(el, '/agree'), 'after the message appeared').to.deep.equal(before);
    box.click();
    await el.updateComplete;
    expect(messageOf(el, '/agree').textContent).to.equal('');
    expect(below(el, '/agree'), 'after the message cleared').to.deep.equal(before);
  });

  it('a click on the checkbox right after a wrong phone number lands, though a two-line message appears', async () => {
    const form = compileForm(messages) as unknown as RenderableForm & { ready(): Promise<void> };
    await form.ready();
    const el = await fixture<GateForm>(
      html`<gate-form lang="en" style="display: block; width: 360px" .form=${form}></gate-form>`,
    );
    await typeInto(el, '/phone', '+49 30 12');
    const box = control(el, '/agree').getBoundingClientRect();
    // The press moves focus out of the phone field (its message appears), the release must still be on the box.
    await sendMouse({
      type: 'click',
      position: [Math.round(box.left + box.width / 2), Math.round(box.bottom - 2)],
    });
    await el.updateComplete;
    expect(messageOf(el, '/phone').className).to.equal('gate-error');
    expect(control(el, '/agree').checked).to.equal(true);
  });

  it('a long label in the "still required" pane starts beside its bullet and wraps under itself', async () => {
    const def = {
      id: 'pane-layout',
      schema: {
        type: 'object',
        required: ['confirm'],
        properties: { confirm: { type: 'boolean', const: true } },
      },
      ui: {
        fields: {
          '/confirm': { label: 'I confirm that the delivery address above is correct and complete' },
        },
      },
    };
    const el = await fixture<GateForm>(
      html`<gate-form lang="en" show-required style="display: block; width: 260px"
        .form=${compileForm(def) as unknown as RenderableForm}></gate-form>`,
    );
    await el.updateComplete;
    const item = el.querySelector<HTMLLIElement>('[part~="required-pane"] li')!;
    const link = item.querySelector('button')!;
    const lines = link.getClientRects();
    expect(getComputedStyle(link).textAlign).to.be.oneOf(['start', 'left']);
    // The label wraps, and its first line starts where the item's text starts (not centred under the bullet).
    expect(link.getBoundingClientRect().height).to.be.greaterThan(30);
    expect(Math.round(lines[0]!.top)).to.equal(Math.round(item.getBoundingClientRect().top));
  });
});
