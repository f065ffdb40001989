import { expect } from '@open-wc/testing';

interface Result {
  violations: unknown[];
  afterProbe: number;
  evalBlocked: boolean;
  steps: string[];
  error?: string;
}

describe('flow elements under the strict Content-Security-Policy', () => {
  it('<gate-registration> and <gate-login> run through their steps with zero securitypolicyviolation events', async () => {
    const url = new URL('./flows-page.html', import.meta.url).href;
    expect((await fetch(url)).headers.get('content-security-policy')).to.equal(
      "default-src 'self'; script-src 'self'; style-src 'self'",
    );
    const iframe = document.createElement('iframe');
    iframe.title = 'flows CSP page';
    const result = new Promise<Result>((resolve) => {
      window.addEventListener('message', function onMessage(event: MessageEvent) {
        if (event.data?.type !== 'gate-csp-flows') return;
        window.removeEventListener('message', onMessage);
        resolve(event.data as Result);
      });
    });
    iframe.src = url;
    document.body.append(iframe);
    const r = await result;
    iframe.remove();
    expect(r.error).to.equal(undefined);
    expect(r.violations).to.deep.equal([]);
    expect(r.steps).to.include.members([
      'registration:awaitingConfirmation.coolingDown',
      'registration:awaitingConfirmation.resending',
      'registration:confirming',
      'registration:approved',
      'login:changingPassword.editing',
      'login:mfaChallenge.awaitingCode',
      'login:authenticated',
    ]);
    expect(r.evalBlocked).to.equal(true);
    expect(r.afterProbe).to.equal(1);
  });
});
