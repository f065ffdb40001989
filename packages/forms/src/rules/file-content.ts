/**
 * The media type of a file read from its first bytes (its "magic number"), for servers that must not trust a
 * file's name or the browser's claim. Knows the types forms usually accept: JPEG, PNG, GIF, WebP, HEIC/HEIF,
 * AVIF, PDF and plain UTF-8 text; anything else is `application/octet-stream`, which no `accept` list matches
 * unless it names it.
 */

/** Signatures: media type, offset, bytes. Order matters only where one signature is a prefix of another. */
const signatures: readonly { type: string; at: number; bytes: readonly number[] }[] = [
  { type: 'image/jpeg', at: 0, bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/gif', at: 0, bytes: [0x47, 0x49, 0x46, 0x38] },
  { type: 'application/pdf', at: 0, bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
];

/** ISO base media brands (`ftyp` boxes) of still images, by media type. */
const brands: Readonly<Record<string, string>> = {
  heic: 'image/heic',
  heix: 'image/heic',
  mif1: 'image/heif',
  avif: 'image/avif',
};

const ascii = (bytes: Uint8Array, from: number, length: number) =>
  String.fromCharCode(...bytes.subarray(from, from + length));

const startsWith = (bytes: Uint8Array, at: number, expected: readonly number[]) =>
  bytes.length >= at + expected.length && expected.every((b, i) => bytes[at + i] === b);

/** Text when the first 4 KB decode as UTF-8 and hold no control characters other than tab and line breaks. */
function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  // Cutting at 4096 bytes may split a character: up to three bytes of it are left out.
  const head = bytes.length > 4096 ? trimPartial(bytes.subarray(0, 4096)) : bytes;
  // Control characters are single bytes in UTF-8, so the bytes can be checked before decoding.
  if (head.some((b) => b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head);
    return true;
  } catch {
    return false;
  }
}

/** Drops the bytes of a UTF-8 character cut off at the end. */
function trimPartial(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  // Continuation bytes (10xxxxxx) at the end, then the lead byte they belong to.
  while (end > bytes.length - 3 && end > 0 && (bytes[end - 1]! & 0xc0) === 0x80) end--;
  if (end > 0 && bytes[end - 1]! >= 0xc0) end--;
  return bytes.subarray(0, end);
}

/** The media type the content shows, or `application/octet-stream` when it is none this module knows. */
export function mediaTypeOf(bytes: Uint8Array): string {
  for (const s of signatures) if (startsWith(bytes, s.at, s.bytes)) return s.type;
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'image/webp';
  if (ascii(bytes, 4, 4) === 'ftyp') {
    const brand = brands[ascii(bytes, 8, 4)];
    if (brand) return brand;
  }
  return isPlainText(bytes) ? 'text/plain' : 'application/octet-stream';
}
