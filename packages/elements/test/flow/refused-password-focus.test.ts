/**
 * A password the backend refuses puts focus on the password field with its error, wherever the person pressed the
 * button: deleting the account (`<gate-data-rights>`), changing the password (`<gate-password-change>`) and changing
 * the e-mail address (`<gate-email-change>`). The button is pressed with the mouse, as a person does, so it has focus
 * when the answer comes back (a scripted `click()` would leave focus on the page and hide the problem).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/data-rights/define.js';
import '../../src/email-change/define.js';
import '../../src/password-change/define.js';
import type { GateFlowElement } from '../../src/flow/flow-element.js';
import { deepActive, fill, portError, stubPort, until } from './stub-port.js';

const strong = 'Kettle-Harbour-Violin-93';
const logic = (p: Record<string, ReturnType<typeof stubPort>>) =>
  Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.logic]));

/** The button a person sees for `name` (shadow DOM chrome or the slotted form). */
function visibleButton(el: Element, name: string): HTMLButtonElement {
  const all = [
    ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button'),
    ...el.querySelectorAll<HTMLButtonElement>('gate-form[slot="form"] button'),
  ];
  const found = all.find((b) => b.textContent!.trim() === name && b.checkVisibility());
  if (!found) throw new Error(`no visible button "${name}"`);
  return found;
}

/** A real mouse click in the middle of the button (focus moves to it, as in a browser). */
async function press(button: HTMLElement): Promise<void> {
  button.scrollIntoView({ block: 'center' });
  const r = button.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)],
  });
}

/** Focus is on the form's control for `pointer`, marked invalid and described by its error. */
async function expectFocusOnError(el: GateFlowElement, pointer: string, error: string): Promise<void> {
  await until(() => deepActive()?.getAttribute('data-pointer') === pointer, 2000).catch(() => {});
  const active = deepActive();
  expect(`${active?.tagName} ${active?.getAttribute('data-pointer')}`).to.equal(`INPUT ${pointer}`);
  expect(active!.getAttribute('aria-invalid')).to.equal('true');
  const described = (active!.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => (id ? (el.querySelector(`[id="${id}"]`)?.textContent ?? '') : ''))
    .join(' ');
  expect(described).to.contain(error);
}

describe('a refused password takes focus to the password field', () => {
  it('<gate-data-rights>: Delete my account with a wrong password', async () => {
    const ports = {
      loadRequirements: stubPort({ output: { handOver: 'none', successors: [] } }),
      exportData: stubPort({ output: { fileName: 'x.json', data: {} } }),
      deleteAccount: stubPort({ error: portError('invalid-current-password') }),
    };
    const el = await fixture<GateFlowElement>(
      html`<gate-data-rights lang="en" persist="none" .ports=${logic(ports)}></gate-data-rights>`,
    );
    await until(() => el.step === 'overview');
    await el.updateComplete;
    await press(visibleButton(el, 'Delete my account'));
    await until(() => el.step === 'confirming');
    await el.updateComplete;
    await fill(el, { '/password': 'wrong password', '/understood': true });
    await press(visibleButton(el, 'Delete my account'));
    await until(() => ports.deleteAccount.calls.length === 1 && el.step === 'confirming');
    await el.updateComplete;
    await expectFocusOnError(el, '/password', 'Your current password is not correct.');
  });

  it('<gate-password-change>: a refused current password', async () => {
    const ports = { changePassword: stubPort({ error: portError('invalid-current-password') }) };
    const el = await fixture<GateFlowElement>(
      html`<gate-password-change lang="en" persist="none" .ports=${logic(ports)}></gate-password-change>`,
    );
    await until(() => el.step === 'editing');
    await el.updateComplete;
    await fill(el, { '/currentPassword': 'old one', '/newPassword': strong, '/confirmPassword': strong });
    await press(visibleButton(el, 'Change password'));
    await until(() => ports.changePassword.calls.length === 1 && el.step === 'editing');
    await el.updateComplete;
    await expectFocusOnError(el, '/currentPassword', 'current password is not correct');
  });

  it('<gate-email-change>: a refused password', async () => {
    const ports = {
      requestEmailChange: stubPort({ error: portError('invalid-current-password') }),
      confirmEmailChange: stubPort({ output: { email: 'x@example.com', endedSessions: 0 } }),
    };
    const el = await fixture<GateFlowElement>(
      html`<gate-email-change lang="en" persist="none" email="ada@analytical-engines.com" .ports=${logic(ports)}></gate-email-change>`,
    );
    await until(() => el.step === 'editing');
    await el.updateComplete;
    await fill(el, { '/newEmail': 'ada.lovelace@analytical-engines.com', '/currentPassword': 'wrong' });
    await press(visibleButton(el, 'Send confirmation link'));
    await until(() => ports.requestEmailChange.calls.length === 1 && el.step === 'editing');
    await el.updateComplete;
    await expectFocusOnError(el, '/currentPassword', 'Your current password is not correct.');
  });
});
