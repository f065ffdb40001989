import { expect, fixture, html } from '@open-wc/testing';
import '../../src/sessions/define.js';
import '../../src/locales/de.js';
import type { GateSessions } from '../../src/sessions/sessions.element.js';
import { heading, portError, record, stubPort, until } from './stub-port.js';

const entry = (id: string, current: boolean, browser: string, system: string) => ({
  id,
  current,
  browser,
  system,
  ip: '203.0.113.7',
  signedInAt: '2026-12-05T09:30:00Z',
});
const three = [
  entry('ses_this', true, 'Chrome', 'Linux'),
  entry('ses_phone', false, 'Safari', 'iOS'),
  entry('ses_old', false, '', ''),
];

function ports() {
  return {
    listSessions: stubPort({ output: { sessions: three } }),
    endSession: stubPort({ output: undefined }),
    endOtherSessions: stubPort({ output: { ended: 1 } }),
  };
}
type Ports = ReturnType<typeof ports>;
const logic = (p: Ports) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.logic]));
const button = (el: GateSessions, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find(
    (b) => b.textContent!.trim() === name || b.getAttribute('aria-label') === name,
  );
const rows = (el: GateSessions) =>
  [...el.shadowRoot!.querySelectorAll('[part="session"] h3')].map((h) => h.textContent!.trim());

describe('<gate-sessions>', () => {
  it('this browser first and marked, no sign-out on it; signs out one, then all others; axe clean', async () => {
    const p = ports();
    p.listSessions.answer(
      { output: { sessions: three } },
      { output: { sessions: three.filter((s) => s.id !== 'ses_phone') } },
      { output: { sessions: three.slice(0, 1) } },
    );
    const el = await fixture<GateSessions>(
      html`<gate-sessions lang="en" persist="none" .ports=${logic(p)}></gate-sessions>`,
    );
    await until(() => el.step === 'listing');
    await el.updateComplete;
    expect(heading(el)).to.equal('Where you are signed in');
    expect(rows(el)).to.deep.equal([
      'Chrome on LinuxThis browser',
      'Safari on iOS',
      'Unknown browser on an unknown system',
    ]);
    const sessions = el.shadowRoot!.querySelectorAll('[part="session"]');
    expect(sessions[0]!.querySelector('button')).to.equal(null);
    expect(sessions[1]!.textContent).to.contain('IP address 203.0.113.7');
    await expect(el).to.be.accessible();

    // Each sign-out button names its session for a screen reader.
    const phone = sessions[1]!.querySelector<HTMLButtonElement>('button')!;
    expect(phone.getAttribute('aria-label')).to.match(/^Sign out Safari on iOS, signed in /);
    phone.click();
    await until(() => p.endSession.calls.length === 1 && el.step === 'listing');
    await el.updateComplete;
    expect(p.endSession.calls).to.deep.equal([{ id: 'ses_phone' }]);
    expect(rows(el)).to.have.length(2);

    button(el, 'Sign out everywhere else')!.click();
    await until(() => p.endOtherSessions.calls.length === 1 && el.step === 'listing');
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(['Chrome on LinuxThis browser']);
    expect(el.shadowRoot!.querySelector('[part="note"]')!.textContent).to.contain(
      'Signed out of 1 other sessions',
    );
    expect(el.shadowRoot!.textContent).to.contain('You are signed in only here.');
    expect(button(el, 'Sign out everywhere else')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('names the place beside the address, the country in the page language, and nothing when unknown', async () => {
    const munich = { city: 'Munich', region: 'Bavaria', country: 'DE' };
    const placed = [
      { ...entry('ses_this', true, 'Chrome', 'Linux'), place: munich },
      { ...entry('ses_phone', false, 'Safari', 'iOS'), place: { country: 'AT' } },
      entry('ses_old', false, 'Firefox', 'Windows'),
    ];
    const places = async (lang: string) => {
      const p = ports();
      p.listSessions.answer({ output: { sessions: placed } });
      const el = await fixture<GateSessions>(
        html`<gate-sessions lang=${lang} persist="none" .ports=${logic(p)}></gate-sessions>`,
      );
      el.style.width = '358px';
      await until(() => el.step === 'listing');
      await el.updateComplete;
      const sessions = [...el.shadowRoot!.querySelectorAll('[part="session"]')];
      expect(el.scrollWidth).to.be.at.most(358);
      await expect(el).to.be.accessible();
      return sessions.map((row) => ({
        place: row.querySelector('[part="place"]')?.textContent?.trim() ?? null,
        line: row.querySelector('p')!.textContent!.replace(/\s+/g, ' ').trim(),
      }));
    };
    const english = await places('en');
    expect(english.map((row) => row.place)).to.deep.equal(['Munich, Bavaria, Germany', 'Austria', null]);
    expect(english[0]!.line).to.match(/ · Munich, Bavaria, Germany · IP address 203\.0\.113\.7$/);
    expect(english[2]!.line).to.match(/^Signed in [^·]+ · IP address 203\.0\.113\.7$/);
    const german = await places('de');
    expect(german.map((row) => row.place)).to.deep.equal([
      'Munich, Bavaria, Deutschland',
      'Österreich',
      null,
    ]);
    expect(german[1]!.line).to.match(/ · Österreich · IP-Adresse 203\.0\.113\.7$/);
  });

  it('German at 390 px, a failing port says so and the list stays; closing completes', async () => {
    const p = ports();
    p.endSession.answer({ error: portError('not-found') });
    const el = await fixture<GateSessions>(
      html`<gate-sessions lang="de" persist="none" .ports=${logic(p)}></gate-sessions>`,
    );
    el.style.width = '358px';
    const done = record(el, 'gate-complete');
    await until(() => el.step === 'listing');
    await el.updateComplete;
    expect(heading(el)).to.equal('Wo Sie angemeldet sind');
    expect(rows(el)[1]).to.equal('Safari unter iOS');
    expect(el.scrollWidth).to.be.at.most(358);
    await expect(el).to.be.accessible();
    button(el, 'Abmelden')!.click();
    await until(() => p.endSession.calls.length === 1 && el.step === 'listing');
    await el.updateComplete;
    expect(rows(el)).to.have.length(3);
    button(el, 'Schließen')!.click();
    await until(() => el.step === 'closed');
    expect(done[0]!.detail.output).to.deep.equal({ sessions: 3 });
  });
});
