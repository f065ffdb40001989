/**
 * Texts in English and German side by side. A text in a definition is either literal (`"label": "Serial"`) or a
 * message key whose texts live in `messages.<locale>`; the designer reads both and writes keys
 * (`serialNumber.label`), so every locale is edited the same way and lint can tell when one is missing.
 */
import { parsePointer } from '@gatehouse/forms/pointer';
import { copy, type Definition, hintOf, withHint } from './definition.js';

/**
 * The start of the message keys of a field's texts: its pointer's names joined by dots (`serial`,
 * `address.street`), so a field inside a group gets keys of its own.
 */
export const textBase = (pointer: string) => parsePointer(pointer).join('.');

/** The locales the designer edits side by side. */
export const LOCALES = ['en', 'de'] as const;
/** One of {@link LOCALES}. */
export type Locale = (typeof LOCALES)[number];

/** The parts of a field that carry text. */
export type TextPart = 'label' | 'help' | 'placeholder';

const catalog = (def: Definition, locale: string): Record<string, unknown> =>
  (def.messages?.[locale] as Record<string, unknown> | undefined) ?? {};

/** Whether `value` is a message key of the definition (in any locale). */
const isKey = (def: Definition, value: string) =>
  Object.values(def.messages ?? {}).some((c) => c !== null && typeof c === 'object' && value in c);

/** The text of a key-or-literal in `locale` ('' when there is none). */
export function textOf(def: Definition, value: string | undefined, locale: Locale): string {
  if (value === undefined || value === '') return '';
  if (!isKey(def, value)) return locale === 'en' ? value : '';
  const text = catalog(def, locale)[value];
  return typeof text === 'string' ? text : '';
}

/**
 * Sets the text behind `current` (a key or a literal) in `locale`, turning a literal into the key `key` first;
 * returns the new definition and the key now used.
 */
export function setText(
  def: Definition,
  current: string | undefined,
  key: string,
  locale: Locale,
  text: string,
): { def: Definition; key: string } {
  const next = copy(def);
  next.messages = { ...(next.messages ?? {}) };
  for (const l of LOCALES) next.messages[l] = { ...(next.messages[l] ?? {}) };
  let used = current ?? '';
  if (used === '' || !isKey(def, used)) {
    // A literal becomes the English text of a new key, so the other locale can be added beside it.
    if (used !== '') next.messages.en![key] = used;
    used = key;
  }
  next.messages[locale]![used] = text;
  return { def: next, key: used };
}

/** A field's text (label, help or placeholder) in `locale`. */
export const fieldText = (def: Definition, pointer: string, part: TextPart, locale: Locale) =>
  textOf(def, hintOf(def, pointer)[part], locale);

/** Sets a field's text in `locale`. */
export function withFieldText(
  def: Definition,
  pointer: string,
  part: TextPart,
  locale: Locale,
  text: string,
): Definition {
  const hint = hintOf(def, pointer);
  const { def: next, key } = setText(def, hint[part], `${textBase(pointer)}.${part}`, locale, text);
  return withHint(next, pointer, { ...hint, [part]: key });
}

/** The text of an option (enum value) of a field in `locale`. */
export const optionText = (def: Definition, pointer: string, value: string, locale: Locale) =>
  textOf(def, hintOf(def, pointer).options?.[value], locale);

/** Sets the text of one option of a field in `locale`. */
export function withOptionText(
  def: Definition,
  pointer: string,
  value: string,
  locale: Locale,
  text: string,
): Definition {
  const hint = hintOf(def, pointer);
  const options = { ...(hint.options ?? {}) };
  const { def: next, key } = setText(
    def,
    options[value],
    `${textBase(pointer)}.option.${value}`,
    locale,
    text,
  );
  options[value] = key;
  return withHint(next, pointer, { ...hintOf(next, pointer), options });
}

/** Removes message keys no field, option or step uses any more (after a rename, a removal). */
export function withoutUnusedTexts(def: Definition): Definition {
  const used = new Set<string>();
  for (const hint of Object.values(def.ui?.fields ?? {})) {
    for (const part of ['label', 'help', 'placeholder'] as const) if (hint[part]) used.add(hint[part]!);
    for (const v of Object.values(hint.options ?? {})) used.add(v);
  }
  for (const step of def.ui?.steps ?? []) if (step.title) used.add(step.title);
  const prefixed = /^[A-Za-z0-9_$-]+(?:\.[A-Za-z0-9_$-]+)*\.(label|help|placeholder|title|option\..+)$/;
  const next = copy(def);
  for (const locale of Object.keys(next.messages ?? {})) {
    const c = next.messages![locale] as Record<string, unknown>;
    // Only keys of the shape the designer writes are swept: hand-written keys (issue texts) stay.
    for (const key of Object.keys(c)) if (prefixed.test(key) && !used.has(key)) delete c[key];
  }
  return next;
}
