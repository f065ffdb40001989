/**
 * A form's messages for one locale: the form's own texts over the built-in catalogs (English, plus the locales
 * registered at the time of the call), with a fallback chain (`de-CH` → `de` → `en`) and a generic localised text
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

function codeText(code: unknown): string {
  if (typeof code === 'string') return code;
  try {
    return String(code);
  } catch {
    return '?';
  }
}

/** Resolves the messages of a form (`plan.messages`) for `locale`; unknown locales fall back to English. */
export function createFormMessages(
  messages: Readonly<Record<string, LocaleMessages>>,
  locale: string,
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
  const fallback = () =>
    registered.map((l) => ownText(fallbackMessages, l)).find((t) => t !== undefined) ?? fallbackMessages.en!;

  const fieldMessage = (form: unknown, path: string, code: string): string | undefined => {
    // Array items inherit their list field's messages: walk up the path.
    for (let p = path; ; p = parentPointer(p)) {
      const text = ownText(own(form, p), code);
      if (text !== undefined) return text;
      if (p === '') return undefined;
    }
  };

  const template = (issue: unknown): string | undefined => {
    const rawPath = read(issue, 'path');
    const path = typeof rawPath === 'string' && rawPath.startsWith('/') ? rawPath : '';
    const code = codeText(read(issue, 'code'));
    for (let i = 0; i < chain.length; i++) {
      const found =
        fieldMessage(forms[i], path, code) ??
        ownText(forms[i], code) ??
        ownText(own(builtinMessages, registered[i]!), code);
      if (found !== undefined) return found;
    }
    return undefined;
  };

  return {
    locale: typeof locale === 'string' ? locale : 'en',
    issue(issue) {
      const found = template(issue);
      if (found !== undefined) return formatMessage(found, read(issue, 'params'));
      return formatMessage(fallback(), { code: codeText(read(issue, 'code')) });
    },
    knows(issue) {
      return template(issue) !== undefined;
    },
    text(keyOrText, params) {
      if (typeof keyOrText !== 'string') return '';
      for (const form of forms) {
        const text = ownText(form, keyOrText);
        if (text !== undefined) return formatMessage(text, params);
      }
      return formatMessage(keyOrText, params);
    },
  };
}
