import { describe, expect, it } from 'vitest';
import { compileForm } from '../compile/compile-form.js';
import '../locales/de.js';

const form = compileForm({
  id: 'lookalike-probe',
  schema: {
    type: 'object',
    properties: { email: { type: 'string', maxLength: 254, 'x-rule': 'business-email' } },
  },
});

describe('a look-alike domain is named as the person typed it', () => {
  it.each(['en', 'de'])('%s: the Unicode domain, never the xn-- form', (locale) => {
    const result = form.validate({ email: 'jane@gmаil.com' });
    expect(result.ok).toBe(false);
    const issue = !result.ok ? result.issues[0]! : undefined;
    expect(issue?.code).toBe('lookalike-domain');
    const text = form.messagesFor(locale).issue(issue!);
    expect(text).toContain('gmаil.com');
    expect(text).not.toContain('xn--');
  });
});

describe('e-mail messages say what the policy found', () => {
  const text = (address: string, locale: string) => {
    const result = form.validate({ email: address });
    if (result.ok) throw new Error(`${address} was accepted`);
    return { code: result.issues[0]!.code, text: form.messagesFor(locale).issue(result.issues[0]!) };
  };

  it.each([
    ['en', 'micros0ft.com looks like microsoft.com but is a different domain'],
    ['de', 'micros0ft.com sieht aus wie microsoft.com, ist aber eine andere Domain'],
  ])('%s: a plain-ASCII look-alike names the imitated domain', (locale, expected) => {
    expect(text('jane.doe@micros0ft.com', locale)).toEqual({
      code: 'lookalike-domain',
      text: expect.stringContaining(expected),
    });
  });

  it.each([
    ['en', 'Did you mean jane.doe@acme.com? .c is not a top-level domain.'],
    ['de', 'Meinten Sie jane.doe@acme.com? .c ist keine Top-Level-Domain.'],
  ])('%s: an unknown ending with a likely meaning offers it', (locale, expected) => {
    expect(text('jane.doe@acme.c', locale)).toEqual({ code: 'unknown-tld', text: expected });
  });

  it('a mixed-script domain with nothing known to imitate keeps the general text', () => {
    const found = text('jane@büсher.de', 'en');
    expect(found.code).toBe('lookalike-domain');
    expect(found.text).toBe('The domain büсher.de imitates another domain. Please check the address.');
  });

  it('a host text for the code wins over the built-in variant of the same code', async () => {
    const { compileForm: compile } = await import('../compile/compile-form.js');
    const own = compile({
      id: 'lookalike-own-text',
      schema: {
        type: 'object',
        properties: { email: { type: 'string', maxLength: 254, 'x-rule': 'business-email' } },
      },
      messages: { en: { 'unknown-tld': 'Ending {tld} is unknown.' } },
    });
    const result = own.validate({ email: 'jane@acme.c' });
    expect(!result.ok && own.messagesFor('en').issue(result.issues[0]!)).toBe('Ending c is unknown.');
  });
});
