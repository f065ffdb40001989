import { expect, fixture, html } from '@open-wc/testing';
import '../../src/session-warnings/define.js';
import '../../src/session-warnings/de.js';
import type { GateSessionWarnings } from '../../src/session-warnings/session-warnings.element.js';
import { until } from './stub-port.js';

const user = { id: 'u1', email: 'jane@northwind.example' };
const breached = { user, warnings: ['breached-password'] };

/** A fetch that answers `GET …/session` with the sessions given, one per call (the last one repeats). */
function sessionFetch(...answers: unknown[]) {
  const calls: string[] = [];
  const fetch = async (input: RequestInfo | URL) => {
    calls.push(String(input));
    const session = answers[Math.min(calls.length - 1, answers.length - 1)];
    return new Response(JSON.stringify({ session }), { headers: { 'content-type': 'application/json' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

const banner = (el: GateSessionWarnings) => el.shadowRoot!.querySelector<HTMLElement>('[part="banner"]');

describe('<gate-session-warnings>', () => {
  it('reads the session and warns of a breached password with a link to the password change; axe clean', async () => {
    const api = sessionFetch(breached);
    const el = await fixture<GateSessionWarnings>(
      html`<gate-session-warnings endpoint="/api" password-change-href="/profile.html#password"
        .http=${{ fetch: api.fetch }}></gate-session-warnings>`,
    );
    await until(() => banner(el));
    expect(api.calls.map((u) => new URL(u, location.href).pathname)).to.deep.equal(['/api/session']);
    expect(el.hidden).to.equal(false);
    expect(banner(el)!.getAttribute('role')).to.equal('alert');
    expect(banner(el)!.textContent).to.match(/Your password appears in known data breaches/);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect(link.textContent).to.equal('Change your password now');
    expect(new URL(link.href).pathname + new URL(link.href).hash).to.equal('/profile.html#password');
    await expect(el).to.be.accessible();
  });

  it('speaks German on a German page, and says where to go in words when the link is not safe', async () => {
    const el = await fixture<GateSessionWarnings>(
      html`<gate-session-warnings lang="de" password-change-href="javascript:alert(1)"
        .session=${breached}></gate-session-warnings>`,
    );
    expect(banner(el)!.textContent).to.match(/Ihr Passwort ist aus bekannten Datenlecks bekannt/);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(banner(el)!.textContent).to.match(/Passwort-Einstellungen Ihres Kontos/);
  });

  it('shows nothing without a session, without warnings, or with only warnings it has no words for', async () => {
    for (const session of [null, { user, warnings: [] }, { user }, { user, warnings: ['from-the-future'] }]) {
      const el = await fixture<GateSessionWarnings>(
        html`<gate-session-warnings .session=${session}></gate-session-warnings>`,
      );
      expect(banner(el), JSON.stringify(session)).to.equal(null);
      expect(el.hidden).to.equal(true);
    }
  });

  it('disappears once a <gate-password-change> on the page changed the password (the server cleared it)', async () => {
    const api = sessionFetch(breached, { user, warnings: [] });
    const el = await fixture<GateSessionWarnings>(
      html`<gate-session-warnings endpoint="/api" .http=${{ fetch: api.fetch }}></gate-session-warnings>`,
    );
    await until(() => banner(el));
    // What `<gate-password-change>` emits after a change (bubbling, composed).
    const change = document.createElement('div');
    document.body.append(change);
    change.dispatchEvent(
      new CustomEvent('gate-complete', {
        bubbles: true,
        composed: true,
        detail: { flow: 'password-change', step: 'changed', output: null },
      }),
    );
    await until(() => !banner(el));
    expect(api.calls).to.have.length(2);
    expect(el.hidden).to.equal(true);
    change.remove();
  });

  it('takes the session of a <gate-login> that completes on the page', async () => {
    const el = await fixture<GateSessionWarnings>(
      html`<gate-session-warnings .session=${null}></gate-session-warnings>`,
    );
    el.dispatchEvent(
      new CustomEvent('gate-complete', {
        bubbles: true,
        composed: true,
        detail: { flow: 'login', step: 'authenticated', output: { session: breached } },
      }),
    );
    await until(() => banner(el));
  });
});
