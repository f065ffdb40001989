/**
 * Account security as a person meets it: the first second factor brings ten recovery codes, shown once with a
 * download; a lost phone is no lock-out, because the MFA step takes one of them (once), and the owner is warned
 * by e-mail in their language, as they are of a sign-in from a browser the account had not seen. Walked in English
 * and German.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, journey } from './harness.js';

const j = journey('security');

/** Texts that differ by language; everything else is the same walk. */
const words = {
  en: {
    useEmail: 'Use e-mail codes',
    confirm: 'Confirm',
    codesHeading: 'Save your recovery codes',
    download: 'Download',
    saved: 'I have saved my codes',
    on: 'Two-step verification is on',
    signIn: 'Sign in',
    verifyHeading: 'Verify it is you',
    recovery: 'Recovery code',
    verify: 'Verify',
    code: /code is (\d{6})/,
    warning: /A recovery code was used/,
    left: '9 unused recovery codes are left',
  },
  de: {
    useEmail: 'Codes per E-Mail verwenden',
    confirm: 'Bestätigen',
    codesHeading: 'Speichern Sie Ihre Wiederherstellungscodes',
    download: 'Herunterladen',
    saved: 'Ich habe meine Codes gespeichert',
    on: 'Zwei-Faktor-Authentifizierung ist aktiv',
    signIn: 'Anmelden',
    verifyHeading: 'Bestätigen Sie Ihre Identität',
    recovery: 'Wiederherstellungscode',
    verify: 'Bestätigen',
    code: /lautet (\d{6})/,
    warning: /Ein Wiederherstellungscode wurde verwendet/,
    left: 'noch 9 unbenutzte Codes',
  },
};

/** Enrols e-mail codes from the MFA settings and returns the recovery codes the page showed (and downloaded). */
async function enrolAndSaveCodes(page: Page, email: string, lang: 'en' | 'de') {
  const w = words[lang];
  await j.visit(page, '/profile.html#mfa', `${lang}-mfa-settings`);
  const mfa = page.locator('gate-mfa-enrollment');
  await mfa.getByRole('button', { name: w.useEmail }).click();
  const sent = await j.mail(email, w.code);
  await mfa.locator('input[name=code]').fill(sent[1] as string);
  await mfa.getByRole('button', { name: w.confirm, exact: true }).click();
  await mfa.getByRole('heading', { name: w.codesHeading }).waitFor();
  const codes = await mfa.locator('ol[part="codes"] li').allInnerTexts();
  expect(codes).toHaveLength(10);
  await j.check(page, `${lang}-recovery-codes`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    mfa.getByRole('button', { name: w.download }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('recovery-codes.txt');
  const file = await readFile((await download.path()) as string, 'utf8');
  for (const code of codes) expect(file).toContain(code);
  await mfa.getByRole('button', { name: w.saved }).click();
  await mfa.getByRole('heading', { name: w.on }).waitFor();
  return codes;
}

/** Signs in on a new browser with the password, then passes the MFA step with `code` as a recovery code. */
async function signInWithRecoveryCode(email: string, password: string, code: string, lang: 'en' | 'de') {
  const w = words[lang];
  const page = await j.page(lang === 'de' ? { locale: 'de-DE' } : {});
  await j.visit(page, '/login.html', `${lang}-login`);
  const login = page.locator('gate-login');
  await login.locator('input[name=email]').fill(email);
  await login.locator('input[name=password]').fill(password);
  await login.getByRole('button', { name: w.signIn, exact: true }).click();
  await page.getByRole('heading', { name: w.verifyHeading }).waitFor();
  await login.getByRole('radio', { name: w.recovery }).check();
  await login.locator('input[name=recoveryCode]').fill(code);
  await j.check(page, `${lang}-mfa-recovery`);
  await login.getByRole('button', { name: w.verify }).click();
  return page;
}

describe.skipIf(!hasChromium)('recovery codes', () => {
  it('shown once and downloadable at the first factor; one signs in once, and the owner is warned by e-mail', async () => {
    const grace = await j.activeUser({
      givenName: 'Grace',
      familyName: 'Hopper',
      email: 'grace.hopper@cobol-systems.com',
      company: 'COBOL Systems',
    });
    const codes = await enrolAndSaveCodes(grace.page, grace.email, 'en');
    j.advance(120_000);

    const page = await signInWithRecoveryCode(grace.email, grace.password, codes[0] as string, 'en');
    await page.waitForURL((u) => u.pathname === '/');
    const warning = await j.mail(grace.email, words.en.warning);
    expect(warning.message.body).toContain(words.en.left);
    expect(warning.message.body).toContain('If it was not you');
    expect(warning.message.body).not.toContain(codes[0]);
    // A browser the account had not seen: the owner hears of that too, with what the browser said it is.
    const newDevice = await j.mail(grace.email, /New sign-in to your portal account/);
    expect(newDevice.message.body).toContain('Chrome on Linux');
    expect(newDevice.message.body).toContain('If this was not you');
    if (process.env.GATEHOUSE_JOURNEY_SHOTS) {
      await page.goto(`${j.url}/api/dev/outbox`);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.screenshot({
        path: `${process.env.GATEHOUSE_JOURNEY_SHOTS}/security-en-outbox-desktop.png`,
      });
    }

    // The same code a second time is a wrong code: no session.
    j.advance(120_000);
    const again = await signInWithRecoveryCode(grace.email, grace.password, codes[0] as string, 'en');
    await again.locator('gate-login').getByText('not correct').first().waitFor();
    expect(new URL(again.url()).pathname).toBe('/login.html');
  }, 480_000);

  it('in German: the codes, the MFA step and the warning e-mail', async () => {
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
    const codes = await enrolAndSaveCodes(lena.page, lena.email, 'de');
    j.advance(120_000);
    const page = await signInWithRecoveryCode(lena.email, lena.password, codes[4] as string, 'de');
    await page.waitForURL((u) => u.pathname === '/');
    const warning = await j.mail(lena.email, words.de.warning);
    expect(warning.message.body).toContain(words.de.left);
    expect(warning.message.body).toContain('Wenn Sie es nicht waren');
  }, 480_000);

  it('where am I signed in: this browser first, another one signed out from here, then everywhere else', async () => {
    const ada = await j.activeUser({
      givenName: 'Ada',
      familyName: 'Byron',
      email: 'ada.byron@engine-works.com',
      company: 'Engine Works',
    });
    const other = await j.page();
    await j.visit(other, '/login.html', 'sessions-login');
    const login = other.locator('gate-login');
    await login.locator('input[name=email]').fill(ada.email);
    await login.locator('input[name=password]').fill(ada.password);
    await login.getByRole('button', { name: 'Sign in', exact: true }).click();
    await other.waitForURL((u) => u.pathname === '/');

    const page = ada.page;
    await j.visit(page, '/profile.html#sessions', 'en-sessions-page');
    const list = page.locator('gate-sessions');
    await list.getByRole('heading', { name: 'Where you are signed in' }).waitFor();
    await expect.poll(() => list.locator('[part="session"]').count()).toBe(2);
    expect(await list.locator('[part="session"]').first().innerText()).toContain('This browser');
    await list.locator('[part="session"]').nth(1).scrollIntoViewIfNeeded();
    await j.check(page, 'en-sessions');
    await list.getByRole('button', { name: /^Sign out Chrome on Linux/ }).click();
    await expect.poll(() => list.locator('[part="session"]').count()).toBe(1);
    // The other browser is signed out: its next page asks it to sign in again.
    const gone = await other.request.get(`${j.url}/api/session`);
    expect(await gone.json()).toEqual({ session: null });
  }, 480_000);

  it('in German: where am I signed in, and the password change says the others were signed out', async () => {
    const jonas = await j.activeUser(
      {
        givenName: 'Jonas',
        familyName: 'Weber',
        email: 'jonas.weber@rhein-maschinen.de',
        company: 'Rhein Maschinen GmbH',
        country: 'DE',
      },
      { locale: 'de-DE' },
    );
    const other = await j.page({ locale: 'de-DE' });
    await other.goto(`${j.url}/login.html`);
    const login = other.locator('gate-login');
    await login.locator('input[name=email]').fill(jonas.email);
    await login.locator('input[name=password]').fill(jonas.password);
    await login.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await other.waitForURL((u) => u.pathname === '/');

    const page = jonas.page;
    await page.goto(`${j.url}/profile.html#sessions`);
    const list = page.locator('gate-sessions');
    await list.getByRole('heading', { name: 'Wo Sie angemeldet sind' }).waitFor();
    await expect.poll(() => list.locator('[part="session"]').count()).toBe(2);
    expect(await list.locator('[part="session"]').first().innerText()).toContain('Dieser Browser');
    await list.locator('[part="session"]').nth(1).scrollIntoViewIfNeeded();
    await j.check(page, 'de-sessions');

    // Changing the password signs the other browser out, and the page says so.
    const change = page.locator('gate-password-change');
    const next = 'ein ganz neues Passwort für das Portal 42';
    await change.locator('input[name=currentPassword]').fill(jonas.password);
    await change.locator('input[name=newPassword]').fill(next);
    await change.locator('input[name=confirmPassword]').fill(next);
    await change.getByRole('button', { name: 'Passwort ändern' }).click();
    await change.getByText('Alle anderen an Ihrem Konto angemeldeten Browser wurden abgemeldet.').waitFor();
    const gone = await other.request.get(`${j.url}/api/session`);
    expect(await gone.json()).toEqual({ session: null });
    await list.getByRole('button', { name: 'Aktualisieren' }).click();
    await expect.poll(() => list.locator('[part="session"]').count()).toBe(1);
  }, 480_000);
});
