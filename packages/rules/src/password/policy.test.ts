import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPasswordBlocklist } from './blocklist.js';
import { COMMON_PASSWORDS_SOURCE } from './common-passwords.js';
import { createPasswordPolicy } from './create-password-policy.js';
import { loadCommonPasswords } from './load-common-passwords.js';
import { createBrowserPasswordPolicy, type PasswordCode } from './policy.js';

const CODES: PasswordCode[] = [
  'too-short',
  'too-long',
  'missing-lowercase',
  'missing-uppercase',
  'missing-digit',
  'missing-symbol',
  'contains-context',
  'common-password',
];

describe('createPasswordPolicy — NIST SP 800-63B-4 defaults', () => {
  const policy = createPasswordPolicy();
  const withMfa = createPasswordPolicy({ mfa: true });

  it('needs 15 code points without MFA and 8 with it', () => {
    expect(policy.check('river otter jam')).toEqual({ ok: true });
    expect(policy.check('river otter j')).toEqual({
      ok: false,
      code: 'too-short',
      params: { min: 15, length: 13 },
    });
    expect(withMfa.check('otterjam')).toEqual({ ok: true });
    expect(withMfa.check('otterja')).toMatchObject({ code: 'too-short', params: { min: 8, length: 7 } });
  });

  it('counts code points, not UTF-16 units: 8 emoji are 8 characters', () => {
    expect(withMfa.check('🦦🍓🌊🚲🎻🧭🪁🐝')).toEqual({ ok: true });
    expect(withMfa.check('🦦🍓🌊🚲🎻🧭🪁')).toMatchObject({ code: 'too-short', params: { length: 7 } });
  });

  it('allows 64 and refuses 65 code points by default', () => {
    const base = 'the otter swims past seven quiet boats ';
    const sixtyFour = (base + base).slice(0, 64);
    expect(policy.check(sixtyFour)).toEqual({ ok: true });
    expect(policy.check(`${sixtyFour}x`)).toEqual({
      ok: false,
      code: 'too-long',
      params: { max: 64, length: 65 },
    });
  });

  it('refuses listed passwords in any case or Unicode width, and says why', () => {
    expect(withMfa.check('password')).toEqual({
      ok: false,
      code: 'common-password',
      params: { reason: 'listed' },
    });
    expect(withMfa.check('PassWord')).toMatchObject({ code: 'common-password' });
    expect(withMfa.check('ｐａｓｓｗｏｒｄ')).toMatchObject({ code: 'common-password' });
    expect(policy.check('qwertyuiop12345')).toMatchObject({
      code: 'common-password',
      params: { reason: 'listed' },
    });
  });

  it('refuses repetitive and sequential passwords', () => {
    expect(withMfa.check('zzzzzzzzzz')).toMatchObject({
      code: 'common-password',
      params: { reason: 'repetitive' },
    });
    expect(policy.check('xyqxyqxyqxyqxyqxyq')).toMatchObject({ params: { reason: 'repetitive' } });
    expect(withMfa.check('34567890123')).toMatchObject({
      code: 'common-password',
      params: { reason: 'sequential' },
    });
    expect(withMfa.check('ponmlkjihg')).toMatchObject({ params: { reason: 'sequential' } });
    // A repeated passphrase is not "repetitive characters".
    expect(policy.check('otterjam otterjam')).toEqual({ ok: true });
    expect(createPasswordPolicy({ mfa: true, rejectWeakPatterns: false }).check('zzzzzzzzzz')).toEqual({
      ok: true,
    });
  });

  it('refuses context words from the e-mail, names, company and service name', () => {
    const context = ['Jane.Doe@acme-widgets.example', 'Jane', 'Doe', 'ACME Widgets GmbH'];
    expect(policy.check('my AcmeWidgets password!', { context })).toEqual({
      ok: false,
      code: 'contains-context',
      params: { word: 'acmewidgets' },
    });
    expect(policy.check('blue JANE river 2026', { context })).toMatchObject({ params: { word: 'jane' } });
    expect(policy.check('doe-eyed otters at dusk', { context })).toEqual({ ok: true });
    // The TLD and words below the minimum length never count.
    expect(policy.check('example river otters jam', { context })).toEqual({ ok: true });
    const service = createPasswordPolicy({ context: ['Gatehouse'] });
    expect(service.check('open the GATEHOUSE door')).toMatchObject({ code: 'contains-context' });
  });

  it('describes its requirements as data', () => {
    expect(policy.describe()).toEqual({
      minLength: 15,
      maxLength: 64,
      requirements: [
        { code: 'too-short', params: { min: 15 } },
        { code: 'too-long', params: { max: 64 } },
        { code: 'contains-context', params: { minWordLength: 4 } },
        { code: 'common-password', params: { source: COMMON_PASSWORDS_SOURCE, size: 17950 } },
      ],
    });
  });

  it('names the installed list version in its source', () => {
    const pkg = JSON.parse(
      readFileSync(
        new URL('../../node_modules/@zxcvbn-ts/language-common/package.json', import.meta.url),
        'utf8',
      ),
    );
    expect(COMMON_PASSWORDS_SOURCE).toContain(`@zxcvbn-ts/language-common@${pkg.version} passwords-common`);
  });
});

describe('composition rules (off by default)', () => {
  const strict = createPasswordPolicy({
    mfa: true,
    composition: { lowercase: true, uppercase: true, digit: true, symbol: true },
  });

  it('reports the first missing class, and checkAll reports every one', () => {
    expect(createPasswordPolicy({ mfa: true }).check('otters jam')).toEqual({ ok: true });
    expect(strict.check('otters jam')).toEqual({ ok: false, code: 'missing-uppercase', params: {} });
    expect(strict.checkAll('OTTERSJAM').map((f) => f.code)).toEqual([
      'missing-lowercase',
      'missing-digit',
      'missing-symbol',
    ]);
    expect(strict.check('Otters jam 4!')).toEqual({ ok: true });
    expect(strict.check('Öttérs jäm 4!')).toEqual({ ok: true });
    expect(strict.describe().requirements.map((r) => r.code)).toContain('missing-symbol');
  });
});

describe('checkAll', () => {
  it('lists every failure in requirement order', () => {
    const policy = createPasswordPolicy();
    expect(policy.checkAll('jane1234', { context: ['jane@acme.example'] })).toEqual([
      { code: 'too-short', params: { min: 15, length: 8 } },
      { code: 'contains-context', params: { word: 'jane' } },
    ]);
    expect(policy.checkAll('a quiet river at dawn')).toEqual([]);
  });
});

describe('createBrowserPasswordPolicy', () => {
  it('has no blocklist unless given one, and loads the common list lazily', async () => {
    const bare = createBrowserPasswordPolicy({ mfa: true });
    expect(bare.check('baseball')).toEqual({ ok: true });
    expect(bare.describe().requirements.at(-1)).toEqual({
      code: 'common-password',
      params: { source: 'patterns', size: 0 },
    });
    const loaded = createBrowserPasswordPolicy({ mfa: true, blocklist: await loadCommonPasswords() });
    expect(loaded.check('baseball')).toMatchObject({ code: 'common-password' });
  });

  it('takes a host blocklist', () => {
    const blocklist = createPasswordBlocklist(['Portal-Winter-2026'], 'host');
    const policy = createBrowserPasswordPolicy({ mfa: true, blocklist });
    expect(policy.check('portal-winter-2026')).toMatchObject({ code: 'common-password' });
    expect(createPasswordPolicy({ mfa: true, blocklist }).check('baseball')).toEqual({ ok: true });
  });
});

describe('options', () => {
  it.each([
    [{ minLength: 7 }, 'minLength'],
    [{ minLength: 8.5 }, 'minLength'],
    [{ maxLength: 63 }, 'maxLength'],
    [{ minLength: 80, maxLength: 70 }, 'maxLength'],
    [{ minContextWordLength: 2 }, 'minContextWordLength'],
    [{ blocklist: ['password'] }, 'blocklist'],
  ])('rejects %j naming %s', (options, field) => {
    expect(() => createPasswordPolicy(options as never)).toThrow(
      expect.objectContaining({ code: 'invalid-option', params: expect.objectContaining({ field }) }),
    );
  });

  it('raises maxLength with a larger minLength and rejects a non-string password', () => {
    expect(createPasswordPolicy({ minLength: 100 }).describe()).toMatchObject({
      minLength: 100,
      maxLength: 100,
    });
    expect(() => createPasswordPolicy().check(undefined as never)).toThrow(
      expect.objectContaining({ code: 'invalid-argument', params: { field: 'password' } }),
    );
  });
});

describe('properties', () => {
  const policy = createPasswordPolicy({ mfa: true, composition: { digit: true } });

  it('never throws on any string or context, and every failure has a known code', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme-composite', maxLength: 80 }),
          // Any UTF-16 units, lone surrogates included (fast-check's 'binary' unit is slow to generate).
          fc
            .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 80 })
            .map((units) => String.fromCharCode(...units)),
        ),
        fc.array(fc.string({ maxLength: 30 }), { maxLength: 4 }),
        (password, context) => {
          const verdict = policy.check(password, { context });
          if (!verdict.ok) expect(CODES).toContain(verdict.code);
          for (const failure of policy.checkAll(password, { context })) expect(CODES).toContain(failure.code);
        },
      ),
    );
  });

  it('length is counted in code points: n astral characters are n long', () => {
    const lengthOnly = createBrowserPasswordPolicy({ rejectWeakPatterns: false });
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0x1f300, max: 0x1faff }), { minLength: 1, maxLength: 80 }),
        (codePoints) => {
          const password = String.fromCodePoint(...codePoints);
          const verdict = lengthOnly.check(password);
          const n = codePoints.length;
          if (n < 15)
            expect(verdict).toEqual({ ok: false, code: 'too-short', params: { min: 15, length: n } });
          else if (n > 64)
            expect(verdict).toEqual({ ok: false, code: 'too-long', params: { max: 64, length: n } });
          else expect(verdict).toEqual({ ok: true });
        },
      ),
    );
  });

  it('the verdict does not change with letter case', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Z0-9 ]{0,30}$/), (password) => {
        expect(policy.check(password.toUpperCase())).toEqual(policy.check(password.toLowerCase()));
      }),
    );
  });
});

describe('the passwords a new Northwind user tried', () => {
  const policy = createPasswordPolicy();
  const context = ['Jane', 'Doe', 'Northwind Logistics', 'jane.doe@northwind-logistics.com'];

  it.each([
    ['NorthwindJane2026', 'contains-context'],
    ['NorthwindLogistics2026!', 'contains-context'],
    ['qwertyuiopasdfghjkl', 'common-password'],
    ['aaaaaaaaaaaaaaaaaaaa', 'common-password'],
  ])('%s is refused (%s)', (password, code) => {
    const verdict = policy.check(password, { context });
    expect(verdict.ok).toBe(false);
    expect(verdict).toMatchObject({ code });
  });

  it('a walk along the keys is named as such', () => {
    expect(policy.check('qwertyuiopasdfghjkl', { context })).toMatchObject({
      params: { reason: 'keyboard' },
    });
  });

  it('a passphrase of her own passes', () => {
    expect(policy.check('tea kettle over the harbour', { context })).toEqual({ ok: true });
  });
});
