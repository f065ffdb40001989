/**
 * The checks an exported zod or valibot schema runs where the library's own would differ from the form's:
 * lengths in code points (ajv `unicode: true`), `multipleOf` as ajv computes it, formats from ajv-formats.
 */
import { fullFormats } from 'ajv-formats/dist/formats.js';

/** The length of a text in code points, as ajv counts `minLength`/`maxLength` (a lone surrogate counts one). */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** ajv's `multipleOf` without `multipleOfPrecision`: the quotient must be a whole number. */
export function isMultipleOf(value: number, divisor: number): boolean {
  const quotient = value / divisor;
  return quotient === Number.parseInt(String(quotient), 10);
}

type FormatEntry = RegExp | ((s: string) => boolean) | { validate: RegExp | ((s: string) => boolean) } | true;

/** The ajv-formats check of `name` (the "full" mode the forms use), or `undefined` for an unknown format. */
export function formatCheck(name: string): ((text: string) => boolean) | undefined {
  if (!Object.hasOwn(fullFormats, name)) return undefined;
  const entry = (fullFormats as unknown as Record<string, FormatEntry>)[name]!;
  const check =
    entry === true ? true : entry instanceof RegExp || typeof entry === 'function' ? entry : entry.validate;
  if (check === true) return () => true;
  return check instanceof RegExp ? (text) => check.test(text) : check;
}

/** Keys of `value` outside `known` that the form sees (it drops `''` and `undefined` properties first). */
export function unknownKeys(value: unknown, known: ReadonlySet<string>): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>)
    .filter(([k, v]) => !known.has(k) && v !== '' && v !== undefined)
    .map(([k]) => k);
}
