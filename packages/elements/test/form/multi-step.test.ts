import { compileForm } from '@gatehouse/forms/compile';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/form/define.js';
import '../../src/locales/de.js';
import type { RenderableForm } from '../../src/form/form-model.js';
import type { GateForm } from '../../src/form/gate-form.element.js';

/** The example definition product teams read in the docs, served from the repository. */
const warranty = await (
  await fetch(new URL('../../../forms/examples/warranty-claim.form.json', import.meta.url))
).json();

const control = (el: GateForm, pointer: string) =>
  el.querySelector<HTMLInputElement>(`[data-pointer="${pointer}"]`);

/** Types into a control as a person does: focus, keys, leave. */
async function fill(el: GateForm, pointer: string, text: string) {
  const input = control(el, pointer)!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('blur'));
  await el.updateComplete;
}

async function choose(el: GateForm, pointer: string, index: number) {
  const select = control(el, pointer) as unknown as HTMLSelectElement;
  select.selectedIndex = index;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const button = (el: GateForm, text: RegExp) =>
  [...el.querySelectorAll('button')].find((b) => text.test(b.textContent ?? ''))!;

const pane = (el: GateForm) =>
  [...el.querySelectorAll('.gate-required li')].map((li) => li.textContent!.trim());
const title = (el: GateForm) => el.querySelector('.gate-step-title')?.textContent?.trim();

/** The navigation arrives with a lazy chunk: wait for its heading. */
async function stepped(el: GateForm) {
  const until = Date.now() + 15_000;
  while (!el.stepper || !el.querySelector('.gate-step-title')) {
    if (Date.now() > until) throw new Error('the step navigation never arrived');
    await new Promise((r) => setTimeout(r, 20));
  }
  await el.updateComplete;
}

/** `GATEHOUSE_SCREENSHOTS` set: the test runner saves the page at desktop and phone width (docs). */
async function shoot(name: string) {
  for (const [width, suffix] of [
    [1280, 'desktop'],
    [390, 'phone'],
  ] as const) {
    await setViewport({ width, height: 900 });
    await executeServerCommand('gate-screenshot', { name: `${name}-${suffix}` });
  }
  await setViewport({ width: 1280, height: 900 });
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const daysAgo = (n: number) => iso(new Date(Date.now() - n * 86_400_000));

describe('<gate-form> multi-step (the warranty claim)', () => {
  it('walks three steps: titles, progress, per-step validation, the pane for the step, back keeps data, submit at the end', async () => {
    const form = compileForm(warranty) as unknown as RenderableForm;
    const el = await fixture<GateForm>(html`<gate-form lang="en" show-required .form=${form}></gate-form>`);
    await stepped(el);

    // Step 1: its title, the progress, only its fields, the pane listing only its fields.
    expect(title(el)).to.equal('Your device');
    expect(el.querySelector('.gate-step-progress')!.textContent).to.equal('Step 1 of 3');
    expect(el.querySelector('[aria-current=step]')!.textContent).to.equal('Your device');
    expect(control(el, '/serialNumber')).to.exist;
    expect(control(el, '/purchaseDate')).to.equal(null);
    expect(pane(el)).to.deep.equal(['Serial number', 'Model', 'What is wrong?']);
    expect(button(el, /Back$/)).to.equal(undefined);

    // Next on an empty step names only this step's fields and stays.
    const submitted: unknown[] = [];
    el.addEventListener('gate-submit', (e) => submitted.push(e.detail.value));
    button(el, /Next/).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(title(el)).to.equal('Your device');
    expect(el.querySelectorAll('[aria-invalid=true]').length).to.equal(3);
    expect(el.querySelector('[role=status].gate-sr-only:not(:empty)')!.textContent).to.match(/3/);
    await shoot('forms-multi-step-errors');

    await fill(el, '/serialNumber', 'GH2-004512');
    await choose(el, '/model', 2);
    await fill(el, '/problem', 'The display stays black.');
    expect(pane(el)).to.deep.equal([]);

    // Next (Enter in a field submits the <form>, which is Next here): step 2, focus on its heading, announced.
    control(el, '/serialNumber')!.focus();
    const moved = oneEvent(el, 'gate-form-step');
    await sendKeys({ press: 'Enter' });
    expect((await moved).detail).to.deep.equal({ step: 'purchase', index: 1, count: 3 });
    await el.updateComplete;
    expect(title(el)).to.equal('Purchase');
    expect(document.activeElement).to.equal(el.querySelector('.gate-step-title'));
    expect(el.querySelector('.gate-steps')!.nextElementSibling!.matches('h2')).to.equal(true);
    expect([...el.querySelectorAll('[role=status]')].map((s) => s.textContent).join(' ')).to.contain(
      'Step 2 of 3: Purchase',
    );
    expect(control(el, '/serialNumber')).to.equal(null);
    expect(control(el, '/purchaseDate')!.type).to.equal('date');
    expect(pane(el)).to.deep.equal([
      'Purchase date',
      'Bought from (shop or reseller)',
      'Does the device still turn on?',
    ]);
    await shoot('forms-multi-step-purchase');

    // A failure before the purchase is refused on this step.
    await fill(el, '/purchaseDate', daysAgo(30));
    await fill(el, '/failureDate', daysAgo(60));
    await fill(el, '/boughtFrom', 'Elektro Meier');
    el.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!.click();
    await el.updateComplete;
    button(el, /Next/).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(title(el)).to.equal('Purchase');
    expect(el.querySelector('.gate-error')!.textContent).to.match(/or later/i);
    await fill(el, '/failureDate', daysAgo(3));

    // Back keeps what was typed, forth again too.
    button(el, /Back$/).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(title(el)).to.equal('Your device');
    expect(control(el, '/serialNumber')!.value).to.equal('GH2-004512');
    expect(document.activeElement).to.equal(el.querySelector('.gate-step-title'));
    button(el, /Next/).click();
    await oneEvent(el, 'gate-form-step');
    expect(control(el, '/boughtFrom')!.value).to.equal('Elektro Meier');
    button(el, /Next/).click();
    await oneEvent(el, 'gate-form-step');

    // Last step: the submit button says Submit; nothing is submitted before the end.
    expect(title(el)).to.equal('How we reach you');
    expect(button(el, /Next/)).to.equal(undefined);
    expect(submitted).to.deep.equal([]);
    await fill(el, '/name', 'Grace Hopper');
    await fill(el, '/email', 'grace@navy.example');
    (control(el, '/consent') as HTMLInputElement).click();
    await el.updateComplete;
    const done = oneEvent(el, 'gate-submit');
    button(el, /Submit/).click();
    const value = (await done).detail.value;
    expect(value).to.include({
      serialNumber: 'GH2-004512',
      model: 'gh-200',
      stillWorks: false,
      consent: true,
    });
    expect(value.failureDate).to.equal(daysAgo(3));
  });

  it('a problem only an earlier step can fix sends the person back to that step', async () => {
    const form = compileForm(warranty) as unknown as RenderableForm;
    const el = await fixture<GateForm>(html`<gate-form lang="de" .form=${form}></gate-form>`);
    await stepped(el);
    expect(el.querySelector('.gate-step-progress')!.textContent).to.equal('Schritt 1 von 3');
    expect(button(el, /Weiter/)).to.exist;
    // Jump to the last step with data that is complete but wrong on step 1 (set from outside, as a host may).
    el.value = {
      serialNumber: 'bad serial',
      model: 'gh-100',
      problem: 'The display stays black.',
      purchaseDate: daysAgo(30),
      boughtFrom: 'Elektro Meier',
      stillWorks: true,
      name: 'Grace Hopper',
      email: 'grace@navy.example',
      consent: true,
    };
    await el.stepper!.go(2);
    expect(title(el)).to.equal('How we reach you');
    expect(await el.submit()).to.equal(false);
    await el.updateComplete;
    expect(title(el)).to.equal('Your device');
    expect(control(el, '/serialNumber')!.getAttribute('aria-invalid')).to.equal('true');
    expect(document.activeElement).to.equal(control(el, '/serialNumber'));
  });

  it('single-page forms and forms whose steps a flow drives load no step navigation', async () => {
    const single = compileForm({
      id: 'single',
      schema: { type: 'object', properties: { a: { type: 'string', maxLength: 5 } } },
    }) as unknown as RenderableForm;
    const a = await fixture<GateForm>(html`<gate-form .form=${single}></gate-form>`);
    const b = await fixture<GateForm>(
      html`<gate-form step="purchase" .form=${compileForm(warranty) as unknown as RenderableForm}></gate-form>`,
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(a.stepper).to.equal(undefined);
    expect(b.stepper).to.equal(undefined);
    expect(b.querySelector('.gate-step-title')).to.equal(null);
    expect(control(b, '/purchaseDate')).to.exist;
    expect(control(b, '/serialNumber')).to.equal(null);
  });
});
