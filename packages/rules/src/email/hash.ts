/**
 * FNV-1a, 32 bit, over UTF-16 code units, with MurmurHash3's finaliser: the hash of the browser's domain filter. The generator and the browser
 * must use this exact function, so changing it means regenerating `data/free-filter.generated.ts`.
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    // Multiply by the FNV prime 16777619 without leaving 32-bit integer arithmetic.
    hash = Math.imul(hash, 0x01000193);
  }
  // FNV-1a alone leaves similar keys (`company1.de`, `company2.de`) correlated in the low bits that `% range`
  // keeps; MurmurHash3's finaliser spreads every input bit over the whole word.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
