import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileForm } from '../compile/compile-form.js';
import { phoneRule as browserPhoneRule } from './phone.browser.js';
import { phoneRule } from './phone.js';

const definition = {
  id: 'lazy-phone',
  schema: {
    type: 'object',
    properties: {
      phone: {
        type: 'string',
        maxLength: 30,
        'x-rule': { name: 'phone', options: { defaultCountry: 'DE' } },
      },
    },
  },
};

describe('the lazy browser phone rule', () => {
  it('names its codes without loading libphonenumber-js', () => {
    expect(browserPhoneRule.codes).toEqual(phoneRule.codes);
    expect(browserPhoneRule.validateOptions?.({ defaultCountry: 'XX' })).toEqual([]);
  });

  it('gives the server rule verdicts once ready (property: any text, numbers typed with and without +49)', async () => {
    const form = compileForm(definition, { rules: [browserPhoneRule] });
    const server = compileForm(definition, { rules: [phoneRule] });
    await form.ready();
    expect(form.validate({ phone: '+49 1' }).ok).toBe(false);
    const digits = fc.stringMatching(/^[0-9 ]{1,16}$/);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 30 }),
          digits,
          digits.map((d) => `+49${d}`),
          digits.map((d) => `0${d}`),
        ),
        (phone) => {
          expect(form.validate({ phone })).toEqual(server.validate({ phone }));
          expect(form.validateField('/phone', { phone })).toEqual(server.validateField('/phone', { phone }));
        },
      ),
      { numRuns: 300 },
    );
    // The subject's country is the default for national numbers, in the browser as on the server.
    const subject = { subject: { country: 'AT' } };
    const noDefault = {
      ...definition,
      schema: {
        ...definition.schema,
        properties: { phone: { type: 'string', maxLength: 30, 'x-rule': 'phone' } },
      },
    };
    const a = compileForm(noDefault, { rules: [browserPhoneRule] });
    await a.ready();
    expect(a.validate({ phone: '0664 1234567' }, subject)).toEqual(
      compileForm(noDefault, { rules: [phoneRule] }).validate({ phone: '0664 1234567' }, subject),
    );
    expect(browserPhoneRule.validateOptions?.({ defaultCountry: 'XX' })).toEqual(
      phoneRule.validateOptions?.({ defaultCountry: 'XX' }),
    );
  });
});
