/**
 * A form's messages for one locale: the form's own texts, then the texts registered for its id
 * (`registerFormMessages`), over the built-in catalogs (English, plus the locales registered at the time of the
 * call), with a fallback chain (`de-CH` → `de` → `en`) and a generic localised text
 * for codes nobody knows. Total: any issue, code or params
 * give a string, because a message is what a user sees when something already went wrong.
 */
import type { LocaleMessages } from '../definition/types.js';
import { parentPointer } from '../engine/pointer.js';
import {
  builtinMessages,
  canonicalLocale,
  fallbackMessages,
  formatMessage,
  localeChain,
  ownText,
} from './catalog.js';
import { displayParams } from './date-params.js';
import { registeredFormMessages } from './form-registry.js';

/** A locale's resolved messages: issue texts and UI texts (labels, help) with the form's own overrides. */
export interface FormMessages {
  locale: string;
  /**
   * The message for an issue: per-field override, form catalog, built-in catalog (each along the locale
   * chain), else a generic text naming the code. Never throws, whatever it is given.
   */
  issue(issue: { path: string; code: string; params: Record<string, unknown> }): string;
  /**
   * Whether some catalog has a text for this issue (`issue()` would not fall back to the generic text). A
   * renderer uses it to prefer the message an issue came with (a server's or a flow's) for codes forms don't own.
   */
  knows(issue: { path: string; code: string }): boolean;
  /** A UI text: the catalog entry when `keyOrText` is a message key, else the text itself. */
  text(keyOrText: string, params?: Record<string, unknown>): string;
}

/** Reads `object[key]` without letting a throwing getter or a non-object escape. */
function read(object: unknown, key: string): unknown {
  if (object === null || typeof object !== 'object') return undefined;
  try {
    return (object as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/**
 * The catalog keys for an issue, most specific first: `<code>.<param>` for each param it carries (the text for when
 * that param is known: `unknown-tld.suggestion` says "Did you mean …?"), then `<code>`.
 */
function issueKeys(code: string, params: unknown): string[] {
  let names: string[] = [];
  try {
    names = Object.keys(params as object);
  } catch {
    // No params (or a revoked proxy): no variants.
  }
  return [...names.map((name) => `${code}.${name}`), code];
}

/** The first of `keys` that `catalog` holds as its own string. */
const pick = (catalog: unknown, keys: readonly string[]): string | undefined =>
  keys.map((key) => ownText(catalog, key)).find((text) => text !== undefined);

function codeText(code: unknown): string {
  if (typeof code === 'string') return code;
  try {
    return String(code);
  } catch {
    return '?';
  }
}

/**
 * Resolves the messages of a form (`plan.messages`) for `locale`; unknown locales fall back to English. With
 * `formId`, each locale of the chain reads the form's own texts first, then those registered for that id.
 */
export function createFormMessages(
  messages: Readonly<Record<string, LocaleMessages>>,
  locale: string,
  formId?: string,
): FormMessages {
  const chain = [...new Set([...localeChain(locale), 'en'])];
  const own = (catalog: unknown, key: string) =>
    catalog !== null && typeof catalog === 'object' && Object.hasOwn(catalog, key)
      ? (catalog as Record<string, unknown>)[key]
      : undefined;
  const forms = chain.map((l) => own(messages, l));
  // The registry keys are canonical tags (`de-CH`); a form's own catalogs keep the keys its author wrote.
  // Looked up on every call, not captured: a locale module imported after the form was compiled (or after the
  // engine cached these messages) still takes effect.
  const registered = chain.map((l) => canonicalLocale(l) ?? l);
  // Per-form texts registered for the id (German modules of built forms): read live, like the built-in ones.
  const added = (i: number): unknown =>
    typeof formId === 'string' ? registeredFormMessages(formId, registered[i]!) : undefined;
  const fallback = () =>
    registered.map((l) => ownText(fallbackMessages, l)).find((t) => t !== undefined) ?? fallbackMessages.en!;

  const fieldMessage = (form: unknown, extra: unknown, path: string, keys: string[]): string | undefined => {
    // Array items inherit their list field's messages: walk up the path.
    for (let p = path; ; p = parentPointer(p)) {
      const text = pick(own(form, p), keys) ?? pick(own(extra, p), keys);
      if (text !== undefined) return text;
      if (p === '') return undefined;
    }
  };

  const template = (issue: unknown): string | undefined => {
    const rawPath = read(issue, 'path');
    const path = typeof rawPath === 'string' && rawPath.startsWith('/') ? rawPath : '';
    const keys = issueKeys(codeText(read(issue, 'code')), read(issue, 'params'));
    for (let i = 0; i < chain.length; i++) {
      const extra = added(i);
      const found =
        fieldMessage(forms[i], extra, path, keys) ??
        pick(forms[i], keys) ??
        pick(extra, keys) ??
        pick(own(builtinMessages, registered[i]!), keys);
      if (found !== undefined) return found;
    }
    return undefined;
  };

  return {
    locale: typeof locale === 'string' ? locale : 'en',
    issue(issue) {
      const found = template(issue);
      const shown = displayParams(read(issue, 'code'), read(issue, 'params'), chain[0] ?? 'en');
      if (found !== undefined) return formatMessage(found, shown);
      return formatMessage(fallback(), { code: codeText(read(issue, 'code')) });
    },
    knows(issue) {
      return template(issue) !== undefined;
    },
    text(keyOrText, params) {
      if (typeof keyOrText !== 'string') return '';
      for (let i = 0; i < chain.length; i++) {
        const text = ownText(forms[i], keyOrText) ?? ownText(added(i), keyOrText);
        if (text !== undefined) return formatMessage(text, params);
      }
      return formatMessage(keyOrText, params);
    },
  };
}
