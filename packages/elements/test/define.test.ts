import { expect } from '@open-wc/testing';
import { defineElement } from '../src/common/define.js';
import { GateForm } from '../src/define.js';

describe('tolerant define', () => {
  it('registers the tags once and ignores a second bundle instead of throwing', async () => {
    expect(customElements.get('gate-form')).to.equal(GateForm);
    // A second copy of the element module (what a second bundle on the page is) registering the same tag.
    const copy = (await import(
      /* @vite-ignore */ `${new URL('../src/form/gate-form.element.ts', import.meta.url).href}?copy`
    )) as typeof import('../src/form/gate-form.element.js');
    expect(copy.GateForm).not.to.equal(GateForm);
    expect(defineElement('gate-form', copy.GateForm)).to.equal(GateForm);
    // Loading the define module again is a no-op too.
    await import(/* @vite-ignore */ `${new URL('../src/form/define.ts', import.meta.url).href}?again`);
    expect(customElements.get('gate-form')).to.equal(GateForm);
  });

  it('rethrows real definition errors (an invalid tag name)', () => {
    expect(() => defineElement('notvalid', class extends HTMLElement {})).to.throw();
  });
});
