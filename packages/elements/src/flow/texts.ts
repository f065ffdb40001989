/**
 * Per-element chrome texts: each flow element keeps its own small catalog (`{ en, de }`) beside it, so a page
 * bundles only the texts of the elements it registers. Output is plain text, bound as text.
 */
import { formatMessage } from '../shared/messages.js';

/** A flow element's catalogs by locale; `en` is complete and the fallback. */
export type FlowTexts<K extends string> = { en: Record<K, string> } & Record<
  string,
  Partial<Record<K, string>>
>;

/** A formatter for `locale` over `catalogs`: `t('key', { n: 3 })`. */
export function textsFor<K extends string>(
  catalogs: FlowTexts<K>,
  locale: string,
): (key: K, params?: Record<string, unknown>) => string {
  const catalog = catalogs[locale] ?? catalogs.en;
  return (key, params) => formatMessage(catalog[key] ?? catalogs.en[key], params ?? {});
}
