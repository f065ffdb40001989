/**
 * Styles for light-DOM content under `style-src 'self'`: a constructable stylesheet adopted by the document or
 * the shadow root the element lives in. No `<style>` element and no `style=""` attribute is ever created.
 */

const adopted = new WeakMap<Document | ShadowRoot, Set<CSSStyleSheet>>();

/** Adopts `sheet` into the root node of `element` once; safe to call on every `connectedCallback`. */
export function adoptInto(element: Element, sheet: CSSStyleSheet): void {
  const root = element.getRootNode();
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  let seen = adopted.get(root);
  if (!seen) {
    seen = new Set();
    adopted.set(root, seen);
  }
  if (seen.has(sheet) || root.adoptedStyleSheets.includes(sheet)) return;
  seen.add(sheet);
  // Prepend so that the host's own adopted sheets (and its stylesheets) win on equal specificity.
  root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
}
