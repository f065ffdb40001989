import { expect, fixture, html } from '@open-wc/testing';
import '../../src/form/define.js';
import type { GateForm } from '../../src/form/gate-form.element.js';
import { fixtureForm } from './fixture-form.js';

async function loadTheme(name: string) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL(`../../themes/${name}.css`, import.meta.url).href;
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
  document.head.append(link);
  await loaded;
  return link;
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
