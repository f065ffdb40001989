import { expect } from '@open-wc/testing';

// Guards the runner itself: these run in the real Debian Chromium, not a Node DOM.
describe('browser test runner', () => {
  it('runs in Chromium with custom elements and constructable stylesheets', () => {
    expect(navigator.userAgent).to.contain('Chrome');
    expect(typeof customElements.define).to.equal('function');
    expect(new CSSStyleSheet().replaceSync).to.be.a('function');
  });
});
