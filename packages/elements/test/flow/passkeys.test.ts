/**
 * `<gate-passkeys>` with nothing on the page but its own define module (`@gatehouse/elements/passkeys/define`), as a
 * host that uses only this element imports it: the password step's `<gate-form>` must come with it. Its own file,
 * so no other import defines `<gate-form>` first. Also: the request to confirm the password is the answer to an
 * action (Add, Remove), never something the person meets before doing anything.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/passkeys/define.js';
import type { GatePasskeys } from '../../src/passkeys/passkeys.element.js';
import { fill, heading, portError, stubPort, until } from './stub-port.js';

const longAgo = new Date(Date.now() - 3_600_000).toISOString();
const laptop = {
  id: 'pk_1',
  name: 'Work laptop',
  createdAt: '2026-11-01T09:00:00Z',
  lastUsedAt: null,
  backedUp: false,
};
const phone = {
  id: 'pk_2',
  name: 'Phone',
  createdAt: '2026-12-01T09:00:00Z',
  lastUsedAt: null,
  backedUp: true,
};

function ports() {
  return {
    listPasskeys: stubPort({ output: { passkeys: [laptop], authenticatedAt: longAgo } }),
    reauthenticate: stubPort({ output: { authenticatedAt: new Date().toISOString() } }),
    passkeyCreationOptions: stubPort({ output: { options: { challenge: 'abc' } } }),
    createPasskey: stubPort({ output: { id: 'cred', response: {} } }),
    savePasskey: stubPort({ output: { passkey: phone } }),
    renamePasskey: stubPort({ output: laptop }),
    removePasskey: stubPort({ output: undefined }),
  };
}
type Ports = ReturnType<typeof ports>;
const logic = (p: Ports) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.logic]));
const button = (el: GatePasskeys, text: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);

/** Everything the element shows, its shadow DOM and its slotted form. */
const shown = (el: GatePasskeys) =>
  `${el.shadowRoot!.textContent ?? ''} ${el.textContent ?? ''}`.replace(/\s+/g, ' ');

/** Any wording that asks the person to confirm their password again. */
const ASKS_PASSWORD = /confirm your password|password first/i;

describe('<gate-passkeys> from passkeys/define alone', () => {
  it('registers <gate-form> with the element', () => {
    expect(customElements.get('gate-passkeys'), 'gate-passkeys').to.not.equal(undefined);
    expect(customElements.get('gate-form'), 'gate-form').to.not.equal(undefined);
  });

  it('lists the passkeys without asking for the password, though the last sign-in is old', async () => {
    const p = ports();
    const el = await fixture<GatePasskeys>(
      html`<gate-passkeys lang="en" persist="none" .ports=${logic(p)}></gate-passkeys>`,
    );
    await until(() => el.step === 'listing');
    await el.updateComplete;
    expect(heading(el)).to.equal('Passkeys');
    expect(shown(el)).to.contain('Work laptop');
    expect(shown(el)).not.to.match(ASKS_PASSWORD);
    expect(el.querySelector('gate-form[slot="form"]')).to.equal(null);
  });

  it('a list the backend refuses for an old sign-in says nothing about the password before an action', async () => {
    const p = ports();
    p.listPasskeys.answer({ error: portError('reauthentication-required') });
    const el = await fixture<GatePasskeys>(
      html`<gate-passkeys lang="en" persist="none" .ports=${logic(p)}></gate-passkeys>`,
    );
    await until(() => el.step === 'listing');
    await el.updateComplete;
    expect(shown(el)).not.to.match(ASKS_PASSWORD);
  });

  it('Add asks for the password (a working form), then adds the passkey', async () => {
    const p = ports();
    const el = await fixture<GatePasskeys>(
      html`<gate-passkeys lang="en" persist="none" .ports=${logic(p)}></gate-passkeys>`,
    );
    await until(() => el.step === 'listing');
    await el.updateComplete;
    button(el, 'Add a passkey')!.click();
    await until(() => el.step?.startsWith('reauthenticating'));
    await el.updateComplete;
    // Now, as the answer to "Add", the element asks for the password, and the field is there to type it in.
    expect(heading(el)).to.equal('Confirm your password');
    expect(shown(el)).to.match(ASKS_PASSWORD);
    const password = el.querySelector<HTMLInputElement>('gate-form[slot="form"] input[type=password]');
    expect(password, 'the password field').to.not.equal(null);
    await fill(el, { '/password': 'correct horse' });
    el.querySelector<HTMLButtonElement>('gate-form[slot="form"] button[type=submit]')!.click();
    await until(() => el.step === 'listing' && p.savePasskey.calls.length === 1);
    await el.updateComplete;
    expect(p.reauthenticate.calls[0]).to.deep.equal({ password: 'correct horse' });
    expect(shown(el)).to.contain('Phone');
  });
});
