/**
 * The flow elements pass the server's bot defence by themselves: a 428 `proof-required` makes the element load the
 * solver, show "Checking that you are a person…", solve a real challenge with Web Crypto and send the request again
 * once with the proof. The server is a stub `fetch` here; the demo portal's journey does it against the real server.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/registration/define.js';
import '../../src/password-reset/define.js';
import '../../src/locales/de.js';
import type { GateRegistration } from '../../src/registration/registration.element.js';
import { fill, until } from './stub-port.js';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** A challenge in the server's format hiding `counter` (SHA-256 over salt, nonce and the counter's 4 bytes). */
async function challengeFor(counter: number) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const nonce = crypto.getRandomValues(new Uint8Array(16));
  const input = new Uint8Array(36);
  input.set(salt);
  input.set(nonce, 16);
  new DataView(input.buffer).setUint32(32, counter);
  const key = hex(new Uint8Array(await crypto.subtle.digest('SHA-256', input)));
  return {
    challenge: {
      parameters: { algorithm: 'SHA-256', nonce: hex(nonce), salt: hex(salt), keyPrefix: key.slice(0, 32) },
      signature: 'test',
    },
    key,
  };
}

/**
 * A server that wants a proof for every POST: 428 `proof-required` without the header, the contract's answer with
 * a header solving the last challenge it gave. `holdChallenge()` keeps the next challenge back until released.
 */
function defendedServer(answer: Record<string, unknown>) {
  const seen: { method: string; url: string; proof: string | null }[] = [];
  let expected: { counter: number; key: string } | undefined;
  let gate: Promise<void> | undefined;
  let open = () => {};
  const json = (body: unknown, status: number) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const proof = new Headers(init?.headers).get('Gatehouse-Proof');
    seen.push({ method: init?.method ?? 'GET', url, proof });
    if (url.endsWith('/challenges')) {
      if (gate) await gate;
      const counter = 700 + Math.floor(Math.random() * 300);
      const { challenge, key } = await challengeFor(counter);
      expected = { counter, key };
      return json(challenge, 200);
    }
    if (!proof) return json({ error: { code: 'proof-required' } }, 428);
    const { solution } = JSON.parse(atob(proof)) as { solution: { counter: number; derivedKey: string } };
    if (solution.counter !== expected?.counter || solution.derivedKey !== expected.key)
      return json({ error: { code: 'proof-invalid' } }, 428);
    return json(answer, 202);
  }) as typeof globalThis.fetch;
  return {
    fetch,
    seen,
    holdChallenge() {
      gate = new Promise((resolve) => {
        open = () => {
          gate = undefined;
          resolve();
        };
      });
    },
    release: () => open(),
  };
}

const valid = {
  '/givenName': 'Ada',
  '/familyName': 'Lovelace',
  '/email': 'ada.lovelace@analytical-engines.com',
  '/company': 'Analytical Engines Ltd',
  '/termsAccepted': true,
};

const progressLine = (el: HTMLElement) => el.shadowRoot?.querySelector<HTMLElement>('[part~="proof"]');

describe('bot defence in the flow elements', () => {
  it('registration: a 428 proof-required is solved and sent again once; the person sees the check meanwhile', async () => {
    const server = defendedServer({ id: 'r1', confirmationExpiresAt: null, resendAvailableAt: null });
    const el = await fixture<GateRegistration>(
      html`<gate-registration lang="en" persist="none" endpoint="/api" .http=${{ fetch: server.fetch }}></gate-registration>`,
    );
    await until(() => el.step === 'editing');
    await el.updateComplete;
    await fill(el, valid);
    server.holdChallenge();
    el.querySelector<HTMLButtonElement>('gate-form[slot="form"] button[type=submit]')!.click();
    await until(() => progressLine(el)?.textContent === 'Checking that you are a person…', 20_000);
    const line = progressLine(el)!;
    expect(line.getAttribute('role')).to.equal('status');
    // Right under the form, and the form stays busy while the check runs.
    expect(line.previousElementSibling?.matches('slot[name="form"]')).to.equal(true);
    expect(el.querySelector('gate-form[slot="form"]')!.hasAttribute('disabled')).to.equal(true);
    server.release();
    await until(() => el.step?.startsWith('awaitingConfirmation'), 20_000);
    await el.updateComplete;
    expect(progressLine(el)).to.equal(null);
    const posts = server.seen.filter((r) => r.method === 'POST');
    expect(posts.map((r) => [r.url.replace(location.origin, ''), r.proof !== null])).to.deep.equal([
      ['/api/registrations', false],
      ['/api/registrations', true],
    ]);
    expect(server.seen.filter((r) => r.url.endsWith('/challenges')).map((r) => r.url)).to.deep.equal([
      `${location.origin}/api/challenges`,
    ]);
    el.remove();
  });

  it('password reset in German: "Wir prüfen, ob Sie ein Mensch sind…", then the code step', async () => {
    const server = defendedServer({});
    const el = await fixture<HTMLElement & { step: string | null; updateComplete: Promise<boolean> }>(
      html`<gate-password-reset lang="de" persist="none" endpoint="/api" .http=${{ fetch: server.fetch }}></gate-password-reset>`,
    );
    await until(() => el.step === 'requesting');
    await el.updateComplete;
    await fill(el as never, { '/email': 'ada.lovelace@analytical-engines.com' });
    server.holdChallenge();
    el.querySelector<HTMLButtonElement>('gate-form[slot="form"] button[type=submit]')!.click();
    await until(() => progressLine(el)?.textContent === 'Wir prüfen, ob Sie ein Mensch sind…', 20_000);
    server.release();
    await until(() => el.step === 'codeEntry', 20_000);
    expect(server.seen.filter((r) => r.method === 'POST').map((r) => r.proof !== null)).to.deep.equal([
      false,
      true,
    ]);
    el.remove();
  });

  it('another 428, and a second 428 after the proof, reach the flow as they came: no endless retries', async () => {
    const calls: string[] = [];
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      calls.push(`${init?.method ?? 'GET'} ${url.replace(location.origin, '')}`);
      if (url.endsWith('/challenges')) {
        return new Response(JSON.stringify((await challengeFor(5)).challenge), { status: 200 });
      }
      // Always refused: a replayed proof, say.
      return new Response(JSON.stringify({ error: { code: 'proof-replayed' } }), { status: 428 });
    }) as typeof globalThis.fetch;
    const el = await fixture<GateRegistration>(
      html`<gate-registration lang="en" persist="none" endpoint="/api" .http=${{ fetch }}></gate-registration>`,
    );
    const errors: string[] = [];
    el.addEventListener('gate-error', (e) => errors.push((e as CustomEvent).detail.code));
    await until(() => el.step === 'editing');
    await el.updateComplete;
    await fill(el, valid);
    el.querySelector<HTMLButtonElement>('gate-form[slot="form"] button[type=submit]')!.click();
    await until(() => errors.length > 0, 20_000);
    expect(errors).to.deep.equal(['proof-replayed']);
    expect(calls).to.deep.equal([
      'POST /api/registrations',
      'GET /api/challenges',
      'POST /api/registrations',
    ]);
    expect(el.step).to.equal('editing');
    expect(progressLine(el)).to.equal(null);
    // Not the generic "Something went wrong": the person is told the check did not pass and what to do.
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="alert"]')!.textContent!.trim()).to.equal(
      'We could not confirm that you are a person. Please try again in a moment.',
    );
    el.remove();
  });

  it('in German, a check that cannot pass (no challenge to be had) says so in German', async () => {
    const fetch = (async (input: RequestInfo | URL) => {
      const url = String(input);
      if (url.endsWith('/challenges')) return new Response('{}', { status: 503 });
      return new Response(JSON.stringify({ error: { code: 'proof-required' } }), { status: 428 });
    }) as typeof globalThis.fetch;
    const el = await fixture<HTMLElement & { step: string | null; updateComplete: Promise<boolean> }>(
      html`<gate-password-reset lang="de" persist="none" endpoint="/api" .http=${{ fetch }}></gate-password-reset>`,
    );
    await until(() => el.step === 'requesting');
    await el.updateComplete;
    await fill(el as never, { '/email': 'ada.lovelace@analytical-engines.com' });
    el.querySelector<HTMLButtonElement>('gate-form[slot="form"] button[type=submit]')!.click();
    const alert = () => el.shadowRoot!.querySelector('[part="alert"]')!.textContent!.trim();
    await until(() => alert() !== '', 20_000);
    expect(alert()).to.equal(
      'Wir konnten nicht bestätigen, dass Sie ein Mensch sind. Bitte versuchen Sie es gleich noch einmal.',
    );
    el.remove();
  });
});
