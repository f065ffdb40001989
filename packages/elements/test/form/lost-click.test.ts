import { compileForm } from '@gatehouse/forms/compile';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/form/define.js';
import type { RenderableForm } from '../../src/form/form-model.js';
import type { GateForm } from '../../src/form/gate-form.element.js';

const control = (el: GateForm, pointer: string) =>
  el.querySelector<HTMLInputElement>(`[data-pointer="${pointer}"]`)!;

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
