/**
 * The generated suites catch a bug in an element whose machine is right: test-only subclasses plant one
 * (a skipped step, a mislabelled button) and every path through it must fail, naming the step and state.
 */
import { type GeneratedSuite, runPath } from '@gatehouse/check/browser';
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { GateLogin } from '../../src/login/login.element.js';
import { GateRmaRequest } from '../../src/rma-request/rma-request.element.js';
import { loginAdapter } from './login.adapter.js';
import { rmaAdapter } from './rma-request.adapter.js';

type LoginSnapshot = Parameters<GateLogin['view']>[0];
type RmaSnapshot = Parameters<GateRmaRequest['view']>[0];

/** Skips the lockout page: after too many failures it shows the sign-in form again. */
class SkipsLockout extends GateLogin {
  protected override view(snapshot: LoginSnapshot, locale: string) {
    const view = super.view(snapshot, locale);
    return snapshot.matches('locked') ? { ...view, heading: 'Sign in' } : view;
  }
}
customElements.define('planted-skips-lockout', SkipsLockout);

/** Labels the referral's way back "Cancel" (a person would think it ends the request). */
class MislabelsReferral extends GateRmaRequest {
  protected override view(snapshot: RmaSnapshot, locale: string) {
    const view = super.view(snapshot, locale);
    return snapshot.matches('referred')
      ? {
          ...view,
          actions: html`<button type="button" @click=${() => this.send({ type: 'EDIT' })}>Cancel</button>`,
        }
      : view;
  }
}
customElements.define('planted-mislabels-referral', MislabelsReferral);

const load = async (stem: string): Promise<GeneratedSuite> =>
  (await fetch(new URL(`./${stem}.paths.json`, import.meta.url))).json();

/** Runs every path of the suite; returns the failures' messages by path name. */
async function failures<T>(adapter: Parameters<typeof runPath<T>>[0], suite: GeneratedSuite) {
  const failed = new Map<string, string>();
  for (const path of suite.paths) {
    await runPath(adapter, suite, path).catch((error: Error) => failed.set(path.name, error.message));
  }
  return failed;
}

describe('generated suites against planted element bugs', () => {
  it('a login element that skips the lockout page fails exactly the paths through "locked"', async () => {
    const suite = await load('login');
    const failed = await failures({ ...loginAdapter('planted-skips-lockout'), timeout: 1000 }, suite);
    const throughLocked = suite.paths.filter((p) => p.steps.some((s) => s.state === 'locked'));
    expect(throughLocked.length).to.be.greaterThan(0);
    expect([...failed.keys()]).to.deep.equal(throughLocked.map((p) => p.name));
    for (const message of failed.values()) {
      expect(message).to.contain('expected state "locked"');
      expect(message).to.contain('heading is "Sign in", expected "Sign-in paused"');
    }
  });

  it('an RMA element that mislabels the referral button fails the paths through "referred"', async () => {
    const suite = await load('rma-request');
    const failed = await failures({ ...rmaAdapter('planted-mislabels-referral'), timeout: 1000 }, suite);
    const throughReferral = suite.paths.filter((p) => p.steps.some((s) => s.state === 'referred'));
    expect(throughReferral.length).to.be.greaterThan(0);
    expect([...failed.keys()]).to.deep.equal(throughReferral.map((p) => p.name));
    for (const message of failed.values()) {
      expect(message).to.contain('expected state "referred"');
      expect(message).to.contain('no way back to the form');
    }
  });
});
