import { describe, expect, it } from 'vitest';
import { compileForm } from '../compile/compile-form.js';
import type { ValidateOptions } from '../engine/types.js';

/** A change-password form like the shipped ones: the data holds no name, the subject brings them. */
const form = compileForm({
  id: 'password-subject',
  schema: {
    type: 'object',
    properties: { newPassword: { type: 'string', minLength: 1, maxLength: 1024, 'x-rule': 'password' } },
  },
});

const subject = {
  contextWords: ['Jane', 'Doe', 'Northwind Logistics', 'jane.doe@northwind-logistics.com'],
};
const codes = (newPassword: string, options: ValidateOptions = { subject }) => {
  const r = form.validate({ newPassword }, options);
  return r.ok ? [] : r.issues.map((i) => i.code);
};

describe('the password rule with a subject', () => {
  it.each(['NorthwindJane2026', 'NorthwindLogistics2026!'])(
    '%s is refused for Jane of Northwind',
    (password) => {
      expect(codes(password)).toEqual(['contains-context']);
      expect(
        form.validateField('/newPassword', { newPassword: password }, { subject }).map((i) => i.code),
      ).toEqual(['contains-context']);
    },
  );

  it('refuses a keyboard walk', () => {
    expect(codes('qwertyuiopasdfghjkl')).toEqual(['common-password']);
  });

  it('lowers the minimum to 8 for a person with a second factor', () => {
    expect(codes('tea kettle', { subject })).toEqual(['too-short']);
    expect(codes('tea kettle', { subject: { ...subject, mfa: true } })).toEqual([]);
  });
});

describe('requirements: the checklist from the same policy', () => {
  it('states the real minimum, the MFA minimum, the maximum, context words and patterns', () => {
    const list = form.requirements('/newPassword', { newPassword: 'NorthwindJane2026' }, { subject });
    expect(list).toEqual([
      { code: 'too-short', params: { min: 15, mfaMin: 8 }, met: true },
      { code: 'too-long', params: { max: 64 }, met: true },
      { code: 'contains-context', params: { minWordLength: 4 }, met: false },
      expect.objectContaining({ code: 'common-password', met: true }),
    ]);
  });

  it('with MFA the minimum is 8 and nothing is met while the field is empty', () => {
    const list = form.requirements('/newPassword', {}, { subject: { mfa: true } });
    expect(list[0]).toEqual({ code: 'too-short', params: { min: 8 }, met: false });
    expect(list.every((r) => !r.met)).toBe(true);
  });

  it('is empty for a field without such a rule', () => {
    expect(form.requirements('/other', {})).toEqual([]);
  });
});
