/**
 * The harness itself: its checks must catch what they promise to catch, or every section's green is hollow.
 */
import { describe, expect, it } from 'vitest';
import { hasChromium, journey } from './harness.js';

const j = journey('harness');

describe.skipIf(!hasChromium)('the journey harness', () => {
  it('reports a CSP violation and an axe violation on the page under test', async () => {
    const page = await j.page();
    await j.visit(page, '/');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.querySelector('main')?.append(img);
      const script = document.createElement('script');
      script.textContent = 'window.inline = 1';
      document.head.append(script);
    });
    // Both violations (the data: image and the inline script) must arrive; they are reported one by one.
    const seen: string[] = [];
    await expect
      .poll(() => {
        seen.push(...j.takeProblems());
        return seen.join('\n');
      })
      .toMatch(/img-src[\s\S]*script-src|script-src[\s\S]*img-src/);
    await expect(j.check(page, 'broken')).rejects.toThrow(/image-alt/);
    j.takeProblems();
  });

  it('reads the development outbox', async () => {
    const user = await j.activeUser({
      givenName: 'Ada',
      familyName: 'Lovelace',
      email: 'ada.lovelace@engine-works.com',
      company: 'Engine Works',
    });
    expect((await j.mails(user.email)).map((m) => m.subject)).toContain('Your portal account is ready');
  });
});
