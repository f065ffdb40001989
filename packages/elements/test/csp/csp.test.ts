import { expect } from '@open-wc/testing';

interface CspResult {
  violations: { directive: string; blocked: string; sample: string }[];
  afterProbe: number;
  evalBlocked: boolean;
  rendered: number;
  styled: string;
  invalid: number;
}

const pageUrl = new URL('./page.html', import.meta.url).href;

describe('strict Content-Security-Policy', () => {
  it('serves the page with the strict policy', async () => {
    const response = await fetch(pageUrl);
    expect(response.headers.get('content-security-policy')).to.equal(
      "default-src 'self'; script-src 'self'; style-src 'self'",
    );
  });

  it('renders and drives <gate-form> with no securitypolicyviolation, while eval is blocked', async () => {
    const iframe = document.createElement('iframe');
    iframe.title = 'CSP page';
    const result = new Promise<CspResult>((resolve) => {
      window.addEventListener('message', function onMessage(event: MessageEvent) {
        if (event.data?.type !== 'gate-csp-result') return;
        window.removeEventListener('message', onMessage);
        resolve(event.data as CspResult);
      });
    });
    iframe.src = pageUrl;
    document.body.append(iframe);
    const r = await result;
    iframe.remove();
    expect(r.violations).to.deep.equal([]);
    expect(r.rendered).to.be.greaterThan(5);
    expect(r.invalid).to.be.greaterThan(0);
    // Styles arrived through the adopted constructable stylesheet (accent colour on the submit button).
    expect(r.styled).to.equal('rgb(11, 92, 173)');
    // Positive control: the policy is live on that page and the listener sees what it blocks.
    expect(r.evalBlocked).to.equal(true);
    expect(r.afterProbe).to.equal(1);
  });
});
