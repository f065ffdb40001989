import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/approval-queue/define.js';
// German is opt-in (a locale module); these tests check German pages too.
import '../../src/locales/de.js';
import type { GateApprovalQueue } from '../../src/approval-queue/approval-queue.element.js';
import { deepActive, heading, record, until } from './stub-port.js';

const xss = '<img src=x onerror="window.__xss=1">';
const hour = 3_600_000;
const item = (id: string, ageHours: number, extra: object = {}) => ({
  id,
  email: `${id}@analytical-engines.com`,
  company: 'Analytical Engines Ltd',
  givenName: id === 'a' ? xss : 'Grace',
  familyName: 'Hopper',
  submittedAt: new Date(Date.now() - ageHours * hour).toISOString(),
  dueAt: new Date(Date.now() - (ageHours - 24) * hour).toISOString(),
  overdue: ageHours > 24,
  state: 'pending',
  emailCheck: { ok: true },
  ...extra,
});

/** A fake backend of the /approvals endpoints behind `fetch` (what `endpoint` talks to). */
function backend() {
  const items = [item('b', 2, { emailCheck: { ok: false, code: 'free-provider' } }), item('a', 30)];
  const posts: { url: string; body: Record<string, unknown> }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const json = (body: unknown, status = 200) =>
      new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    if (init?.method === 'POST') {
      const body = JSON.parse(String(init.body));
      posts.push({ url: url.pathname, body });
      const id = url.pathname.split('/')[3]!;
      if (id === 'b' && posts.length === 1)
        return json({ error: { code: 'conflict', message: 'decided' } }, 409);
      const index = items.findIndex((i) => i.id === id);
      items.splice(index, 1);
      return json({
        state: 'approved',
        decision: { action: body.action, by: 'rev@x', at: new Date().toISOString() },
      });
    }
    if (url.pathname === '/api/approvals') return json({ items });
    const found = items.find((i) => url.pathname.endsWith(`/${i.id}`));
    return found
      ? json({
          ...found,
          decisions: [{ action: 'request-info', by: 'rev@x', at: found.submittedAt, reason: xss }],
        })
      : json({ error: { code: 'not-found' } }, 404);
  };
  return { items, posts, fetch: fetch as typeof globalThis.fetch };
}

describe('<gate-approval-queue>', () => {
  it('lists oldest first with overdue and flagged marks; review: reason rules, override, conflict alert, approve; axe; markup as text', async () => {
    const b = backend();
    const el = await fixture<GateApprovalQueue>(
      html`<gate-approval-queue lang="en" endpoint="https://portal.example/api" .http=${{ fetch: b.fetch }}></gate-approval-queue>`,
    );
    const done = record(el, 'gate-complete');
    const errors = record(el, 'gate-error');
    await until(() => el.shadowRoot!.querySelectorAll('tbody tr').length === 2);
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-id'))).to.deep.equal(['a', 'b']);
    expect(rows[0]!.querySelector('[part="overdue"]')!.textContent).to.equal('Overdue');
    expect(rows[1]!.querySelector('[part="overdue"]')).to.equal(null);
    expect(rows[1]!.textContent).to.contain('Flagged: free-provider');
    expect(rows[0]!.textContent).to.contain(xss);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    await expect(el).to.be.accessible();
    // Keyboard: the flagged item's review button, Enter.
    rows[1]!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => heading(el).startsWith('Review'));
    await el.updateComplete;
    expect(deepActive()?.id).to.equal('heading');
    expect(el.shadowRoot!.textContent).to.contain(`Information requested by rev@x`);
    await expect(el).to.be.accessible();
    const click = (text: string) =>
      [...el.shadowRoot!.querySelectorAll('button')].find((x) => x.textContent!.trim() === text)!.click();
    click('Reject');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Give a reason.');
    expect(deepActive()?.id).to.equal('reason');
    expect(deepActive()?.getAttribute('aria-invalid')).to.equal('true');
    click('Approve');
    await el.updateComplete;
    expect(deepActive()?.id).to.equal('override');
    await sendKeys({ press: 'Space' });
    const reason = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#reason')!;
    reason.value = 'Sole trader: uses a free-mail address for the business.';
    reason.dispatchEvent(new Event('input'));
    click('Approve');
    await until(() => errors.length === 1);
    await el.updateComplete;
    expect(errors[0]!.detail.code).to.equal('conflict');
    expect(el.shadowRoot!.querySelector('[part="alert"]')!.textContent).to.contain('changed in the meantime');
    click('Approve');
    await until(() => done.length === 1);
    expect(b.posts[1]).to.deep.equal({
      url: '/api/approvals/b/decisions',
      body: {
        action: 'approve',
        reason: 'Sole trader: uses a free-mail address for the business.',
        overrideEmailCheck: true,
      },
    });
    expect(done[0]!.detail.output).to.deep.include({ id: 'b', state: 'approved' });
    await until(() => el.shadowRoot!.querySelectorAll('tbody tr').length === 1);
    expect(heading(el)).to.equal('Registrations to review');
    expect(el.shadowRoot!.querySelector('[part="announcer"]')!.textContent).to.contain(
      'Approved: Grace Hopper',
    );
    await expect(el).to.be.accessible();
  });

  it('ports instead of endpoint; a forbidden list is an alert and a gate-error', async () => {
    const forbidden = Object.assign(new Error('no'), { code: 'forbidden' });
    const el = await fixture<GateApprovalQueue>(
      html`<gate-approval-queue lang="de" .ports=${{
        list: async () => {
          throw forbidden;
        },
        get: async () => {
          throw forbidden;
        },
        decide: async () => {
          throw forbidden;
        },
      }}></gate-approval-queue>`,
    );
    await until(() =>
      el.shadowRoot!.querySelector('[part="alert"]')!.textContent!.includes('nicht berechtigt'),
    );
    await expect(el).to.be.accessible();
  });
});
