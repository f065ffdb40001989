import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSecretBox, decodeEncryptionKey, isSealed } from './secret-box.js';

const box = createSecretBox(new Uint8Array(randomBytes(32)));

describe('secret box (AES-256-GCM)', () => {
  it('round-trips any text, with a fresh nonce each time', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (plain, context) => {
        const sealed = box.seal(plain, context);
        expect(isSealed(sealed)).toBe(true);
        expect(box.open(sealed, context)).toEqual({ ok: true, value: plain });
      }),
      { numRuns: 200 },
    );
    const a = box.seal('JBSWY3DPEHPK3PXP', 'totp:acc_1');
    const b = box.seal('JBSWY3DPEHPK3PXP', 'totp:acc_1');
    expect(a).not.toBe(b);
    expect(a.split('.')[2]).not.toBe(b.split('.')[2]);
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
  });

  it('refuses another context, another key, any altered byte, and values that are not sealed', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'totp:acc_1');
    expect(box.open(sealed, 'totp:acc_2')).toEqual({ ok: false, code: 'tampered' });
    expect(createSecretBox(new Uint8Array(32)).open(sealed, 'totp:acc_1')).toEqual({
      ok: false,
      code: 'wrong-key',
    });
    expect(box.open('JBSWY3DPEHPK3PXP', 'totp:acc_1')).toEqual({ ok: false, code: 'not-sealed' });
    const [v, kid, nonce, body] = sealed.split('.') as [string, string, string, string];
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 255 }), (at, flip) => {
        const bytes = Buffer.from(body, 'base64url');
        const i = at % bytes.length;
        bytes[i] = (bytes[i] ?? 0) ^ flip;
        expect(box.open([v, kid, nonce, bytes.toString('base64url')].join('.'), 'totp:acc_1').ok).toBe(false);
      }),
    );
    expect(box.open(`${v}.${kid}.AAAA.${body}`, 'totp:acc_1')).toEqual({ ok: false, code: 'tampered' });
  });

  it('takes a 32-byte key as base64 or base64url text and names the option when it is not one', () => {
    const key = randomBytes(32);
    expect(decodeEncryptionKey(key.toString('base64'))).toEqual(new Uint8Array(key));
    expect(decodeEncryptionKey(key.toString('base64url'))).toEqual(new Uint8Array(key));
    for (const bad of ['', 'short', randomBytes(16).toString('base64'), 'not base64 at all!!']) {
      expect(() => decodeEncryptionKey(bad, 'GATEHOUSE_ENCRYPTION_KEY')).toThrow(
        expect.objectContaining({ code: 'invalid-option', params: { option: 'GATEHOUSE_ENCRYPTION_KEY' } }),
      );
    }
    expect(() => createSecretBox(new Uint8Array(16))).toThrow(/32 bytes/);
  });
});
