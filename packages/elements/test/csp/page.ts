/**
 * The CSP page (served with `default-src 'self'; script-src 'self'; style-src 'self'` by the wtr middleware):
 * mounts the elements, drives them (typing, errors, submit), then reports the violations seen to the test.
 * Last it runs `eval` on purpose as a positive control: that one must be blocked and reported.
 */
import { violations } from './listen.js';
import '../../src/form/define.js';
import type { GateForm } from '../../src/form/gate-form.element.js';
import { fixtureForm, xssString } from '../form/fixture-form.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function run() {
  const form = document.createElement('gate-form') as GateForm;
  form.showRequired = true;
  form.form = fixtureForm(xssString);
  document.querySelector('#host')!.append(form);
  await form.updateComplete;
  const name = form.querySelector<HTMLInputElement>('[data-pointer="/name"]')!;
  name.value = 'x'.repeat(30);
  name.dispatchEvent(new Event('input'));
  name.dispatchEvent(new Event('blur'));
  await form.updateComplete;
  form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await form.updateComplete;
  form.querySelector<HTMLInputElement>('[data-pointer="/more"]')!.click();
  await form.updateComplete;
  await frame();
  const styled = getComputedStyle(form.querySelector('.gate-submit')!).backgroundColor;
  const before = [...violations];
  let evalBlocked = false;
  try {
    // biome-ignore lint/security/noGlobalEval: the positive control proves the policy is enforced on this page.
    (0, eval)('1');
  } catch {
    evalBlocked = true;
  }
  await frame();
  parent.postMessage(
    {
      type: 'gate-csp-result',
      violations: before,
      afterProbe: violations.length,
      evalBlocked,
      rendered: form.querySelectorAll('input').length,
      styled,
      invalid: form.querySelectorAll('[aria-invalid="true"]').length,
    },
    '*',
  );
}

void run();
