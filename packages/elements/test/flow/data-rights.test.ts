import { expect, fixture, html } from '@open-wc/testing';
import '../../src/data-rights/define.js';
import '../../src/locales/de.js';
import type { GateDataRights } from '../../src/data-rights/data-rights.element.js';
import { deepActive, fill, heading, portError, record, stubPort, until } from './stub-port.js';

const exported = {
  exportedAt: '2026-12-05T10:00:00Z',
  account: { email: 'ada.lovelace@analytical-engines.com', givenName: 'Ada' },
};
const colleagues = [
  { id: 'acc_grace', name: 'Grace Hopper' },
  { id: 'acc_alan', name: 'Alan Turing' },
];

function ports(handOver: 'none' | 'required' = 'none') {
  return {
    loadRequirements: stubPort({
      output: { handOver, successors: handOver === 'required' ? colleagues : [] },
    }),
    exportData: stubPort({ output: { fileName: 'my-data-2026-12-05.json', data: exported } }),
    deleteAccount: stubPort({ output: undefined }),
  };
}
type Ports = ReturnType<typeof ports>;
const logic = (p: Ports) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.logic]));
const button = (el: GateDataRights, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
/** The texts a field's control is described by (its help and its error). */
function fieldError(el: GateDataRights, pointer: string): string {
  const control = el.querySelector(`gate-form[slot="form"] [data-pointer="${pointer}"]`)!;
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => el.querySelector(`[id="${id}"]`)?.textContent ?? '').join(' ');
}

/** Catches the download link the element clicks: its file name and the text of its blob. */
function catchDownloads() {
  const seen: { name: string; url: string }[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) seen.push({ name: this.download, url: this.href });
    else original.call(this);
  };
  return { seen, restore: () => (HTMLAnchorElement.prototype.click = original) };
}

describe('<gate-data-rights>', () => {
  it('downloads the export as a .json file, says so; axe clean', async () => {
    const p = ports();
    const el = await fixture<GateDataRights>(
      html`<gate-data-rights lang="en" persist="none" .ports=${logic(p)}></gate-data-rights>`,
    );
    await until(() => el.step === 'overview');
    await el.updateComplete;
    expect(heading(el)).to.equal('Your data');
    await expect(el).to.be.accessible();
    const downloads = catchDownloads();
    try {
      button(el, 'Download my data')!.click();
      await until(() => downloads.seen.length === 1 && el.step === 'overview');
    } finally {
      downloads.restore();
    }
    await el.updateComplete;
    expect(downloads.seen[0]!.name).to.equal('my-data-2026-12-05.json');
    const file = await fetch(downloads.seen[0]!.url);
    expect(file.headers.get('content-type')).to.equal('application/json');
    expect(await file.json()).to.deep.equal(exported);
    expect(el.shadowRoot!.querySelector('[part="note"]')!.textContent).to.contain(
      'Your data was saved as my-data-2026-12-05.json',
    );
    await expect(el).to.be.accessible();
  });

  it('a wrong password is refused at the field; the right one deletes and completes with deleted: true', async () => {
    const p = ports();
    p.deleteAccount.answer({ error: portError('invalid-current-password') }, { output: undefined });
    const el = await fixture<GateDataRights>(
      html`<gate-data-rights lang="en" persist="none" .ports=${logic(p)}></gate-data-rights>`,
    );
    const done = record(el, 'gate-complete');
    await until(() => el.step === 'overview');
    button(el, 'Delete my account')!.click();
    await until(() => el.step === 'confirming');
    await el.updateComplete;
    expect(heading(el)).to.equal('Delete your account');
    const facts = el.shadowRoot!.querySelector('[part="facts"]')!.textContent!;
    expect(facts).to.contain('Deleted: your account and profile');
    expect(facts).to.contain('Kept: the security log');
    // No successor to choose for someone who is not the last Super Admin.
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
    const password = el.querySelector<HTMLInputElement>('gate-form[slot="form"] input[type=password]')!;
    expect(password.autocomplete).to.equal('current-password');
    await expect(el).to.be.accessible();

    // Without "I understand" nothing is sent.
    await fill(el, { '/password': 'wrong password' });
    button(el, 'Delete my account')!.click();
    await el.updateComplete;
    expect(p.deleteAccount.calls).to.have.length(0);
    expect(fieldError(el, '/understood')).to.contain('Please tick this box to continue.');

    await fill(el, { '/understood': true });
    button(el, 'Delete my account')!.click();
    await until(() => p.deleteAccount.calls.length === 1 && el.step === 'confirming');
    await el.updateComplete;
    expect(p.deleteAccount.calls[0]).to.deep.equal({ password: 'wrong password', understood: true });
    expect(password.getAttribute('aria-invalid')).to.equal('true');
    expect(fieldError(el, '/password')).to.contain('Your current password is not correct.');
    expect(done).to.have.length(0);

    await fill(el, { '/password': 'the right one' });
    button(el, 'Delete my account')!.click();
    await until(() => el.step === 'deleted');
    await el.updateComplete;
    expect(p.deleteAccount.calls[1]).to.deep.equal({ password: 'the right one', understood: true });
    expect(heading(el)).to.equal('Your account was deleted');
    expect(done[0]!.detail.output).to.deep.equal({ deleted: true });
    // The password is gone with the form: nothing of it is left in the element.
    expect(el.querySelector('gate-form[slot="form"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('German at 390 px: the last Super Admin must choose a successor, who is sent with the password', async () => {
    const p = ports('required');
    const el = await fixture<GateDataRights>(
      html`<gate-data-rights lang="de" persist="none" .ports=${logic(p)}></gate-data-rights>`,
    );
    el.style.width = '358px';
    await until(() => el.step === 'overview');
    button(el, 'Mein Konto löschen')!.click();
    await until(() => el.step === 'confirming');
    await el.updateComplete;
    expect(heading(el)).to.equal('Konto löschen');
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select#successor')!;
    expect([...select.options].map((o) => o.textContent)).to.deep.equal([
      'Person auswählen',
      'Grace Hopper',
      'Alan Turing',
    ]);
    await expect(el).to.be.accessible();

    await fill(el, { '/password': 'richtiges Passwort', '/understood': true });
    button(el, 'Mein Konto löschen')!.click();
    await until(() => select.getAttribute('aria-invalid') === 'true');
    await el.updateComplete;
    expect(p.deleteAccount.calls).to.have.length(0);
    expect(el.shadowRoot!.querySelector('#successor-error')!.textContent).to.equal(
      'Wählen Sie, wer die Rolle des Super Admins übernimmt.',
    );
    await until(() => deepActive() === select);
    expect(el.scrollWidth).to.be.at.most(358);
    await expect(el).to.be.accessible();

    select.value = 'acc_alan';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(select.getAttribute('aria-invalid')).to.equal('false');
    button(el, 'Mein Konto löschen')!.click();
    await until(() => el.step === 'deleted');
    expect(p.deleteAccount.calls[0]).to.deep.equal({
      password: 'richtiges Passwort',
      understood: true,
      successor: 'acc_alan',
    });
    expect(heading(el)).to.equal('Ihr Konto wurde gelöscht');
  });

  it('when the company changed meanwhile, it loads who can take over and says why', async () => {
    const p = ports();
    p.deleteAccount.answer({ error: portError('hand-over-required') });
    p.loadRequirements.answer(
      { output: { handOver: 'none', successors: [] } },
      { output: { handOver: 'required', successors: colleagues } },
    );
    const el = await fixture<GateDataRights>(
      html`<gate-data-rights lang="en" persist="none" .ports=${logic(p)}></gate-data-rights>`,
    );
    const errors = record(el, 'gate-error');
    await until(() => el.step === 'overview');
    button(el, 'Delete my account')!.click();
    await until(() => el.step === 'confirming');
    await el.updateComplete;
    await fill(el, { '/password': 'secret words', '/understood': true });
    button(el, 'Delete my account')!.click();
    await until(() => p.loadRequirements.calls.length === 2 && el.step === 'overview');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="alert"]')!.textContent).to.contain(
      'Your company has no other Super Admin now.',
    );
    expect(errors.map((e) => e.detail.code)).to.include('hand-over-required');
    button(el, 'Delete my account')!.click();
    await until(() => el.step === 'confirming');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('select#successor')).to.not.equal(null);
  });
});
