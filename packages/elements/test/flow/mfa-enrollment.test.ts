import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/mfa-enrollment/define.js';
// German is opt-in (a locale module); these tests check German pages too.
import '../../src/locales/de.js';
import type { GateMfaEnrollment } from '../../src/mfa-enrollment/mfa-enrollment.element.js';
import { qrMatrix, qrPath } from '../../src/mfa-enrollment/qr-code.js';
import { deepActive, fill, heading, portError, record, stubPort, until } from './stub-port.js';

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const uri = `otpauth://totp/Portal:ada%40analytical-engines.com?secret=${secret}&issuer=Portal&algorithm=SHA1&digits=6&period=30`;
const longAgo = new Date(Date.now() - 3_600_000).toISOString();

function ports() {
  return {
    listFactors: stubPort({ output: { factors: [], authenticatedAt: longAgo } }),
    reauthenticate: stubPort({ output: { authenticatedAt: new Date().toISOString() } }),
    startTotp: stubPort({ output: { enrollmentId: 'e1', secret, otpauthUri: uri } }),
    confirmTotp: stubPort({ output: undefined }),
    startEmail: stubPort({ output: { enrollmentId: 'm1' } }),
    confirmEmail: stubPort({ output: undefined }),
    removeFactor: stubPort({ output: undefined }),
    regenerateRecoveryCodes: stubPort({ output: { recoveryCodes: ['new0a-codes', 'new0b-codes'] } }),
  };
}
type Ports = ReturnType<typeof ports>;
const logic = (p: Ports) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.logic]));
const submit = (el: Element) =>
  el.querySelector<HTMLButtonElement>('gate-form[slot="form"] button[type=submit]')!.click();
const button = (el: GateMfaEnrollment, text: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;

describe('QR code', () => {
  it('has the three finder patterns and a path that covers exactly the dark modules', () => {
    const m = qrMatrix(uri);
    expect(m.size).to.be.greaterThan(21);
    for (const [ox, oy] of [
      [0, 0],
      [m.size - 7, 0],
      [0, m.size - 7],
    ]) {
      // A finder: dark 7×7 ring, light ring, dark 3×3 core.
      expect([0, 6].every((i) => m.dark(ox! + i, oy!) && m.dark(ox!, oy! + i))).to.equal(true);
      expect(m.dark(ox! + 1, oy! + 1)).to.equal(false);
      expect(m.dark(ox! + 3, oy! + 3)).to.equal(true);
    }
    const d = qrPath(m);
    expect(d).to.match(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
    let area = 0;
    for (const [, run] of d.matchAll(/h(\d+)v/g)) area += Number(run);
    let dark = 0;
    for (let y = 0; y < m.size; y++) for (let x = 0; x < m.size; x++) if (m.dark(x, y)) dark++;
    expect(area).to.equal(dark);
  });
});

describe('<gate-mfa-enrollment>', () => {
  it('passkeys-href adds a "Passkey" card that links to the passkeys (English and German); absent, no card', async () => {
    const plain = await fixture<GateMfaEnrollment>(
      html`<gate-mfa-enrollment lang="en" persist="none" .ports=${logic(ports())}></gate-mfa-enrollment>`,
    );
    await until(() => plain.step === 'choosing');
    await plain.updateComplete;
    expect(plain.shadowRoot!.querySelectorAll('[part~="option"]')).to.have.length(2);
    expect(plain.shadowRoot!.querySelector('[part~="passkeys"]')).to.equal(null);

    for (const [lang, title, words, link] of [
      ['en', 'Passkey', /two-step verification.*fake site/s, 'Add or manage passkeys'],
      [
        'de',
        'Passkey',
        /Zwei-Faktor-Authentifizierung.*gefälschten Website/s,
        'Passkeys hinzufügen oder verwalten',
      ],
    ] as const) {
      const el = await fixture<GateMfaEnrollment>(
        html`<gate-mfa-enrollment lang=${lang} persist="none" passkeys-href="/profile.html#passkeys" .ports=${logic(ports())}></gate-mfa-enrollment>`,
      );
      await until(() => el.step === 'choosing');
      await el.updateComplete;
      const options = el.shadowRoot!.querySelectorAll('[part~="option"]');
      expect(options).to.have.length(3);
      const card = options[2]!;
      expect(card.querySelector('h3')!.textContent!.trim()).to.equal(title);
      expect(card.textContent!.replace(/\s+/g, ' ')).to.match(words);
      const a = card.querySelector<HTMLAnchorElement>('a[part~="passkeys"]')!;
      expect(a.textContent!.trim()).to.equal(link);
      expect(new URL(a.href).pathname + new URL(a.href).hash).to.equal('/profile.html#passkeys');
      await expect(el).to.be.accessible();
    }
  });

  it('passkeys-href that is not a safe URL draws no link', async () => {
    const el = await fixture<GateMfaEnrollment>(
      html`<gate-mfa-enrollment lang="en" persist="none" passkeys-href="javascript:alert(1)" .ports=${logic(ports())}></gate-mfa-enrollment>`,
    );
    await until(() => el.step === 'choosing');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
  });

  it('choose (app recommended) → re-authenticate → scan (QR SVG, key) → confirm → enrolled; keyboard, axe on each step, no secret stored', async () => {
    sessionStorage.clear();
    const p = ports();
    const el = await fixture<GateMfaEnrollment>(
      html`<gate-mfa-enrollment lang="en" .ports=${logic(p)}></gate-mfa-enrollment>`,
    );
    const done = record(el, 'gate-complete');
    await until(() => el.step === 'choosing');
    await el.updateComplete;
    expect(heading(el)).to.equal('Two-step verification');
    const options = el.shadowRoot!.querySelectorAll('[part="option"]');
    expect(options[0]!.textContent).to.contain('Recommended');
    expect(options[1]!.textContent).to.contain('weaker factor');
    await expect(el).to.be.accessible();
    // Keyboard: the app's button is the first control; Enter chooses it.
    button(el, 'Set up an authenticator app').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.step === 'reauthenticating.editing');
    await el.updateComplete;
    expect(heading(el)).to.equal('Confirm your password');
    expect(deepActive()?.id).to.equal('heading');
    expect(el.querySelector('gate-form[slot="form"] input[autocomplete="current-password"]')).to.exist;
    await expect(el).to.be.accessible();
    await fill(el, { '/password': 'correct horse battery staple' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.step === 'scanning');
    await el.updateComplete;
    expect(p.reauthenticate.calls).to.deep.equal([{ password: 'correct horse battery staple' }]);
    const svg = el.shadowRoot!.querySelector('[part="qr"] svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('QR code for your authenticator app');
    expect(svg.querySelector('path')!.getAttribute('d')).to.equal(qrPath(qrMatrix(uri)));
    expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part="secret"]')!.textContent).to.equal(
      'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP',
    );
    expect(el.querySelector('input[autocomplete="one-time-code"]')).to.exist;
    await expect(el).to.be.accessible();
    const stored = sessionStorage.getItem('gatehouse:mfa-enrollment') ?? '';
    expect(stored).not.to.contain(secret);
    expect(stored).not.to.contain('correct horse');
    button(el, 'Copy key').click();
    await until(() => /Key copied|Copying is blocked/.test(el.shadowRoot!.textContent!));
    await fill(el, { '/code': '12345' });
    submit(el);
    await el.updateComplete;
    expect(p.confirmTotp.calls).to.have.length(0);
    await fill(el, { '/code': '123456' });
    submit(el);
    await until(() => el.step === 'enrolled');
    await el.updateComplete;
    expect(p.confirmTotp.calls).to.deep.equal([{ enrollmentId: 'e1', code: '123456' }]);
    expect(heading(el)).to.equal('Two-step verification is on');
    expect(done[0]!.detail.output).to.deep.equal({ outcome: 'enrolled', method: 'totp', factors: ['totp'] });
    expect(sessionStorage.getItem('gatehouse:mfa-enrollment')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('e-mail codes (recent sign-in: no password asked): wrong code alert, resend countdown, enrolled; then remove a factor; German', async () => {
    const p = ports();
    p.listFactors.answer({
      output: { factors: [{ method: 'totp' }], authenticatedAt: new Date().toISOString() },
    });
    p.confirmEmail.answer({ error: portError('invalid-code') }, { output: undefined });
    const el = await fixture<GateMfaEnrollment>(
      html`<gate-mfa-enrollment lang="de" persist="none" .input=${{ resendCooldown: 200 }} .ports=${logic(p)}></gate-mfa-enrollment>`,
    );
    await until(() => el.step === 'choosing');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="option"]')!.textContent).to.contain('Aktiv');
    button(el, 'Codes per E-Mail verwenden').click();
    await until(() => el.step === 'emailCode');
    await el.updateComplete;
    expect(heading(el)).to.equal('Prüfen Sie Ihre E-Mails');
    expect(el.shadowRoot!.textContent).to.match(/in \d+ s gesendet/);
    await expect(el).to.be.accessible();
    await fill(el, { '/code': '000000' });
    submit(el);
    await until(() => p.confirmEmail.calls.length === 1 && el.step === 'emailCode');
    await el.updateComplete;
    expect(
      el.querySelector('gate-form[slot="form"] .gate-error')?.textContent ??
        el.shadowRoot!.querySelector('[part="alert"]')!.textContent,
    ).to.contain('nicht korrekt');
    await until(() => !button(el, 'Neuen Code senden').disabled);
    button(el, 'Neuen Code senden').click();
    await until(() => p.startEmail.calls.length === 2 && el.step === 'emailCode');
    await fill(el, { '/code': '654321' });
    submit(el);
    await until(() => el.step === 'enrolled');
    expect(p.confirmEmail.calls[1]).to.deep.equal({ enrollmentId: 'm1', code: '654321' });
    // Removing: a second element, the factor list says both are active.
    p.listFactors.answer({
      output: {
        factors: [{ method: 'totp' }, { method: 'email' }],
        authenticatedAt: new Date().toISOString(),
      },
    });
    el.restart();
    await until(() => el.step === 'choosing');
    await el.updateComplete;
    button(el, 'Codes per E-Mail entfernen').click();
    await until(() => el.step === 'removed');
    expect(p.removeFactor.calls).to.deep.equal([{ method: 'email' }]);
  });

  it('the first factor shows its recovery codes once (download, copy), then "saved" ends; new codes later; German at 390 px', async () => {
    sessionStorage.clear();
    const codes = ['abcde-fghjk', 'mnpqr-stvwx', '01234-56789'];
    const p = ports();
    p.listFactors.answer({ output: { factors: [], authenticatedAt: new Date().toISOString() } });
    p.confirmTotp.answer({ output: { recoveryCodes: codes } });
    const el = await fixture<GateMfaEnrollment>(
      html`<gate-mfa-enrollment lang="en" .ports=${logic(p)}></gate-mfa-enrollment>`,
    );
    const done = record(el, 'gate-complete');
    await until(() => el.step === 'choosing');
    await el.updateComplete;
    // Without a factor there is nothing to recover: no codes section yet.
    expect(el.shadowRoot!.querySelector('[part="codes"]')).to.equal(null);
    button(el, 'Set up an authenticator app').click();
    await until(() => el.step === 'scanning');
    await fill(el, { '/code': '123456' });
    submit(el);
    await until(() => el.step === 'showingRecoveryCodes');
    await el.updateComplete;
    expect(heading(el)).to.equal('Save your recovery codes');
    const listed = [...el.shadowRoot!.querySelectorAll('ol[part="codes"] li')].map((li) => li.textContent);
    expect(listed).to.deep.equal(codes);
    expect(sessionStorage.getItem('gatehouse:mfa-enrollment') ?? '').not.to.contain('abcde');
    await expect(el).to.be.accessible();

    // Download: a text file named recovery-codes.txt holding every code, one a line.
    const clicked: { name: string; text: Promise<string> }[] = [];
    const realClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ name: this.download, text: fetch(this.href).then((r) => r.text()) });
    };
    try {
      button(el, 'Download').click();
    } finally {
      HTMLAnchorElement.prototype.click = realClick;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.name).to.equal('recovery-codes.txt');
    expect((await clicked[0]!.text).split('\r\n').slice(2, 5)).to.deep.equal(codes);
    button(el, 'Copy codes').click();
    await until(() => /Codes copied|Copying is blocked/.test(el.shadowRoot!.textContent!));

    // Nothing but "saved" leaves the codes: there is no cancel on this step.
    expect(el.shadowRoot!.querySelector('[part~="cancel"]')).to.equal(null);
    button(el, 'I have saved my codes').click();
    await until(() => el.step === 'enrolled');
    expect(done[0]!.detail.output).to.deep.equal({ outcome: 'enrolled', method: 'totp', factors: ['totp'] });

    // Later, in German on a phone-wide page: the section says how many are left and makes new ones.
    p.listFactors.answer({
      output: {
        factors: [{ method: 'totp' }],
        recoveryCodes: { remaining: 2 },
        authenticatedAt: new Date().toISOString(),
      },
    });
    const de = await fixture<GateMfaEnrollment>(
      html`<gate-mfa-enrollment lang="de" persist="none" .ports=${logic(p)}></gate-mfa-enrollment>`,
    );
    de.style.width = '358px';
    const later = record(de, 'gate-complete');
    await until(() => de.step === 'choosing');
    await de.updateComplete;
    expect(de.shadowRoot!.querySelector('section[part="codes"]')!.textContent).to.contain(
      'Noch 2 unbenutzte Codes',
    );
    button(de, 'Neue Wiederherstellungscodes erstellen').click();
    await until(() => de.step === 'showingRecoveryCodes');
    await de.updateComplete;
    expect(de.shadowRoot!.querySelector('ol[part="codes"]')!.textContent).to.contain('new0a-codes');
    expect(de.scrollWidth).to.be.at.most(358);
    await expect(de).to.be.accessible();
    button(de, 'Ich habe meine Codes gespeichert').click();
    await until(() => de.step === 'regenerated');
    await de.updateComplete;
    expect(heading(de)).to.equal('Neue Wiederherstellungscodes sind aktiv');
    expect((later[0]!.detail.output as { outcome: string }).outcome).to.equal('regenerated');
  });
});
