/**
 * Passkeys as a person meets them, in Chromium with a virtual authenticator (the DevTools protocol's
 * `WebAuthn.addVirtualAuthenticator`: a platform authenticator that holds discoverable credentials and verifies the
 * user): add one from the MFA settings (the first factor brings the recovery codes), name it, log out, sign in with
 * the passkey alone, pass the MFA step after a password with it, and remove it. English and German.
 */
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, journey } from './harness.js';

const j = journey('passkeys');

const words = {
  en: {
    heading: 'Passkeys',
    add: 'Add a passkey',
    codesHeading: 'Save your recovery codes',
    saved: 'I have saved my codes',
    added: 'The passkey was added.',
    rename: 'Rename passkey',
    name: 'Name of the passkey',
    save: 'Save name',
    renamed: 'The passkey was renamed.',
    signInWithPasskey: 'Sign in with a passkey',
    usePasskey: 'Use your passkey',
    reauthHeading: 'Confirm your password',
    reauthSubmit: 'Confirm',
    verifyHeading: 'Verify it is you',
    signIn: 'Sign in',
    remove: 'Remove passkey',
    removed: 'The passkey was removed.',
  },
  de: {
    heading: 'Passkeys',
    add: 'Passkey hinzufügen',
    codesHeading: 'Speichern Sie Ihre Wiederherstellungscodes',
    saved: 'Ich habe meine Codes gespeichert',
    added: 'Der Passkey wurde hinzugefügt.',
    rename: 'Passkey',
    name: 'Name des Passkeys',
    save: 'Namen speichern',
    renamed: 'Der Passkey wurde umbenannt.',
    signInWithPasskey: 'Mit Passkey anmelden',
    usePasskey: 'Passkey verwenden',
    reauthHeading: 'Passwort bestätigen',
    reauthSubmit: 'Bestätigen',
    verifyHeading: 'Bestätigen Sie Ihre Identität',
    signIn: 'Anmelden',
    remove: 'Passkey',
    removed: 'Der Passkey wurde entfernt.',
  },
};

/**
 * A platform authenticator in `page`'s tab that verifies the user and answers at once, as a person touching the
 * sensor would. A pending request cannot be completed later by switching that off and on, so a step that must
 * wait (the password form while the e-mail field offers passkeys) runs with the passkeys taken out (`hide`) and
 * put back (`restore`) before the person uses one.
 */
async function virtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  const list = async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials;
  return {
    cdp,
    id: authenticatorId,
    list,
    async hide() {
      const credentials = await list();
      await cdp.send('WebAuthn.clearCredentials', { authenticatorId });
      return credentials;
    },
    async restore(credentials: Awaited<ReturnType<typeof list>>) {
      for (const credential of credentials)
        await cdp.send('WebAuthn.addCredential', { authenticatorId, credential });
    },
  };
}

/** Logs the page out through the API (same origin, like the menu's button) and opens the login page. */
async function logOut(page: Page) {
  // The API takes state-changing requests as JSON only, like the menu's "Log out" sends them.
  const status = await page.evaluate(() =>
    fetch('/api/session', { method: 'DELETE', headers: { 'content-type': 'application/json' } }).then(
      (r) => r.status,
    ),
  );
  expect(status).toBe(204);
  const session = await page.evaluate(() => fetch('/api/session').then((r) => r.json()));
  expect(session).toEqual({ session: null });
}

/** Adds a passkey on the profile page and returns the passkeys element. */
async function addPasskey(page: Page, lang: 'en' | 'de', password?: string) {
  const w = words[lang];
  await j.visit(page, '/profile.html#passkeys', `${lang}-profile-before`);
  const passkeys = page.locator('gate-passkeys');
  await passkeys.getByRole('heading', { name: w.heading, exact: true }).waitFor();
  await passkeys.getByRole('button', { name: w.add }).click();
  if (password !== undefined) {
    // The login is no longer recent: the password first, then the browser's dialog.
    await passkeys.getByRole('heading', { name: w.reauthHeading }).waitFor({ timeout: 20_000 });
    await j.check(page, `${lang}-reauthenticate`);
    await passkeys.locator('input[type=password]').fill(password);
    await passkeys.getByRole('button', { name: w.reauthSubmit, exact: true }).click();
  }
  // The first second factor of the account: the recovery codes are shown once.
  await passkeys.getByRole('heading', { name: w.codesHeading }).waitFor({ timeout: 20_000 });
  expect(await passkeys.locator('ol[part="codes"] li').count()).toBe(10);
  await passkeys.getByRole('button', { name: w.saved }).click();
  await passkeys.getByText(w.added).waitFor();
  await passkeys.locator('[part="passkey"]').first().scrollIntoViewIfNeeded();
  await j.check(page, `${lang}-added`);
  return passkeys;
}

describe.skipIf(!hasChromium)('passkeys', () => {
  it('add, rename, log out, sign in with the passkey alone and as the second factor, remove', async () => {
    const ada = await j.activeUser({
      givenName: 'Ada',
      familyName: 'Lovelace',
      email: 'ada.lovelace@analytical-engines.com',
      company: 'Analytical Engines',
    });
    const w = words.en;
    const page = ada.page;
    const authenticator = await virtualAuthenticator(page);
    // Six minutes after the login: adding a factor asks for the password again.
    j.advance(6 * 60_000);
    const passkeys = await addPasskey(page, 'en', ada.password);
    // Named after the browser that made it; the owner can rename it.
    expect(await passkeys.locator('[part="passkey"] h3').first().innerText()).toContain('Chrome on Linux');
    await passkeys.getByRole('button', { name: /^Rename passkey/ }).click();
    await passkeys.getByLabel(w.name).fill('Work laptop');
    await passkeys.getByRole('button', { name: w.save }).click();
    await passkeys.getByText(w.renamed).waitFor();
    expect(await passkeys.locator('[part="passkey"] h3').first().innerText()).toContain('Work laptop');
    await j.check(page, 'en-renamed');
    const added = await j.mail(ada.email, /A sign-in method was added/);
    expect(added.message.body).toContain('A passkey was added');
    const credentials = await authenticator.list();
    expect(credentials).toHaveLength(1);
    // Only the public key is stored; the credential's private key never leaves the authenticator.
    const stored = await j.db.query<{ public_key: string; counter: string }>(
      'SELECT public_key, counter FROM passkeys WHERE name = $1',
      ['Work laptop'],
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]?.public_key).not.toContain(String(credentials[0]?.privateKey ?? '-'));

    // Password-less through the e-mail field's autofill (conditional mediation): the field offers the passkey
    // among its suggestions, the person picks it (the virtual authenticator picks at once) and is signed in
    // without typing an e-mail address or a password.
    await logOut(page);
    await page.goto(`${j.url}/login.html`);
    await page.waitForURL((u) => u.pathname === '/', { timeout: 20_000 });
    const used = await j.db.query<{ last_used_at: Date | null }>(
      'SELECT last_used_at FROM passkeys WHERE name = $1',
      ['Work laptop'],
    );
    expect(used[0]?.last_used_at).not.toBeNull();

    // After the password, the MFA step offers the passkey first. The e-mail field marks itself for passkey
    // autofill; with the passkey out of the authenticator, it waits while the person types the password.
    await logOut(page);
    const held = await authenticator.hide();
    await j.visit(page, '/login.html', 'en-login-passkey');
    const login = page.locator('gate-login');
    await expect
      .poll(() => login.locator('input[name=email]').getAttribute('autocomplete'))
      .toBe('username webauthn');
    await login.locator('input[name=email]').fill(ada.email);
    await login.locator('input[name=password]').fill(ada.password);
    await login.getByRole('button', { name: w.signIn, exact: true }).click();
    await login.getByRole('heading', { name: w.verifyHeading }).waitFor();
    await j.check(page, 'en-mfa-passkey');
    await authenticator.restore(held);
    await login.getByRole('button', { name: w.usePasskey }).click();
    await page.waitForURL((u) => u.pathname === '/', { timeout: 20_000 });

    // Removing it (the login just now is recent: no password asked) takes the recovery codes with it.
    await j.visit(page, '/profile.html#passkeys', 'en-before-remove');
    await passkeys.getByRole('button', { name: /^Remove passkey Work laptop/ }).click();
    await passkeys.getByText(w.removed).waitFor();
    expect(await passkeys.locator('[part="passkey"]').count()).toBe(0);
    await j.mail(ada.email, /A sign-in method was removed/);
    const codes = await j.db.query('SELECT 1 FROM recovery_codes WHERE account_id = $1', [ada.id]);
    expect(codes).toHaveLength(0);

    // The passkey still in the authenticator no longer signs in, neither through the autofill nor through the
    // button: the answer does not say why (the same as for a passkey the server never knew).
    await logOut(page);
    await page.goto(`${j.url}/login.html`);
    await page.locator('gate-login').getByText('This passkey was not accepted').waitFor({ timeout: 20_000 });
    await page.locator('gate-login').getByRole('button', { name: w.signInWithPasskey }).click();
    await page.locator('gate-login').getByText('This passkey was not accepted').waitFor({ timeout: 20_000 });
    await j.check(page, 'en-passkey-refused');
    expect(new URL(page.url()).pathname).toBe('/login.html');
  }, 480_000);

  it('in German: add, rename and sign in with the passkey', async () => {
    const lena = await j.activeUser(
      {
        givenName: 'Lena',
        familyName: 'Schmidt',
        email: 'lena.schmidt@rhein-maschinen.de',
        company: 'Rhein Maschinen GmbH',
        country: 'DE',
      },
      { locale: 'de-DE' },
    );
    const w = words.de;
    const page = lena.page;
    const authenticator = await virtualAuthenticator(page);
    const passkeys = await addPasskey(page, 'de');
    await passkeys.getByRole('button', { name: /umbenennen$/ }).click();
    await passkeys.getByLabel(w.name).fill('Firmenlaptop');
    await passkeys.getByRole('button', { name: w.save }).click();
    await passkeys.getByText(w.renamed).waitFor();
    await j.check(page, 'de-renamed');
    // The button asks in a dialog of the browser (the autofill waits: the passkey is out until the click).
    await logOut(page);
    const held = await authenticator.hide();
    await j.visit(page, '/login.html', 'de-login-passkey');
    await authenticator.restore(held);
    await page.locator('gate-login').getByRole('button', { name: w.signInWithPasskey }).click();
    await page.waitForURL((u) => u.pathname === '/', { timeout: 20_000 });
  }, 480_000);
});
