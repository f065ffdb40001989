/**
 * The language a request asks for, among the ones the portal's e-mails and pages are written in: the first
 * `Accept-Language` entry (by weight) that is German or English; English otherwise.
 */

/** The locales e-mails are written in. */
export type MailLocale = 'en' | 'de';

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
