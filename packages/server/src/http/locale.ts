/**
 * The language of a request, among the ones the portal's e-mails and pages are written in: the visitor's own
 * choice (the language cookie the portal's switch sets), else the first `Accept-Language` entry (by weight) that
 * is German or English, else English. A signed-in user's stored preference (`accounts.locale`) is applied by the
 * caller, before this.
 */
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';

/** The locales e-mails and pages are written in. */
export type MailLocale = 'en' | 'de';

/**
 * The cookie that remembers a visitor's language choice. It holds only `en` or `de` (nothing secret), so it
 * works for visitors without an account and on the pages, which are served without a session.
 */
export const LOCALE_COOKIE = 'gatehouse-lang';

/** `en` or `de` when `value` names one of them, else undefined. */
export function knownLocale(value: unknown): MailLocale | undefined {
  return value === 'en' || value === 'de' ? value : undefined;
}

/** `de` when the browser prefers German over English, else `en`. */
export function requestLocale(header: string | undefined): MailLocale {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { lang: tag.trim().toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => (r.lang === 'de' || r.lang === 'en') && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.lang === 'de' ? 'de' : 'en';
}

/** The language cookie's choice, else `Accept-Language`. */
export function chooseLocale(cookie: string | undefined, acceptLanguage: string | undefined): MailLocale {
  return knownLocale(cookie) ?? requestLocale(acceptLanguage);
}

/** {@link chooseLocale} for a request. */
export function localeOf(c: Context): MailLocale {
  return chooseLocale(getCookie(c, LOCALE_COOKIE), c.req.header('accept-language'));
}
