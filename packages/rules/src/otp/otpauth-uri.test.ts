import { describe, expect, it } from 'vitest';
import { base32Decode } from './base32.js';
import { otpauthUri } from './otpauth-uri.js';

const secret = new TextEncoder().encode('12345678901234567890');

describe('otpauthUri', () => {
  it('builds the Key URI with issuer in label and parameter, defaults omitted', () => {
    expect(otpauthUri({ issuer: 'ACME', account: 'jane@acme.example', secret })).toBe(
      'otpauth://totp/ACME:jane%40acme.example?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=ACME',
    );
  });

  it('percent-encodes spaces, ampersands and non-ASCII so parameters cannot be injected', () => {
    const uri = otpauthUri({ issuer: 'Müller & Söhne Portal', account: 'jörg+x@müller.example', secret });
    expect(uri).toBe(
      'otpauth://totp/M%C3%BCller%20%26%20S%C3%B6hne%20Portal:j%C3%B6rg%2Bx%40m%C3%BCller.example' +
        '?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=M%C3%BCller%20%26%20S%C3%B6hne%20Portal',
    );
    const url = new URL(uri);
    expect(url.searchParams.get('issuer')).toBe('Müller & Söhne Portal');
    expect([...url.searchParams.keys()]).toEqual(['secret', 'issuer']);
    expect(url.host).toBe('totp');
    expect(decodeURIComponent(url.pathname)).toBe('/Müller & Söhne Portal:jörg+x@müller.example');
  });

  it('carries non-default algorithm, digits and period, and the secret round-trips', () => {
    const uri = otpauthUri({
      issuer: 'ACME',
      account: 'a',
      secret,
      algorithm: 'SHA-256',
      digits: 8,
      period: 60,
    });
    const params = new URL(uri).searchParams;
    expect(params.get('algorithm')).toBe('SHA256');
    expect(params.get('digits')).toBe('8');
    expect(params.get('period')).toBe('60');
    expect(base32Decode(params.get('secret')!)).toEqual({ ok: true, value: secret });
  });

  it.each([
    [{ issuer: 'A:B' }, 'issuer'],
    [{ issuer: '' }, 'issuer'],
    [{ account: 'x:y' }, 'account'],
    [{ account: undefined }, 'account'],
    [{ secret: new Uint8Array() }, 'secret'],
    [{ digits: 4 }, 'digits'],
    [{ period: 0 }, 'period'],
  ])('rejects %j naming %s', (override, field) => {
    expect(() => otpauthUri({ issuer: 'ACME', account: 'a', secret, ...override } as never)).toThrow(
      expect.objectContaining({ code: 'invalid-option', params: expect.objectContaining({ field }) }),
    );
  });
});
