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
});
