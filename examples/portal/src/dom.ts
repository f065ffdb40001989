/** Tiny DOM helpers: text only (never HTML from data), so a server or user string cannot inject markup. */

export function $(selector: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`missing ${selector}`);
  return el;
}

/** Creates an element with text and attributes. */
export function h(
  tag: string,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const child of children) el.append(child);
  return el;
}

/** Shows `text` in the page's status line (an ARIA live region). */
export function say(text: string, kind: 'info' | 'error' | 'ok' = 'info'): void {
  const status = $('#status');
  status.textContent = text;
  status.dataset.kind = kind;
}

/** Shows exactly one of the page's `section[data-step]`, moves focus to its heading. */
export function step(name: string): void {
  for (const section of document.querySelectorAll<HTMLElement>('section[data-step]')) {
    section.hidden = section.dataset.step !== name;
    if (!section.hidden) section.querySelector<HTMLElement>('h2')?.focus();
  }
}
