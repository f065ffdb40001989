/**
 * The words of every e-mail and text message the server sends, in each language it speaks. A message goes out in
 * its recipient's language: the account's stored preference, or for a registration the language the person
 * registered in. The welcome e-mail has its own file (mail/welcome-mail.ts) for its button.
 */
import { placeText, type SessionPlace } from '@gatehouse/flows/sessions';
import type { MailLocale } from '../http/locale.js';

/** What a message says. */
export interface MailText {
  subject: string;
  text: string;
}

/** Each message kind and the values it names. */
export interface MailParams {
  confirm: { link: string; until: Date };
  'registration-exists': Record<string, never>;
  rejected: { reason: string };
  'more-information': { question: string };
  'email-code': { code: string; minutes: number };
  'phone-code': { code: string };
  'reset-sms': { code: string; minutes: number };
  'reset-email': { code: string; minutes: number };
  invitation: { inviter: string; link: string; days: number };
  'invitation-exists': { inviter: string };
  'recovery-code-used': { at: Date; remaining: number };
  'new-sign-in': { at: Date; browser: string; system: string; ip: string; place?: SessionPlace | undefined };
  'factor-added': { at: Date; method: string };
  'factor-removed': { at: Date; method: string };
  'password-changed': { at: Date };
  'account-deleted': { at: Date };
  'email-change-confirm': { link: string; until: Date };
  'email-change-exists': Record<string, never>;
  'email-change-requested': { at: Date; to: string; until: Date; cancel: string };
  'email-changed': { at: Date; to: string };
}

type Catalog = { [K in keyof MailParams]: (p: MailParams[K]) => MailText };

/** A second factor as the person knows it. */
const FACTOR_NAMES: Record<MailLocale, Record<string, string>> = {
  en: { totp: 'the authenticator app', email: 'e-mail codes', passkey: 'a passkey' },
  de: { totp: 'Authenticator-App', email: 'Code per E-Mail', passkey: 'Passkey' },
};
const factor = (method: string, locale: MailLocale) => FACTOR_NAMES[locale][method] ?? method;

/** `Firefox on Linux`, `Firefox`, `a browser on Linux` or `an unknown browser`: whatever the browser told. */
function device(browser: string, system: string, locale: MailLocale): string {
  if (locale === 'de') {
    const name = browser || (system ? 'ein Browser' : 'ein unbekannter Browser');
    return system ? `${name} unter ${system}` : name;
  }
  const name = browser || (system ? 'a browser' : 'an unknown browser');
  return system ? `${name} on ${system}` : name;
}

/** `IP address 192.0.2.1 (Munich, Bavaria, Germany)`: the place, country named in `locale`, only when known. */
function address(ip: string, place: SessionPlace | undefined, locale: MailLocale): string {
  const where = placeText(place, locale);
  const label = locale === 'de' ? 'IP-Adresse' : 'IP address';
  return where ? `${label} ${ip} (${where})` : `${label} ${ip}`;
}

/** The closing paragraph of every security e-mail: what to do when the change was not the owner's. */
const NOT_YOU = {
  en: 'If this was not you: change your password now (or use "Forgot your password?" on the login page), check your two-step verification, and tell your administrator.',
  de: 'Wenn Sie das nicht waren: Ändern Sie jetzt Ihr Passwort (oder nutzen Sie „Passwort vergessen?“ auf der Anmeldeseite), prüfen Sie Ihre Zwei-Faktor-Authentifizierung und informieren Sie Ihren Administrator.',
};

/** `the authenticator app` → `The authenticator app`. */
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A date and time people read, in UTC (the recipient's time zone is unknown). */
const at = (date: Date, locale: MailLocale) =>
  `${date.toLocaleString(locale === 'de' ? 'de-DE' : 'en-GB', { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' })} UTC`;

const EN: Catalog = {
  confirm: ({ link, until }) => ({
    subject: 'Confirm your portal registration',
    text: `Please confirm your e-mail address by opening this link (valid until ${at(until, 'en')}):\n\n${link}\n\nIf you did not register, ignore this message.`,
  }),
  'registration-exists': () => ({
    subject: 'Someone tried to register with your address',
    text: 'Somebody started a portal registration with this e-mail address, which already has an account. If it was you, log in or reset your password instead. Otherwise you can ignore this message.',
  }),
  rejected: ({ reason }) => ({
    subject: 'Your portal registration',
    text: `We could not approve your registration.\n\nReason: ${reason}`,
  }),
  'more-information': ({ question }) => ({
    subject: 'We need more information about your registration',
    text: `Please reply with: ${question}`,
  }),
  'email-code': ({ code, minutes }) => ({
    subject: 'Your verification code',
    text: `Your verification code is ${code}. It is valid for ${minutes} minutes and can be used once.`,
  }),
  'phone-code': ({ code }) => ({ subject: 'Phone verification', text: `Your code: ${code}` }),
  'reset-sms': ({ code, minutes }) => ({
    subject: 'Password reset',
    text: `Your password reset code: ${code} (valid ${minutes} min)`,
  }),
  'reset-email': ({ code, minutes }) => ({
    subject: 'Your password reset code',
    text: `Your password reset code is ${code}. It is valid for ${minutes} minutes. If you did not ask for it, ignore this message.`,
  }),
  invitation: ({ inviter, link, days }) => ({
    subject: 'You are invited to the customer portal',
    text: `${inviter} invited you. Set your password here (valid ${days} days):\n\n${link}`,
  }),
  'invitation-exists': ({ inviter }) => ({
    subject: 'You already have a customer portal account',
    text: `${inviter} tried to invite you, but this address already has an account. Log in as usual, or use "Forgot your password?" on the login page.`,
  }),
  'recovery-code-used': ({ at: when, remaining }) => ({
    subject: 'A recovery code was used',
    text: `One of your recovery codes was used to sign in to your portal account on ${at(when, 'en')} instead of your second factor. ${remaining} unused recovery code${remaining === 1 ? ' is' : 's are'} left.\n\nIf this was you: when few codes are left, create new ones under "Two-step verification" in your account.\n\nIf it was not you: someone knows your password and has one of your recovery codes. Change your password now (or use "Forgot your password?" on the login page), create new recovery codes, and tell your administrator.`,
  }),
  'new-sign-in': ({ at: when, browser, system, ip, place }) => ({
    subject: 'New sign-in to your portal account',
    text: `Your portal account was signed in to from a browser it had not seen before:\n\n${device(browser, system, 'en')}, ${at(when, 'en')}, ${address(ip, place, 'en')}.\n\nIf this was you, there is nothing to do.\n\n${NOT_YOU.en}`,
  }),
  'factor-added': ({ at: when, method }) => ({
    subject: 'A sign-in method was added',
    text: `${capital(factor(method, 'en'))} was added to your portal account's two-step verification on ${at(when, 'en')}.\n\nIf this was you, there is nothing to do.\n\n${NOT_YOU.en}`,
  }),
  'factor-removed': ({ at: when, method }) => ({
    subject: 'A sign-in method was removed',
    text: `${capital(factor(method, 'en'))} was removed from your portal account's two-step verification on ${at(when, 'en')}.\n\nIf this was you, there is nothing to do.\n\n${NOT_YOU.en}`,
  }),
  'password-changed': ({ at: when }) => ({
    subject: 'Your password was changed',
    text: `The password of your portal account was changed on ${at(when, 'en')}. Other signed-in browsers were signed out.\n\nIf this was you, there is nothing to do.\n\n${NOT_YOU.en}`,
  }),
  'account-deleted': ({ at: when }) => ({
    subject: 'Your portal account was deleted',
    text: `Your portal account was deleted on ${at(when, 'en')}, as you asked. Your profile, sign-in methods, sessions, support cases and RMA requests are gone; the security log keeps its entries about you under a pseudonym, without your name, e-mail address or IP address.\n\nThis is the last message you receive from the portal. If you did not delete your account, tell your administrator: the account cannot be restored, but they can invite you again.`,
  }),
  'email-change-confirm': ({ link, until }) => ({
    subject: 'Confirm your new e-mail address',
    text: `Somebody asked to use this address for their portal account from now on. To confirm that it is yours, open this link (valid until ${at(until, 'en')}, once):\n\n${link}\n\nUntil then, the account keeps its old address. If you did not ask for this, ignore this message: nothing changes.`,
  }),
  'email-change-exists': () => ({
    subject: 'Someone tried to move a portal account to your address',
    text: 'Somebody asked to change the e-mail address of a portal account to this address, which already has an account of its own. Nothing was changed. If it was you, sign in to your account with this address instead. Otherwise you can ignore this message.',
  }),
  'email-change-requested': ({ at: when, to, until, cancel }) => ({
    subject: 'A change of your e-mail address was requested',
    text: `On ${at(when, 'en')} somebody signed in to your portal account asked to change its e-mail address to ${to}. A confirmation link went to that address; nothing changes unless it is opened by ${at(until, 'en')}.\n\nIf this was you, there is nothing to do.\n\nIf this was not you, cancel the change with this link (once, valid until ${at(until, 'en')}); it also signs out every other browser:\n\n${cancel}\n\nThen change your password (or use "Forgot your password?" on the login page): whoever asked knew it. Check your two-step verification and tell your administrator.`,
  }),
  'email-changed': ({ at: when, to }) => ({
    subject: 'Your e-mail address was changed',
    text: `The e-mail address of your portal account was changed to ${to} on ${at(when, 'en')}, after the new address was confirmed. Sign in with the new address from now on; this address gets no more messages about the account. Other signed-in browsers were signed out.\n\nIf this was you, there is nothing to do.\n\nIf this was not you: tell your administrator at once. "Forgot your password?" no longer works with this address; your administrator sees the account in the company's user list and can deactivate it.`,
  }),
};

const DE: Catalog = {
  confirm: ({ link, until }) => ({
    subject: 'Bestätigen Sie Ihre Portal-Registrierung',
    text: `Bitte bestätigen Sie Ihre E-Mail-Adresse über diesen Link (gültig bis ${at(until, 'de')}):\n\n${link}\n\nFalls Sie sich nicht registriert haben, ignorieren Sie diese Nachricht.`,
  }),
  'registration-exists': () => ({
    subject: 'Jemand wollte sich mit Ihrer Adresse registrieren',
    text: 'Jemand hat mit dieser E-Mail-Adresse eine Portal-Registrierung begonnen, zu der es bereits ein Konto gibt. Wenn Sie es waren, melden Sie sich an oder setzen Sie Ihr Passwort zurück. Andernfalls können Sie diese Nachricht ignorieren.',
  }),
  rejected: ({ reason }) => ({
    subject: 'Ihre Portal-Registrierung',
    text: `Wir konnten Ihre Registrierung nicht freigeben.\n\nGrund: ${reason}`,
  }),
  'more-information': ({ question }) => ({
    subject: 'Wir benötigen weitere Angaben zu Ihrer Registrierung',
    text: `Bitte antworten Sie mit: ${question}`,
  }),
  'email-code': ({ code, minutes }) => ({
    subject: 'Ihr Bestätigungscode',
    text: `Ihr Bestätigungscode lautet ${code}. Er ist ${minutes} Minuten gültig und kann einmal verwendet werden.`,
  }),
  'phone-code': ({ code }) => ({ subject: 'Telefonnummer bestätigen', text: `Ihr Code: ${code}` }),
  'reset-sms': ({ code, minutes }) => ({
    subject: 'Passwort zurücksetzen',
    text: `Ihr Code zum Zurücksetzen des Passworts: ${code} (${minutes} Min. gültig)`,
  }),
  'reset-email': ({ code, minutes }) => ({
    subject: 'Ihr Code zum Zurücksetzen des Passworts',
    text: `Ihr Code zum Zurücksetzen des Passworts lautet ${code}. Er ist ${minutes} Minuten gültig. Falls Sie ihn nicht angefordert haben, ignorieren Sie diese Nachricht.`,
  }),
  invitation: ({ inviter, link, days }) => ({
    subject: 'Einladung zum Kundenportal',
    text: `${inviter} hat Sie eingeladen. Legen Sie hier Ihr Passwort fest (${days} Tage gültig):\n\n${link}`,
  }),
  'invitation-exists': ({ inviter }) => ({
    subject: 'Sie haben bereits ein Konto im Kundenportal',
    text: `${inviter} wollte Sie einladen, aber zu dieser Adresse gibt es bereits ein Konto. Melden Sie sich wie gewohnt an oder nutzen Sie „Passwort vergessen?“ auf der Anmeldeseite.`,
  }),
  'recovery-code-used': ({ at: when, remaining }) => ({
    subject: 'Ein Wiederherstellungscode wurde verwendet',
    text: `Am ${at(when, 'de')} wurde einer Ihrer Wiederherstellungscodes statt Ihres zweiten Faktors verwendet, um sich an Ihrem Portal-Konto anzumelden. Es ${remaining === 1 ? 'ist noch 1 unbenutzter Code' : `sind noch ${remaining} unbenutzte Codes`} übrig.\n\nWenn Sie es waren: Erstellen Sie neue Codes unter „Zwei-Faktor-Authentifizierung“ in Ihrem Konto, wenn nur noch wenige übrig sind.\n\nWenn Sie es nicht waren: Jemand kennt Ihr Passwort und besitzt einen Ihrer Wiederherstellungscodes. Ändern Sie jetzt Ihr Passwort (oder nutzen Sie „Passwort vergessen?“ auf der Anmeldeseite), erstellen Sie neue Wiederherstellungscodes und informieren Sie Ihren Administrator.`,
  }),
  'new-sign-in': ({ at: when, browser, system, ip, place }) => ({
    subject: 'Neue Anmeldung an Ihrem Portal-Konto',
    text: `Ihr Portal-Konto wurde in einem Browser angemeldet, den es noch nicht kannte:\n\n${capital(device(browser, system, 'de'))}, ${at(when, 'de')}, ${address(ip, place, 'de')}.\n\nWenn Sie das waren, ist nichts zu tun.\n\n${NOT_YOU.de}`,
  }),
  'factor-added': ({ at: when, method }) => ({
    subject: 'Ein Anmeldefaktor wurde hinzugefügt',
    text: `Am ${at(when, 'de')} wurde „${factor(method, 'de')}“ zur Zwei-Faktor-Authentifizierung Ihres Portal-Kontos hinzugefügt.\n\nWenn Sie das waren, ist nichts zu tun.\n\n${NOT_YOU.de}`,
  }),
  'factor-removed': ({ at: when, method }) => ({
    subject: 'Ein Anmeldefaktor wurde entfernt',
    text: `Am ${at(when, 'de')} wurde „${factor(method, 'de')}“ aus der Zwei-Faktor-Authentifizierung Ihres Portal-Kontos entfernt.\n\nWenn Sie das waren, ist nichts zu tun.\n\n${NOT_YOU.de}`,
  }),
  'password-changed': ({ at: when }) => ({
    subject: 'Ihr Passwort wurde geändert',
    text: `Das Passwort Ihres Portal-Kontos wurde am ${at(when, 'de')} geändert. Andere angemeldete Browser wurden abgemeldet.\n\nWenn Sie das waren, ist nichts zu tun.\n\n${NOT_YOU.de}`,
  }),
  'account-deleted': ({ at: when }) => ({
    subject: 'Ihr Portal-Konto wurde gelöscht',
    text: `Ihr Portal-Konto wurde am ${at(when, 'de')} auf Ihren Wunsch gelöscht. Ihr Profil, Ihre Anmeldemethoden, Sitzungen, Support-Fälle und RMA-Anträge sind entfernt; das Sicherheitsprotokoll behält seine Einträge über Sie unter einem Pseudonym, ohne Ihren Namen, Ihre E-Mail-Adresse und IP-Adresse.\n\nDies ist die letzte Nachricht, die Sie vom Portal erhalten. Falls Sie Ihr Konto nicht selbst gelöscht haben, informieren Sie Ihren Administrator: Das Konto lässt sich nicht wiederherstellen, aber er kann Sie erneut einladen.`,
  }),
  'email-change-confirm': ({ link, until }) => ({
    subject: 'Bestätigen Sie Ihre neue E-Mail-Adresse',
    text: `Jemand möchte diese Adresse künftig für sein Portal-Konto verwenden. Um zu bestätigen, dass sie Ihnen gehört, öffnen Sie diesen Link (gültig bis ${at(until, 'de')}, einmal):\n\n${link}\n\nBis dahin behält das Konto seine bisherige Adresse. Wenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht: Es ändert sich nichts.`,
  }),
  'email-change-exists': () => ({
    subject: 'Jemand wollte ein Portal-Konto auf Ihre Adresse umstellen',
    text: 'Jemand wollte die E-Mail-Adresse eines Portal-Kontos auf diese Adresse ändern, zu der es bereits ein eigenes Konto gibt. Es wurde nichts geändert. Wenn Sie es waren, melden Sie sich stattdessen mit dieser Adresse an. Andernfalls können Sie diese Nachricht ignorieren.',
  }),
  'email-change-requested': ({ at: when, to, until, cancel }) => ({
    subject: 'Eine Änderung Ihrer E-Mail-Adresse wurde angefordert',
    text: `Am ${at(when, 'de')} hat jemand, der in Ihrem Portal-Konto angemeldet war, die Änderung seiner E-Mail-Adresse auf ${to} angefordert. Ein Bestätigungslink ging an diese Adresse; es ändert sich nichts, solange er nicht bis ${at(until, 'de')} geöffnet wird.\n\nWenn Sie das waren, ist nichts zu tun.\n\nWenn Sie das nicht waren, verwerfen Sie die Änderung mit diesem Link (einmal, gültig bis ${at(until, 'de')}); er meldet auch alle anderen Browser ab:\n\n${cancel}\n\nÄndern Sie dann Ihr Passwort (oder nutzen Sie „Passwort vergessen?“ auf der Anmeldeseite): Wer die Änderung angefordert hat, kannte es. Prüfen Sie Ihre Zwei-Faktor-Authentifizierung und informieren Sie Ihren Administrator.`,
  }),
  'email-changed': ({ at: when, to }) => ({
    subject: 'Ihre E-Mail-Adresse wurde geändert',
    text: `Die E-Mail-Adresse Ihres Portal-Kontos wurde am ${at(when, 'de')} auf ${to} geändert, nachdem die neue Adresse bestätigt wurde. Melden Sie sich künftig mit der neuen Adresse an; an diese Adresse gehen keine weiteren Nachrichten zum Konto. Andere angemeldete Browser wurden abgemeldet.\n\nWenn Sie das waren, ist nichts zu tun.\n\nWenn Sie das nicht waren: Informieren Sie sofort Ihren Administrator. „Passwort vergessen?“ funktioniert mit dieser Adresse nicht mehr; Ihr Administrator sieht das Konto in der Benutzerliste Ihres Unternehmens und kann es deaktivieren.`,
  }),
};

const CATALOGS: Record<MailLocale, Catalog> = { en: EN, de: DE };

/** The subject and text of message `kind` in `locale` (`de`; anything else is English). */
export function mailText<K extends keyof MailParams>(
  locale: string | null | undefined,
  kind: K,
  params: MailParams[K],
): MailText {
  const catalog = CATALOGS[locale === 'de' ? 'de' : 'en'];
  return (catalog[kind] as (p: MailParams[K]) => MailText)(params);
}
