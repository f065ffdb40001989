import { describe, expect, it } from 'vitest';
import { base32Encode } from './base32.js';
import { generateSecret } from './secret.js';

describe('generateSecret', () => {
  it('returns 20 random bytes by default (32 base32 characters) and fresh bytes each time', () => {
    const a = generateSecret();
    expect(a).toBeInstanceOf(Uint8Array);
    expect(a.length).toBe(20);
    expect(base32Encode(a)).toMatch(/^[A-Z2-7]{32}$/);
    expect(generateSecret()).not.toEqual(a);
    expect(generateSecret({ bytes: 64 }).length).toBe(64);
  });

  it.each([8, 15, 129, 20.5])('rejects %s bytes (RFC 4226 needs at least 128 bits)', (bytes) => {
    expect(() => generateSecret({ bytes })).toThrow(expect.objectContaining({ code: 'invalid-option' }));
  });
});
