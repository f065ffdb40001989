/**
 * The page code of `browser.bench.ts` (bundled by esbuild, run in Chromium): nothing is registered at load, so the
 * define → first-form measurement starts from unregistered tags; the 200-field form is compiled once at start-up
 * (not measured) with the runtime compiler.
 */
import { compileForm } from '@gatehouse/forms/compile';
import { fromPromise } from 'xstate';
import { GateForm } from '../src/form/gate-form.element.js';
import type { RenderableForm } from '../src/form/form-model.js';
import { GateRegistration } from '../src/registration/registration.element.js';
import { defineElement } from '../src/common/define.js';

const frame = () => new Promise((r) => requestAnimationFrame(r));

/** ms from registering the tags to the first rendered input of the registration form. */
async function defineToForm(): Promise<number> {
  const t0 = performance.now();
  defineElement('gate-form', GateForm);
  defineElement('gate-registration', GateRegistration);
  const el = document.createElement('gate-registration') as GateRegistration;
  el.persist = 'none';
  el.ports = {
    register: fromPromise(async () => ({ id: 'r1' })),
    resendConfirmation: fromPromise(async () => ({})),
    confirmEmail: fromPromise(async () => ({ id: 'r1' })),
    getRegistrationStatus: fromPromise(async () => ({ status: 'pending-approval' })),
  };
  document.body.append(el);
  while (!el.querySelector('gate-form input')) await new Promise((r) => setTimeout(r, 0));
  return performance.now() - t0;
}

/** Keystroke → message latency on a 200-field form: input event dispatched until the message is in the DOM. */
async function keystrokes(rounds: number): Promise<number[]> {
  defineElement('gate-form', GateForm);
  const properties: Record<string, unknown> = {};
  const order: string[] = [];
  for (let i = 0; i < 200; i++) {
    properties[`f${i}`] = { type: 'string', minLength: 3, maxLength: 40 };
    order.push(`/f${i}`);
  }
  const form = compileForm({
    id: 'bench-200',
    schema: { type: 'object', properties, required: Object.keys(properties) },
    ui: { order },
  } as never) as unknown as RenderableForm;
  const el = document.createElement('gate-form') as GateForm;
  el.form = form;
  document.body.append(el);
  await el.updateComplete;
  const input = el.querySelector<HTMLInputElement>('[data-pointer="/f100"]')!;
  // Messages show while typing once a field was left (touched); leave it once first, as a user would.
  input.value = 'x';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('blur'));
  await el.updateComplete;
  const times: number[] = [];
  for (let i = 1; i <= rounds; i++) {
    const bad = i % 2 === 0; // odd rounds fix the value (message goes), even rounds break it (message comes)
    const t0 = performance.now();
    input.value = bad ? 'x' : 'xyz';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    const shown = !!input.closest('.gate-field')!.querySelector('.gate-error');
    times.push(performance.now() - t0);
    if (shown !== bad) throw new Error(`round ${i}: message ${shown ? 'shown' : 'missing'}`);
    await frame();
  }
  return times;
}

Object.assign(window, { defineToForm, keystrokes });
