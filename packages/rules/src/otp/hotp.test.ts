import { describe, expect, it } from 'vitest';
import { generateHotp, truncateToDigits } from './hotp.js';

const ascii = (text: string) => new TextEncoder().encode(text);
const hex = (text: string) => Uint8Array.from(text.match(/../g)!.map((pair) => Number.parseInt(pair, 16)));

// RFC 4226 Appendix D: secret "12345678901234567890", counters 0–9.
const appendixD = [
  { hmac: 'cc93cf18508d94934c64b65d8ba7667fb7cde4b0', decimal: 1284755224, hotp: '755224' },
  { hmac: '75a48a19d4cbe100644e8ac1397eea747a2d33ab', decimal: 1094287082, hotp: '287082' },
  { hmac: '0bacb7fa082fef30782211938bc1c5e70416ff44', decimal: 137359152, hotp: '359152' },
  { hmac: '66c28227d03a2d5529262ff016a1e6ef76557ece', decimal: 1726969429, hotp: '969429' },
  { hmac: 'a904c900a64b35909874b33e61c5938a8e15ed1c', decimal: 1640338314, hotp: '338314' },
  { hmac: 'a37e783d7b7233c083d4f62926c7a25f238d0316', decimal: 868254676, hotp: '254676' },
  { hmac: 'bc9cd28561042c83f219324d3c607256c03272ae', decimal: 1918287922, hotp: '287922' },
  { hmac: 'a4fb960c0bc06e1eabb804e5b397cdc4b45596fa', decimal: 82162583, hotp: '162583' },
  { hmac: '1b3c89f65e6c9e883012052823443f048b4332db', decimal: 673399871, hotp: '399871' },
  { hmac: '1637409809a679dc698207310c8c7fc07290d9e5', decimal: 645520489, hotp: '520489' },
];

describe('generateHotp — RFC 4226 Appendix D', () => {
  const secret = ascii('12345678901234567890');
  it.each(appendixD.map((row, counter) => ({ ...row, counter })))(
    'counter $counter → $hotp',
    async ({ counter, hotp }) => {
      expect(await generateHotp({ secret, counter })).toBe(hotp);
      expect(await generateHotp({ secret, counter: BigInt(counter) })).toBe(hotp);
    },
  );

  it.each(appendixD)('dynamic truncation of $hmac gives $decimal', ({ hmac, decimal, hotp }) => {
    expect(truncateToDigits(hex(hmac), 6)).toBe(hotp);
    expect(truncateToDigits(hex(hmac), 10)).toBe(String(decimal).padStart(10, '0'));
  });
});

describe('generateHotp — options', () => {
  const secret = ascii('12345678901234567890');
  it('keeps leading zeros', async () => {
    // Counter 7 truncates to 82162583: with 8 digits the code is "82162583"; with 10, "0082162583".
    expect(await generateHotp({ secret, counter: 7, digits: 10 })).toBe('0082162583');
  });

  it('accepts the largest 64-bit counter and rejects one past it', async () => {
    await expect(generateHotp({ secret, counter: (1n << 64n) - 1n })).resolves.toMatch(/^\d{6}$/);
    await expect(generateHotp({ secret, counter: 1n << 64n })).rejects.toMatchObject({
      code: 'invalid-option',
      params: { field: 'counter' },
    });
  });

  it.each([
    [{ counter: -1 }, 'counter'],
    [{ counter: 1.5 }, 'counter'],
    [{ counter: 0, digits: 5 }, 'digits'],
    [{ counter: 0, digits: 11 }, 'digits'],
    [{ counter: 0, algorithm: 'MD5' }, 'algorithm'],
    [{ counter: 0, secret: new Uint8Array() }, 'secret'],
    [{ counter: 0, secret: 'JBSWY3DPEHPK3PXP' }, 'secret'],
  ])('rejects bad options %j naming %s', async (options, field) => {
    await expect(generateHotp({ secret, ...(options as object) } as never)).rejects.toMatchObject({
      name: 'GatehouseError',
      code: 'invalid-option',
      params: { field },
    });
  });
});
