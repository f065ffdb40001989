/**
 * Loading the bundle alongside another Lit version does not throw. A host page often already runs
 * Lit 2 components (design systems pinned years ago). Here a Lit 2.8 element is defined and rendered first, then
 * the Gatehouse elements (Lit 3) are loaded and used on the same page; both keep working.
 */
import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html as html2, LitElement as LitElement2 } from 'lit-2';
import { fixtureForm } from './form/fixture-form.js';

/** A host page's own component, written against Lit 2. */
class HostBadge extends LitElement2 {
  static override properties = { label: {} };
  declare label: string;
  constructor() {
    super();
    this.label = 'host';
  }
  override render() {
    return html2`<span part="badge">${this.label}</span>`;
  }
}

describe('next to another Lit version', () => {
  it('a Lit 2 component and the Gatehouse elements (Lit 3) both define and render on one page', async () => {
    customElements.define('host-badge', HostBadge);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    try {
      // Loaded after the host's Lit, as a late <script type="module"> would be.
      await import('../src/define.js');
      const form = fixtureForm();
      const page = await fixture<HTMLElement>(
        testHtml`<div><host-badge label="Lit 2 here"></host-badge><gate-form></gate-form></div>`,
      );
      const badge = page.querySelector('host-badge') as HostBadge;
      const gateForm = page.querySelector('gate-form') as HTMLElement & {
        form: unknown;
        updateComplete: Promise<boolean>;
      };
      gateForm.form = form;
      await badge.updateComplete;
      await gateForm.updateComplete;

      expect(badge.shadowRoot?.textContent).to.contain('Lit 2 here');
      expect(gateForm.querySelector('input[name="name"]')).to.exist;
      // Each copy of lit-html registers its version globally: Lit 2 ships lit-html 2.x, Lit 3 lit-html 3.x.
      const versions = (globalThis as { litHtmlVersions?: string[] }).litHtmlVersions ?? [];
      expect(
        versions.some((v) => v.startsWith('2.')),
        versions.join(),
      ).to.equal(true);
      expect(
        versions.some((v) => v.startsWith('3.')),
        versions.join(),
      ).to.equal(true);

      // Both still update after the other loaded.
      badge.label = 'still Lit 2';
      await badge.updateComplete;
      expect(badge.shadowRoot?.textContent).to.contain('still Lit 2');
      (gateForm as unknown as { submit(): Promise<boolean> }).submit();
      await gateForm.updateComplete;
      expect(gateForm.querySelector('[aria-invalid="true"]')).to.exist;
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
