/**
 * `<gate-form form-id>`: loads a published form's current module by id from `forms-url`, says which version it
 * shows, posts a submit to that version with `endpoint`, shows the server's issues on their fields, and fires
 * `gate-error` for a form that is not there.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/form/define.js';
import type { GateFormSubmittedDetail } from '../../src/common/events.js';
import type { GateForm } from '../../src/form/gate-form.element.js';

/** Where the test's stand-in for the server's module route lives. */
const formsUrl = new URL('./published/', import.meta.url).href;

/** Waits until `el` rendered the field `pointer` of its published form. */
async function shown(el: GateForm, pointer: string): Promise<HTMLElement> {
  for (let i = 0; i < 200; i++) {
    const found = el.querySelector<HTMLElement>(`[data-pointer="${pointer}"]`);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${pointer} never rendered`);
}

/** Replaces `fetch` for one test with an answer of `status` and `body`; records the requests. */
function answerWith(status: number, body: unknown) {
  const requests: { url: string; method: string; body: string }[] = [];
  const original = window.fetch;
  window.fetch = async (input, init) => {
    requests.push({ url: String(input), method: init?.method ?? 'GET', body: String(init?.body) });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { requests, restore: () => (window.fetch = original) };
}

describe('<gate-form form-id>', () => {
  it('loads the current version of the form by id and says which version it shows', async () => {
    const el = await fixture<GateForm>(html`<gate-form form-id="demo" forms-url=${formsUrl}></gate-form>`);
    await shown(el, '/name');
    expect(el.published).to.deep.equal({ id: 'demo', version: 3, hash: 'sha256-test' });
  });

  it('fires gate-error (unknown-form) for a form id that is not published', async () => {
    const el = document.createElement('gate-form') as GateForm;
    el.setAttribute('forms-url', formsUrl);
    el.setAttribute('form-id', 'nothing-here');
    const error = oneEvent(el, 'gate-error');
    document.body.append(el);
    const { detail } = await error;
    expect(detail.code).to.equal('unknown-form');
    expect(detail.message).to.contain('nothing-here');
    expect(el.form).to.equal(undefined);
    el.remove();
  });

  it('with endpoint, posts a submit to the version it shows and shows the server issues on their fields', async () => {
    const el = await fixture<GateForm>(
      html`<gate-form form-id="demo" forms-url=${formsUrl} endpoint="/api"></gate-form>`,
    );
    await shown(el, '/name');
    const refused = answerWith(422, {
      error: {
        code: 'invalid-request',
        issues: [{ path: '/name', code: 'maxLength', params: { limit: 20 } }],
      },
    });
    try {
      el.dispatchEvent(new CustomEvent('gate-submit', { detail: { value: { name: 'Ada' } } }));
      for (let i = 0; i < 200 && el.issues.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    } finally {
      refused.restore();
    }
    expect(refused.requests).to.have.length(1);
    expect(refused.requests[0]?.method).to.equal('POST');
    expect(new URL(refused.requests[0]?.url ?? '').pathname).to.equal(
      '/api/forms/demo/versions/3/submissions',
    );
    expect(JSON.parse(refused.requests[0]?.body ?? '')).to.deep.equal({ name: 'Ada' });
    expect(el.issues).to.deep.equal([{ path: '/name', code: 'maxLength', params: { limit: 20 } }]);

    const stored = { id: 'sub_1', formId: 'demo', version: 3, submittedAt: '2026-12-05T09:00:00.000Z' };
    const accepted = answerWith(201, stored);
    try {
      const submitted = oneEvent(el, 'gate-form-submitted');
      el.dispatchEvent(new CustomEvent('gate-submit', { detail: { value: { name: 'Ada' } } }));
      expect(((await submitted) as CustomEvent<GateFormSubmittedDetail>).detail).to.deep.equal(stored);
    } finally {
      accepted.restore();
    }
    expect(el.disabled).to.equal(false);
  });
});
