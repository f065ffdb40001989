import { describe, expect, it } from 'vitest';
import { compileForm } from '../compile/compile-form.js';

const definition = {
  id: 'named-rules',
  schema: {
    type: 'object',
    properties: {
      email: { type: 'string', maxLength: 254, 'x-rule': 'business-email' },
      password: {
        type: 'string',
        maxLength: 128,
        'x-rule': { name: 'password', options: { contextFields: ['/email'] } },
      },
      phone: {
        type: 'string',
        maxLength: 30,
        'x-rule': { name: 'phone', options: { defaultCountry: 'DE' } },
      },
    },
  },
};

describe('named rules from @gatehouse/rules', () => {
  const form = compileForm(definition);
  const codes = (data: unknown) => {
    const r = form.validate(data);
    return r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`);
  };

  it('reject with the rules package codes and messages that use their params', () => {
    expect(codes({ email: 'jane@gmail.com' })).toEqual(['/email free-provider']);
    expect(codes({ email: 'info@siemens.com' })).toEqual(['/email generic-role']);
    expect(codes({ email: 'not an address' })).toEqual(['/email invalid-syntax']);
    expect(codes({ password: 'short' })).toEqual(['/password too-short']);
    expect(codes({ phone: '12' })).toEqual(['/phone invalid-phone']);
    const r = form.validate({ email: 'jane@gmail.com' });
    expect(r.ok === false && r.issues[0]?.message).toContain('gmail.com');
  });

  it('accept good values and re-check the password when the e-mail changes', () => {
    const good = {
      email: 'ada.lovelace@siemens.com',
      password: 'correct horse battery staple',
      phone: '+49 30 123456',
    };
    expect(codes(good)).toEqual([]);
    const withContext = { email: 'ada.lovelace@siemens.com', password: 'lovelace-lovelace-lovelace' };
    expect(codes(withContext)).toEqual(['/password contains-context']);
    expect(form.validateField('/email', withContext).map((i) => i.code)).toEqual(['contains-context']);
  });

  it('names the option that is wrong', () => {
    expect(() =>
      compileForm({
        id: 'bad-options',
        schema: {
          type: 'object',
          properties: {
            p: {
              type: 'string',
              maxLength: 9,
              'x-rule': { name: 'phone', options: { defaultCountry: 'Germany' } },
            },
          },
        },
      }),
    ).toThrow(/defaultCountry/);
  });

  it('reads options into the typed rules options and names every wrong one', () => {
    const withRule = (rule: unknown) => ({
      id: 'options',
      schema: { type: 'object', properties: { v: { type: 'string', maxLength: 99, 'x-rule': rule } } },
    });
    const problems = (rule: unknown) => {
      try {
        compileForm(withRule(rule));
        return [];
      } catch (error) {
        return (error as { params: { problems: { pointer: string; message: string }[] } }).params.problems;
      }
    };
    expect(problems({ name: 'password', options: { minlength: 20 } })).toEqual([
      {
        pointer: '/schema/properties/v/x-rule/options',
        message: expect.stringMatching(/"minlength" is unknown/),
      },
    ]);
    expect(problems({ name: 'password', options: { composition: { digits: true } } })[0]?.message).toMatch(
      /composition\.digits" is unknown/,
    );
    // A value only the rules package can judge: its own error, naming the entry, at compile time.
    expect(problems({ name: 'business-email', options: { allow: ['not a domain'] } })[0]?.message).toMatch(
      /allow\[0\]/,
    );
    expect(
      problems({ name: 'business-email', options: { checks: { freeProvider: 'no' } } })[0]?.message,
    ).toMatch(/checks\.freeProvider" must be true or false/);
    expect(problems({ name: 'phone', options: { defaultCountry: 'XX' } })[0]?.message).toMatch(
      /defaultCountry/,
    );

    const strict = compileForm(
      withRule({ name: 'password', options: { mfa: true, composition: { digit: true } } }),
    );
    const r = strict.validate({ v: 'no digits here' });
    expect(r.ok === false && r.issues.map((i) => [i.code, i.message])).toEqual([
      ['missing-digit', 'Please include a digit.'],
    ]);
    const email = compileForm(
      withRule({ name: 'business-email', options: { checks: { freeProvider: false } } }),
    );
    expect(email.validate({ v: 'jane@gmail.com' }).ok).toBe(true);
  });
});
