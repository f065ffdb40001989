/**
 * The approximate place of a session's IP address, as a host's lookup names it (the reference server asks a lookup
 * only when the host gives one), and the words a person reads for it. Shared by the sessions list and the
 * new-sign-in e-mail, so both name a place the same way.
 */

/** Where a session's address is: city, region and country, each optional; never more precise than a city. */
export interface SessionPlace {
  /** `Munich`; at most {@link PLACE_NAME_MAX} characters. */
  city?: string;
  /** `Bavaria`; at most {@link PLACE_NAME_MAX} characters. */
  region?: string;
  /** ISO 3166-1 alpha-2 in upper case (`DE`); its name is given in the reader's language. */
  country?: string;
}

/** The longest city or region name a place carries (the server drops longer ones). */
export const PLACE_NAME_MAX = 100;

/** An ISO 3166-1 alpha-2 code as the contract carries it. */
export const COUNTRY_CODE = /^[A-Z]{2}$/;

/** `Germany` for `DE` in English, `Deutschland` in German; the code itself when the runtime has no name for it. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    // An unknown locale tag or a code Intl refuses: the code still says something.
    return code;
  }
}

/** The string value of `value`, or '' (the place comes over the network: anything else is ignored). */
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * `Munich, Bavaria, Germany` (`München, Bayern, Deutschland` is the host's city and region as given, the country
 * in `locale`): the known parts, a part equal to the one before it once (`Berlin, Germany`), `''` when none is known.
 */
export function placeText(place: SessionPlace | null | undefined, locale: string): string {
  if (!place || typeof place !== 'object') return '';
  const country = text(place.country);
  const parts = [
    text(place.city),
    text(place.region),
    COUNTRY_CODE.test(country) ? countryName(country, locale) : '',
  ];
  return parts.filter((part, i) => part !== '' && part !== parts[i - 1]).join(', ');
}
