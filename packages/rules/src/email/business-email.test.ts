import { describe, expect, it } from 'vitest';
import { GatehouseError } from '../common/errors.js';
import { checkBusinessEmail as checkInBrowser } from './browser/index.js';
import { checkBusinessEmail, createEmailPolicy, EMAIL_REJECTION_CODES, type EmailVerdict } from './index.js';

const code = (verdict: EmailVerdict) => (verdict.ok ? 'ok' : verdict.code);

describe('checkBusinessEmail: the registration rules of docs/requirements.md', () => {
  it.each([
    ['anna.schmidt@acme-industries.com', 'ok'],
    ['j.o.hn+newsletter@acme.co.uk', 'ok'],
    ['steamer.j@acme.com', 'ok'], // a person: 'team' is a substring, not a token
    ['maria.sales@acme.com', 'ok'], // a surname that is a role word
    ['x@xn--mller-kva.de', 'ok'], // a real IDN company
    ['john@gmail.com', 'free-provider'],
    ['john@yahoo.com', 'free-provider'],
    ['john@mx.mail.gmx.de', 'free-provider'], // subdomain of a listed provider
    ['john@tutanota.com', 'free-provider'], // supplement
    ['john@hey.com', 'free-provider'],
    ['john@mailbox.org', 'free-provider'],
    ['john@tuta.io', 'free-provider'],
    ['john@mailinator.com', 'disposable'],
    ['john@0-mail.com', 'disposable'], // upstream list, also in free-email-domains: disposable wins
    ['info@acme.com', 'generic-role'],
    ['sales@acme.com', 'generic-role'],
    ['support@acme.com', 'generic-role'],
    ['no-reply@acme.com', 'generic-role'],
    ['Info+Leads@acme.com', 'generic-role'],
    ['support-team@acme.com', 'shared-mailbox'],
    ['team@acme.com', 'shared-mailbox'],
    ['helpdesk@acme.com', 'shared-mailbox'],
    ['it@acme.com', 'shared-mailbox'],
    ['accounting@acme.com', 'shared-mailbox'],
    ['dev.team2@acme.com', 'shared-mailbox'],
    ['john@gmаil.com', 'lookalike-domain'], // Cyrillic а
    ['john@xn--gmil-63d.com', 'lookalike-domain'], // the same, typed as an A-label
    ['john@gmäil.com', 'lookalike-domain'],
    ['john@раураl.com', 'lookalike-domain'], // mixed Cyrillic/Latin
  ])('%s → %s', (input, expected) => {
    expect(code(checkBusinessEmail(input))).toBe(expected);
  });

  it('names what a message needs in params', () => {
    expect(checkBusinessEmail('a@mail.gmx.de')).toEqual({
      ok: false,
      code: 'free-provider',
      params: { domain: 'mail.gmx.de', unicodeDomain: 'mail.gmx.de', listed: 'gmx.de' },
    });
    expect(checkBusinessEmail('support-team@acme.com')).toEqual({
      ok: false,
      code: 'shared-mailbox',
      params: { localPart: 'support-team', word: 'team', domain: 'acme.com' },
    });
    expect(checkBusinessEmail('a@gmаil.com')).toMatchObject({
      code: 'lookalike-domain',
      params: {
        domain: 'xn--gmil-63d.com',
        unicodeDomain: 'gmаil.com',
        imitates: 'gmail.com',
        reason: 'confusable',
      },
    });
    expect(checkBusinessEmail('a@pаypal.com')).toMatchObject({
      code: 'lookalike-domain',
      params: { reason: 'mixed-script', scripts: ['Cyrillic', 'Latin'] },
    });
  });

  it('returns the normalised address on success', () => {
    expect(checkBusinessEmail('  Anna.Schmidt@ＡＣＭＥ．com.  ')).toEqual({
      ok: true,
      address: 'Anna.Schmidt@acme.com',
      localPart: 'Anna.Schmidt',
      domain: 'acme.com',
    });
    expect(checkBusinessEmail('x@Müller.de')).toMatchObject({ ok: true, domain: 'xn--mller-kva.de' });
  });
});

describe('UTS #46 normalisation before the lists', () => {
  it.each([
    ['fullwidth', 'john@ｇｍａｉｌ.com'],
    ['fullwidth dot', 'john@gmail。com'],
    ['zero-width space', 'john@gm\u200bail.com'],
    ['soft hyphen', 'john@gm\u00adail.com'],
    ['upper case', 'john@GMAIL.COM'],
    ['trailing dot', 'john@gmail.com.'],
  ])('%s is still a free provider', (_name, input) => {
    expect(checkBusinessEmail(input)).toMatchObject({
      code: 'free-provider',
      params: { domain: 'gmail.com' },
    });
  });
});

describe('syntax', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['john', 'missing-at'],
    ['a@b@acme.com', 'multiple-at'],
    ['@acme.com', 'empty-local-part'],
    ['john@', 'empty-domain'],
    ['"john doe"@acme.com', 'quoted-local-part'],
    ['.john@acme.com', 'invalid-local-part'],
    ['john.@acme.com', 'invalid-local-part'],
    ['jo..hn@acme.com', 'invalid-local-part'],
    ['jöhn@acme.com', 'invalid-local-part'],
    ['jo hn@acme.com', 'invalid-local-part'],
    [`${'a'.repeat(65)}@acme.com`, 'local-part-too-long'],
    [`a@${'b'.repeat(64)}.com`, 'label-too-long'],
    [`a@${'abcdefghi.'.repeat(26)}com`, 'domain-too-long'],
    [`${'a'.repeat(64)}@${'abcdefghi.'.repeat(18)}example.com`, 'too-long'],
    ['john@[192.168.0.1]', 'ip-literal'],
    ['john@192.168.0.1', 'ip-literal'],
    ['john@0x7f.1', 'ip-literal'],
    ['john@localhost', 'single-label-domain'],
    ['john@acme..com', 'invalid-domain'],
    ['john@-acme.com', 'invalid-domain'],
    ['john@acme-.com', 'invalid-domain'],
    ['john@ac_me.com', 'invalid-domain'],
    ['john@acme.com:25', 'invalid-domain'],
    ['john@acme.com/x', 'invalid-domain'],
    ['john@ac%41me.com', 'invalid-domain'],
    ['john@ac\u200dme.com', 'invalid-domain'], // ZWJ outside a joining context
    ['john@xn--zz.com', 'invalid-domain'], // broken Punycode
    ['john@acme.com\r\nBcc: x@y.com', 'control-character'],
    ['jo\u0000hn@acme.com', 'control-character'],
    ['john@ac\u007fme.com', 'control-character'],
  ])('%j → %s', (input, reason) => {
    expect(checkBusinessEmail(input)).toMatchObject({
      ok: false,
      code: 'invalid-syntax',
      params: { reason },
    });
  });

  it('accepts the RFC 5321 maxima exactly', () => {
    const local = 'a'.repeat(64);
    const domain = `${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`; // 64 + 1 + 189 = 254
    expect(`${local}@${domain}`.length).toBe(254);
    expect(checkBusinessEmail(`${local}@${domain}`)).toMatchObject({ ok: true });
  });

  it('checks the length before looking at any character (bounded cost, no backtracking)', () => {
    // Same verdict whether the bad character is at the start or at the end of 50,000 characters: the scan
    // never reached it, so the cost does not depend on the content.
    const head = `\u0000${'a'.repeat(50_000)}@acme.com`;
    const tail = `${'a'.repeat(50_000)}@acme.com\u0000`;
    const manyDots = `${'a.'.repeat(25_000)}@${'b.'.repeat(25_000)}`;
    for (const input of [head, tail, manyDots, '@'.repeat(50_000)]) {
      expect(checkBusinessEmail(input)).toEqual({
        ok: false,
        code: 'invalid-syntax',
        params: { reason: 'too-long', max: 254 },
      });
    }
  });

  it('never throws on non-strings from untyped callers', () => {
    expect(checkBusinessEmail(undefined as unknown as string)).toMatchObject({
      params: { reason: 'not-a-string' },
    });
    expect(checkBusinessEmail(42 as unknown as string)).toMatchObject({ code: 'invalid-syntax' });
  });
});

describe('options', () => {
  it('allow wins over every domain list check, and covers subdomains', () => {
    const policy = createEmailPolicy({
      allow: ['gmail.com', 'xn--gmil-63d.com', 'mailinator.com'],
      deny: ['gmail.com'],
    });
    expect(policy.check('anna@gmail.com').ok).toBe(true);
    expect(policy.check('anna@eu.gmail.com').ok).toBe(true);
    expect(policy.check('anna@gmаil.com').ok).toBe(true);
    expect(policy.check('anna@mailinator.com').ok).toBe(true);
    // Role checks are about the local part, not the domain: they still apply.
    expect(code(policy.check('info@gmail.com'))).toBe('generic-role');
  });

  it('an allowed address (a reviewer override) wins over every check but syntax', () => {
    const policy = createEmailPolicy({ allow: ['Info@Partner-Mail.com'] });
    expect(policy.check('info@partner-mail.com').ok).toBe(true);
    expect(code(policy.check('sales@partner-mail.com'))).toBe('generic-role');
  });

  it('deny rejects a domain and its subdomains, typed in Unicode or as an A-label', () => {
    const policy = createEmailPolicy({ deny: ['competitor.com', 'Müller.DE'] });
    expect(policy.check('a@competitor.com')).toMatchObject({
      code: 'denied-domain',
      params: { listed: 'competitor.com' },
    });
    expect(code(policy.check('a@eu.competitor.com'))).toBe('denied-domain');
    expect(policy.check('a@xn--mller-kva.de')).toMatchObject({
      code: 'denied-domain',
      params: { listed: 'xn--mller-kva.de' },
    });
    expect(code(policy.check('a@notcompetitor.com'))).toBe('ok');
  });

  it('switches checks off one by one', () => {
    expect(createEmailPolicy({ checks: { freeProvider: false } }).check('a@gmail.com').ok).toBe(true);
    expect(createEmailPolicy({ checks: { disposable: false } }).check('a@mailinator.com')).toMatchObject({
      code: 'free-provider', // free-email-domains lists it as well
    });
    expect(createEmailPolicy({ checks: { genericRole: false } }).check('info@acme.com').ok).toBe(true);
    expect(createEmailPolicy({ checks: { sharedMailbox: false } }).check('helpdesk@acme.com').ok).toBe(true);
    // With shared mailboxes off, a role word in the first place still counts.
    expect(code(createEmailPolicy({ checks: { sharedMailbox: false } }).check('support-team@acme.com'))).toBe(
      'generic-role',
    );
    expect(createEmailPolicy({ checks: { lookalike: false } }).check('a@gmаil.com').ok).toBe(true);
  });

  it('adds role and shared words, matched on tokens only', () => {
    const policy = createEmailPolicy({ roleWords: ['Kundenservice'], sharedWords: ['projekt-gruppe'] });
    expect(policy.check('kundenservice@acme.de')).toMatchObject({
      code: 'generic-role',
      params: { word: 'kundenservice' },
    });
    expect(policy.check('projekt-gruppe@acme.de')).toMatchObject({
      code: 'shared-mailbox',
      params: { word: 'projektgruppe' },
    });
    expect(policy.check('kundenservicer@acme.de').ok).toBe(true);
  });

  it('protects the host domains against look-alikes, including plain-ASCII ones', () => {
    const policy = createEmailPolicy({ protectedDomains: ['acme.com', 'xn--bcher-kva.example'] });
    expect(policy.check('a@acrne.com')).toMatchObject({
      code: 'lookalike-domain',
      params: { imitates: 'acme.com' },
    });
    expect(policy.check('a@аcme.com')).toMatchObject({
      code: 'lookalike-domain',
      params: { imitates: 'acme.com' },
    });
    expect(policy.check('a@bücher.example').ok).toBe(true);
    expect(policy.check('a@acme.com').ok).toBe(true);
    expect(policy.check('a@eu.acme.com').ok).toBe(true);
    // Without the option, acrne.com is just a domain.
    expect(checkBusinessEmail('a@acrne.com').ok).toBe(true);
  });

  it.each([
    [{ allow: 'gmail.com' }, 'allow'],
    [{ deny: ['not a domain'] }, 'deny[0]'],
    [{ deny: ['ok.com', 'x@'] }, 'deny[1]'],
    [{ checks: { freeProviders: false } }, 'checks.freeProviders'],
    [{ checks: { disposable: 'no' } }, 'checks.disposable'],
    [{ roleWords: ['in fo'] }, 'roleWords[0]'],
    [{ protectedDomains: ['localhost'] }, 'protectedDomains[0]'],
  ])('bad option %j throws GatehouseError naming %s', (options, option) => {
    let error: unknown;
    try {
      createEmailPolicy(options as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GatehouseError);
    expect(error).toMatchObject({ code: 'invalid-option', params: { option } });
    expect((error as Error).message).toContain(option);
  });
});

describe('browser form', () => {
  const sample = [
    'anna@acme.com',
    'john@gmail.com',
    'john@ｇｍａｉｌ.com',
    'info@acme.com',
    'support-team@acme.com',
    'a@mailinator.com',
    'a@gmаil.com',
    'a@pаypal.com',
    'bad@@x',
    'x@yahoo.co.jp',
  ];
  it('gives the server verdict code for the sample', () => {
    for (const input of sample)
      expect(code(checkInBrowser(input)), input).toBe(code(checkBusinessEmail(input)));
  });

  it('is certain about the major providers and tentative about filter hits', () => {
    expect(checkInBrowser('a@gmail.com')).toMatchObject({
      code: 'free-provider',
      params: { listed: 'gmail.com' },
    });
    expect((checkInBrowser('a@gmail.com') as { params: object }).params).not.toHaveProperty('tentative');
    expect(checkInBrowser('a@tutanota.com')).toMatchObject({
      code: 'free-provider',
      params: { tentative: true },
    });
    expect(checkInBrowser('a@gmаil.com')).toMatchObject({
      code: 'lookalike-domain',
      params: { imitates: 'gmail.com' },
    });
  });

  it('exports the same rejection codes', () => {
    expect([...EMAIL_REJECTION_CODES]).toEqual([
      'invalid-syntax',
      'free-provider',
      'disposable',
      'generic-role',
      'shared-mailbox',
      'lookalike-domain',
      'denied-domain',
      'free-provider-typo',
      'unknown-tld',
    ]);
  });
});
