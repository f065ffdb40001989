import { expect, fixture, html } from '@open-wc/testing';
import '../../src/form/define.js';
import type { GateForm } from '../../src/form/gate-form.element.js';
import { fixtureForm } from './fixture-form.js';

/** Applies a theme file's CSS (fetched, then adopted: no dependence on <link> load events in background tabs). */
async function loadTheme(name: string) {
  const css = await (await fetch(new URL(`../../themes/${name}.css`, import.meta.url))).text();
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return {
    remove: () => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet)),
  };
}

describe('theming through --gate-* tokens', () => {
  for (const theme of ['light', 'dark']) {
    it(`the ${theme} example theme applies and passes axe (contrast included)`, async () => {
      const link = await loadTheme(theme);
      const wrapper = await fixture<HTMLDivElement>(
        html`<div data-gate-theme=${theme}><gate-form show-required .form=${fixtureForm()}></gate-form></div>`,
      );
      const el = wrapper.querySelector<GateForm>('gate-form')!;
      await el.updateComplete;
      el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await el.updateComplete;
      const accent = getComputedStyle(el.querySelector('.gate-submit')!).backgroundColor;
      expect(accent).to.equal(theme === 'dark' ? 'rgb(88, 166, 255)' : 'rgb(11, 92, 173)');
      await expect(wrapper).to.be.accessible();
      link.remove();
    });
  }
});
