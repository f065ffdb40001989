/**
 * `@gatehouse/elements/form/de`: German for a page that shows `<gate-form>` alone, without any flow element's texts.
 */

import { compileForm } from '@gatehouse/forms/compile';
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/form/define.js';
import '../../../src/form/de.js';
import type { RenderableForm } from '../../../src/form/form-model.js';
import type { GateForm } from '../../../src/form/gate-form.element.js';
import { localeEntries } from '../../../src/locales/registry.js';

describe('@gatehouse/elements/form/de', () => {
  it('gives <gate-form lang="de"> German buttons, pane and built-in messages, and registers no element\'s texts', async () => {
    const def = {
      id: 'german-alone',
      schema: { type: 'object', required: ['name'], properties: { name: { type: 'string', maxLength: 20 } } },
    };
    const el = await fixture<GateForm>(
      html`<gate-form lang="de" show-required .form=${compileForm(def) as unknown as RenderableForm}></gate-form>`,
    );
    expect(el.querySelector('button[type=submit]')!.textContent!.trim()).to.equal('Absenden');
    expect(el.querySelector('[part~="required-pane"] h2')!.textContent).to.equal('Noch auszufüllen');
    expect(await el.submit()).to.equal(false);
    expect(el.querySelector('.gate-error')!.textContent).to.equal('Bitte füllen Sie dieses Feld aus.');
    expect(localeEntries('de').flatMap((e) => [...e.elements.keys()])).to.deep.equal(['proofOfWork']);
  });
});
