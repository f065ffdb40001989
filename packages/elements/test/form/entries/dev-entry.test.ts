/**
 * The development entry alone (`@gatehouse/elements/form/dev`, as docs/elements.md shows it) registers `<gate-form>`:
 * a page that imports nothing else gets a working form from a raw definition. Its own file, so no other import on
 * the page defines the tag first.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/form/dev.js';

describe('@gatehouse/elements/form/dev alone', () => {
  it('registers <gate-form>, which renders a raw definition and submits its value', async () => {
    expect(customElements.get('gate-form'), 'the tag is defined').to.not.equal(undefined);
    const definition = {
      id: 'dev-only',
      schema: { type: 'object', required: ['name'], properties: { name: { type: 'string', maxLength: 20 } } },
    };
    const el = await fixture<HTMLElement & { definition: unknown; submit(): Promise<boolean> }>(
      html`<gate-form lang="en" .definition=${definition}></gate-form>`,
    );
    const input = el.querySelector<HTMLInputElement>('[data-pointer="/name"]')!;
    expect(input).to.exist;
    input.value = 'Ada';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(await el.submit()).to.equal(true);
  });
});
