/**
 * URLs from servers become `href`s only through this check (docs/requirements.md, "Embedding": "URLs are checked before they become
 * href"): `https:` always, `http:` only for the page's own origin, nothing else (`javascript:`, `data:`, …).
 */

/** The URL as a string when it is safe to link to, else `undefined` (render the text without a link). */
export function safeHref(
  url: string | null | undefined,
  base = globalThis.location?.href,
): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return undefined;
  }
  if (parsed.protocol === 'https:') return parsed.href;
  if (parsed.protocol === 'http:' && base && parsed.origin === new URL(base).origin) return parsed.href;
  return undefined;
}
