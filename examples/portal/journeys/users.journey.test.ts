/**
 * Manual section "User management" and the role refusals: the Super Admin invites users (own domain only),
 * sees users and invitations with roles and state, changes roles, resends and revokes invitations and deactivates
 * a user; the last Super Admin stays. A user with only "Support cases" sees only that and cannot submit an RMA.
 */
import { describe, expect, it } from 'vitest';
import { hasChromium, journey } from './harness.js';

const j = journey('users');

describe.skipIf(!hasChromium)('invitations, user management and role refusals', () => {
  it('invites, manages and deactivates users; a support-cases user cannot submit an RMA', async () => {
    const admin = await j.activeUser({
      givenName: 'Lise',
      familyName: 'Meitner',
      email: 'lise.meitner@fission-works.com',
      company: 'Fission Works',
    });
    const page = admin.page;
    await j.visit(page, '/users.html');
    const invite = page.locator('gate-invite-user');
    const fill = async (email: string) => {
      await invite.locator('input[name=email]').fill(email);
      await invite.locator('input[name=givenName]').fill('Otto');
      await invite.locator('input[name=familyName]').fill('Frisch');
    };
    // Another company's domain is refused at the field.
    await fill('tom@other-company.com');
    await invite.getByRole('checkbox', { name: 'Support cases' }).check();
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await expect.poll(() => invite.locator('input[name=email]').getAttribute('aria-invalid')).toBe('true');
    await j.check(page, 'other-domain');
    expect(await j.mails('tom@other-company.com')).toEqual([]);

    const sam = 'otto.frisch@fission-works.com';
    await fill(sam);
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('heading', { name: 'Invitation sent' }).waitFor();
    const invitedRow = page.locator(`tr[data-email="${sam}"][data-state=invited]`);
    await invitedRow.waitFor();
    await expect(invitedRow.innerText()).resolves.toMatch(/Support cases\s+Invited/);
    await invitedRow.getByRole('button', { name: 'Resend' }).click();
    await expect.poll(() => page.locator('#status').innerText()).toMatch(/sent again/);
    await j.check(page, 'invited');

    // The invited user accepts, lands home and sees only what "Support cases" allows.
    const link = j.local((await j.mail(sam, /https?:\/\/\S+token=\S+/))[0]);
    const guest = await j.page();
    await guest.goto(link);
    await guest.waitForLoadState('networkidle');
    const accept = guest.locator('gate-invitation-accept');
    // His own names and company are refused in the browser already, as on every password form.
    const sent: string[] = [];
    guest.on('request', (r) => {
      if (r.url().endsWith('/api/invitations/accept')) sent.push(r.url());
    });
    const acceptForm = accept.locator('gate-form[slot="form"]');
    await accept.locator('input[name=newPassword]').fill('OttoFrisch-Fission-1938');
    await accept.locator('input[name=confirmPassword]').fill('OttoFrisch-Fission-1938');
    await accept.getByRole('button', { name: 'Set password' }).click();
    await expect.poll(() => acceptForm.innerText()).toMatch(/must not contain/i);
    expect(sent).toEqual([]);
    await j.check(guest, 'accept-refused');
    await accept.locator('input[name=newPassword]').fill('splitting atoms since 1938');
    await accept.locator('input[name=confirmPassword]').fill('splitting atoms since 1938');
    await accept.getByRole('button', { name: 'Set password' }).click();
    await guest.waitForURL((u) => u.pathname === '/');
    await guest.getByRole('heading', { name: 'Welcome, Otto Frisch' }).waitFor();
    expect(await guest.locator('header nav.main-nav li:not([hidden]) a').allInnerTexts()).toEqual([
      'Home',
      'Support cases',
    ]);
    await j.check(guest, 'support-user-home');
    // The server refuses the RMA (403) and stores nothing; the page says the roles do not include it.
    const refused = await guest.context().request.post(`${j.url}/api/rma`, {
      data: {
        serialNumber: 'SN-100200',
        description: 'Fans fail after a firmware update.',
        deliveryAddress: {
          company: 'Fission Works',
          street: '1 Way',
          postalCode: '10115',
          city: 'Berlin',
          country: 'DE',
        },
        addressConfirmed: true,
      },
    });
    expect(refused.status()).toBe(403);
    expect(await j.db.query('SELECT 1 FROM rma_requests')).toEqual([]);
    await j.visit(guest, '/rma.html', 'support-user-rma');
    await expect(guest.locator('#status').innerText()).resolves.toMatch(/roles do not include/);
    await expect(guest.locator('gate-rma-request').isVisible()).resolves.toBe(false);

    // The last Super Admin cannot step down.
    await page.reload();
    await page.waitForLoadState('networkidle');
    const self = page.locator(`tr[data-email="${admin.email}"]`);
    await self.getByRole('button', { name: 'Change roles' }).click();
    await self.getByRole('checkbox', { name: 'Super Admin' }).uncheck();
    await self.getByRole('checkbox', { name: 'RMA requests' }).check();
    await self.getByRole('button', { name: 'Save roles' }).click();
    await expect.poll(() => page.locator('#status').innerText()).toMatch(/at least one active Super Admin/);
    await j.check(page, 'last-super-admin');

    // Change the new user's roles, then deactivate them: their session ends at once.
    const member = page.locator(`tr[data-email="${sam}"]`);
    await member.getByRole('button', { name: 'Change roles' }).click();
    await member.getByRole('checkbox', { name: 'RMA requests' }).check();
    await member.getByRole('button', { name: 'Save roles' }).click();
    await expect.poll(() => member.locator('td').nth(2).innerText()).toBe('Support cases, RMA requests');
    await member.getByRole('button', { name: 'Deactivate' }).click();
    await member.getByRole('button', { name: /Confirm: deactivate/ }).click();
    await page.locator(`tr[data-email="${sam}"][data-state=deactivated]`).waitFor();
    await j.check(page, 'deactivated');
    const after = await guest.context().request.get(`${j.url}/api/session`);
    expect(await after.json()).toEqual({ session: null });
  });
});
