/**
 * One page load asks for the session once: the page script reads `GET /api/session` for the menu, the login guard
 * and the language, and hands it to `<gate-session-warnings>` (which would otherwise read it again). Counted in
 * Chromium, signed in and signed out, on the pages a person opens most; and the banner still shows a session's
 * warning from that one answer.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, journey } from './harness.js';

const j = journey('session-requests', { breaches: true });

/** How many `GET /api/session` requests loading `path` made, once the page settled. */
async function sessionReads(page: Page, path: string): Promise<number> {
  let count = 0;
  const count1 = (request: { method(): string; url(): string }) => {
    if (request.method() === 'GET' && new URL(request.url()).pathname === '/api/session') count += 1;
  };
  page.on('request', count1);
  await page.goto(`${j.url}${path}`);
  await page.waitForLoadState('networkidle');
  page.off('request', count1);
  return count;
}

describe.skipIf(!hasChromium)('session requests per page load', () => {
  it('signed out: one GET /session per page', async () => {
    const page = await j.page();
    const paths = ['/', '/login.html', '/register.html', '/reset.html'];
    const reads: Record<string, number> = {};
    for (const path of paths) reads[path] = await sessionReads(page, path);
    expect(reads).toEqual(Object.fromEntries(paths.map((p) => [p, 1])));
  }, 240_000);

  it('signed in: one GET /session per page, and the breached-password banner still shows from it', async () => {
    const user = await j.activeUser({
      givenName: 'Edsger',
      familyName: 'Dijkstra',
      email: 'edsger@shortest-path.com',
      company: 'Shortest Path',
    });
    const paths = ['/', '/profile.html', '/support.html', '/rma.html', '/users.html'];
    const reads: Record<string, number> = {};
    for (const path of paths) reads[path] = await sessionReads(user.page, path);
    expect(reads).toEqual(Object.fromEntries(paths.map((p) => [p, 1])));
    // The password is now found in a breach: the next sign-in carries the warning in the session.
    j.breach(user.password);
    expect(
      (
        await user.page.context().request.post(`${j.url}/api/session`, {
          data: { email: user.email, password: user.password },
        })
      ).status(),
    ).toBe(200);
    expect(await sessionReads(user.page, '/support.html')).toBe(1);
    await user.page
      .locator('gate-session-warnings [part="banner"]')
      .getByText(/Your password appears in known data breaches/)
      .waitFor({ timeout: 20_000 });
  }, 240_000);
});
