/**
 * Curated supplement to the npm lists: providers they miss (checked against free-email-domains 1.12.6 and
 * disposable-email-domains-js 1.26.0). Every domain here is lower-case ASCII; the tests assert that.
 * Callers must know: these are added to, never subtracted from, the upstream lists.
 */

/** Personal mailboxes that are free or sold to private persons, missing upstream. */
export const SUPPLEMENT_FREE_DOMAINS: readonly string[] = [
  // Tuta (formerly Tutanota): every domain a free account can pick; tuta.io is upstream, the rest is not.
  'tutanota.com',
  'tutanota.de',
  'tutamail.com',
  'tuta.com',
  'keemail.me',
  // Proton: the Swiss domains and the alias domain of Proton Pass (proton.me, protonmail.com, pm.me are upstream).
  'protonmail.ch',
  'passmail.net',
  'passmail.com',
  // Paid personal mail from Basecamp, and the German/Swiss privacy providers sold to private persons.
  'hey.com',
  'mailbox.org',
  'posteo.net',
  'posteo.org',
  'posteo.eu',
  'kolabnow.com',
  'startmail.com',
  'countermail.com',
  // Community-run free mail.
  'disroot.org',
  'riseup.net',
  'autistici.org',
  'inventati.org',
  // Forwarding-alias services: they hide the person's real (private) mailbox, so they are not a company's domain.
  'privaterelay.appleid.com',
  'mozmail.com',
  'simplelogin.com',
  'simplelogin.fr',
  'aleeas.com',
  'slmail.me',
  'addy.io',
  'anonaddy.com',
  'anonaddy.me',
  'duck.com',
];

/**
 * Well-known throwaway-inbox services. The server list already has most of them; they are listed here as well
 * because the browser form checks exactly this short list (it cannot carry the 8,883 upstream entries).
 */
export const SUPPLEMENT_DISPOSABLE_DOMAINS: readonly string[] = [
  // Public inboxes anyone can read.
  'mailinator.com',
  'maildrop.cc',
  'yopmail.com',
  'yopmail.fr',
  'yopmail.net',
  'mailnesia.com',
  'dispostable.com',
  // Guerrilla Mail and its alternative domains.
  'guerrillamail.com',
  'guerrillamail.net',
  'guerrillamail.org',
  'guerrillamail.de',
  'guerrillamailblock.com',
  'sharklasers.com',
  'grr.la',
  'pokemail.net',
  'spam4.me',
  // Timed inboxes.
  '10minutemail.com',
  '10minutemail.net',
  '20minutemail.com',
  'temp-mail.org',
  'tempmail.dev',
  'tempail.com',
  'tempr.email',
  'throwawaymail.com',
  'emailondeck.com',
  'mohmal.com',
  'getnada.com',
  'mintemail.com',
  'fakeinbox.com',
  'trashmail.com',
  'trashmail.de',
  'trash-mail.com',
  'mytemp.email',
  'burnermail.io',
  'spamgourmet.com',
  'mailcatch.com',
  'discard.email',
  'moakt.com',
  'inboxkitten.com',
  'emailfake.com',
  'minuteinbox.com',
];

/**
 * The largest free providers by users (Google, Microsoft, Yahoo, Apple, AOL, GMX/1&1, Deutsche Telekom, Mail.ru,
 * Yandex, Tencent, NetEase, Naver, Proton, Zoho). All are in the upstream list too; the browser form knows them
 * exactly, so its verdict for them is certain rather than a filter hit.
 */
export const MAJOR_FREE_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.co.uk',
  'hotmail.de',
  'hotmail.fr',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.de',
  'yahoo.fr',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'gmx.de',
  'gmx.net',
  'gmx.com',
  'web.de',
  't-online.de',
  'mail.ru',
  'yandex.ru',
  'qq.com',
  '163.com',
  '126.com',
  'naver.com',
  'proton.me',
  'protonmail.com',
  'zoho.com',
];
