/**
 * The heading check of the journeys: a page has one `h1`, and no other heading (the page's or a flow element's,
 * in its shadow root) repeats it.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The visible headings h1–h3 of the page, shadow roots included. */
export function headings(page: Page): Promise<{ level: string; text: string }[]> {
  return page.evaluate(() => {
    const all: { level: string; text: string }[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll<HTMLElement>('*')) {
        if (/^H[1-3]$/.test(el.tagName) && el.offsetParent !== null)
          all.push({ level: el.tagName, text: el.textContent?.trim() ?? '' });
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return all;
  });
}

/** One h1 per page, and no h2 or h3 repeating it. */
export async function expectOneH1(page: Page): Promise<void> {
  const found = await headings(page);
  const h1 = found.filter((h) => h.level === 'H1');
  expect(h1, 'one h1').toHaveLength(1);
  expect(
    found.filter((h) => h.level !== 'H1' && h.text === h1[0]?.text),
    'a heading repeating the h1',
  ).toEqual([]);
}
