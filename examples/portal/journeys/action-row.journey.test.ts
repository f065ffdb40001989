/**
 * The buttons of a step sit in one row in the portal, at 1280 px and at 390 px: the profile's Save and Close, the
 * password change's Save and Cancel, the RMA request's Send and Cancel, the support case's Open and Back/Cancel,
 * the invitation's Send and Cancel, the reset code's Reset and "Send a new code". Each is clicked as a person
 * would (the form submits through the row's button, or Enter in a field).
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, journey } from './harness.js';

const j = journey('action-row');

/**
 * The row's first button (the form's submit shown in the row) and the button after it share a row whenever the
 * two fit side by side in it (a narrow card at phone width may have to wrap two long labels).
 */
async function expectOneRow(host: Locator): Promise<void> {
  const row = await host.evaluate((el) => {
    const actions = el.shadowRoot?.querySelector<HTMLElement>('[part="actions"]');
    const buttons = [...(actions?.querySelectorAll<HTMLElement>('button') ?? [])].slice(0, 2).map((b) => {
      const r = b.getBoundingClientRect();
      return { middle: r.top + r.height / 2, left: r.left, width: r.width, part: b.getAttribute('part') };
    });
    const style = actions ? getComputedStyle(actions) : undefined;
    return { buttons, width: actions?.clientWidth ?? 0, gap: Number.parseFloat(style?.columnGap ?? '0') };
  });
  expect(row.buttons).toHaveLength(2);
  const [first, second] = row.buttons as [(typeof row.buttons)[0], (typeof row.buttons)[0]];
  expect(first.part).toBe('button submit');
  if (first.width + row.gap + second.width <= row.width) {
    expect(Math.abs(first.middle - second.middle)).toBeLessThan(2);
    expect(first.left).toBeLessThan(second.left);
  }
  // The form keeps its own submit button, hidden: one "Save" for a screen reader, Enter still submits.
  expect(await host.locator('gate-form[slot="form"] button[type=submit]').isHidden()).toBe(true);
}

/** Both widths, with a screenshot each when GATEHOUSE_JOURNEY_SHOTS is set (j.check). */
async function atBothWidths(page: Page, name: string, hosts: Locator[]): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const host of hosts) await expectOneRow(host);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await j.check(page, name);
}

describe.skipIf(!hasChromium)('actions in one row', () => {
  it('profile, password change, RMA, support case, invitation and reset: the form button beside the others', async () => {
    const user = await j.activeUser({
      givenName: 'Mei',
      familyName: 'Tanaka',
      email: 'mei.tanaka@harbourline-freight.com',
      company: 'Harbourline Freight',
      country: 'DE',
    });
    const page = user.page;

    await j.visit(page, '/profile.html');
    const profile = page.locator('gate-profile');
    const change = page.locator('gate-password-change');
    await profile.locator('input[name=jobTitle]').waitFor();
    await change.locator('input[name=currentPassword]').waitFor();
    await atBothWidths(page, 'profile', [profile, change]);
    await profile.locator('input[name=jobTitle]').fill('Dispatcher');
    await profile.getByRole('button', { name: 'Save' }).click();
    await profile.getByRole('button', { name: 'Edit again' }).waitFor();

    await j.visit(page, '/rma.html');
    const rma = page.locator('gate-rma-request');
    await rma.locator('input[name=serialNumber]').waitFor();
    await atBothWidths(page, 'rma', [rma]);

    await j.visit(page, '/support.html');
    const support = page.locator('gate-support-case');
    await support.locator('select').selectOption('test');
    await support.getByRole('button', { name: 'Continue' }).click();
    await support.locator('input[name=subject]').waitFor();
    await atBothWidths(page, 'support-case', [support]);

    await j.visit(page, '/users.html');
    const invite = page.locator('gate-invite-user');
    await invite.locator('input[name=email]').waitFor();
    await atBothWidths(page, 'invite-user', [invite]);

    // Reset, logged out: the code step has "Reset password" beside "Send a new code"; Enter submits the request.
    const guest = await j.page();
    await j.visit(guest, '/reset.html');
    const reset = guest.locator('gate-password-reset');
    await reset.locator('input[name=email]').fill(user.email);
    await reset.locator('input[name=email]').press('Enter');
    await reset.locator('input[name=code]').waitFor();
    await atBothWidths(guest, 'reset-code', [reset]);
  });
});
