import { comparisonForm, countCodePoints } from './normalize.js';

const SEPARATORS = /[^\p{L}\p{N}]+/u;

/**
 * Splits context strings (e-mail address, names, company, service name) into the words a password must not
 * contain: an address gives its local-part words and its domain labels except the top-level one; every
 * string also gives itself with separators removed ("Jane Doe" → "janedoe"). Words shorter than
 * `minLength` code points are dropped, longest first so the message names the most telling match.
 */
export function contextWords(inputs: readonly unknown[], minLength: number): string[] {
  const words = new Set<string>();
  const addParts = (text: string) => {
    const parts = text.split(SEPARATORS).filter(Boolean);
    for (const part of parts) words.add(part);
    if (parts.length > 1) words.add(parts.join(''));
  };
  for (const input of inputs) {
    if (typeof input !== 'string') continue;
    const text = comparisonForm(input);
    const at = text.lastIndexOf('@');
    if (at > 0) {
      addParts(text.slice(0, at));
      // The TLD ("com", "de") says nothing about the user.
      const labels = text
        .slice(at + 1)
        .split('.')
        .filter(Boolean);
      for (const label of labels.slice(0, -1)) addParts(label);
    } else {
      addParts(text);
    }
  }
  return [...words]
    .filter((word) => countCodePoints(word) >= minLength)
    .sort((a, b) => b.length - a.length || a.localeCompare(b));
}
