/**
 * FNV-1a, 32 bit, over UTF-16 code units: the hash of the browser's domain filter. The generator and the browser
 * must use this exact function, so changing it means regenerating `data/free-filter.generated.ts`.
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    // Multiply by the FNV prime 16777619 without leaving 32-bit integer arithmetic.
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
