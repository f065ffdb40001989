/**
 * Per-element chrome texts: each flow element keeps its own small English catalog beside it (with a stable `id`),
 * and other languages join through the locale registry (`@gatehouse/elements/locales/de`), so a page bundles only
 * the texts of the elements it registers, in the languages it imports. Output is plain text, bound as text.
 */

import { formatMessage } from '../common/messages.js';
import { registeredText } from '../locales/registry.js';

/**
 * A flow element's texts: `id` names the catalog in the registry (`registration`); `en` is complete and the
 * fallback, key by key. The `id` is public: locale modules register their texts under it.
 */
export type FlowTexts<K extends string> = { readonly id: string; readonly en: Readonly<Record<K, string>> };

/** A formatter for `locale` over `catalogs`: `t('key', { n: 3 })`, registered texts first, else English. */
export function textsFor<K extends string>(
  catalogs: FlowTexts<K>,
  locale: string,
): (key: K, params?: Record<string, unknown>) => string {
  return (key, params) =>
    formatMessage(
      registeredText(locale, (entry) => entry.elements.get(catalogs.id), key) ?? catalogs.en[key],
      params ?? {},
      locale,
    );
}
