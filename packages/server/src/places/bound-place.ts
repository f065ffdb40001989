import { COUNTRY_CODE, PLACE_NAME_MAX, type SessionPlace } from '@gatehouse/flows/sessions';

/** Control characters, bidi overrides and the like: nothing a place name needs, and what would garble a list. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/u;

/** A city or region name as stored: trimmed, 1 to {@link PLACE_NAME_MAX} printable characters; else dropped. */
export function placeName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (name === '' || [...name].length > PLACE_NAME_MAX || UNPRINTABLE.test(name)) return undefined;
  return name;
}

/** An ISO 3166-1 alpha-2 code in upper case (`de` becomes `DE`); anything else is dropped. */
export function countryCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const code = value.trim().toUpperCase();
  return COUNTRY_CODE.test(code) ? code : undefined;
}

/**
 * What the server keeps of a lookup's answer: each part checked on its own (a bad city does not cost the country),
 * everything else the answer carries ignored; `undefined` when no part is left. Never throws, whatever it is given.
 */
export function boundPlace(answer: unknown): SessionPlace | undefined {
  if (answer === null || typeof answer !== 'object' || Array.isArray(answer)) return undefined;
  const raw = answer as Record<string, unknown>;
  const place: SessionPlace = {};
  const city = placeName(raw.city);
  const region = placeName(raw.region);
  const country = countryCode(raw.country);
  if (city) place.city = city;
  if (region) place.region = region;
  if (country) place.country = country;
  return Object.keys(place).length > 0 ? place : undefined;
}
