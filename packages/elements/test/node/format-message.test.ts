import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/common/messages.js';

describe('formatMessage (elements chrome)', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(formatMessage('Hello {name}, {missing}', { name: 'Ada' })).toBe('Hello Ada, {missing}');
  });

  it('picks plural branches by the locale rules, with # and =n', () => {
    const t = '{count, plural, =0 {nothing} one {# field needs} other {# fields need}} attention';
    expect(formatMessage(t, { count: 0 })).toBe('nothing attention');
    expect(formatMessage(t, { count: 1 })).toBe('1 field needs attention');
    expect(formatMessage(t, { count: 3 })).toBe('3 fields need attention');
    const pl = '{n, plural, one {# pole} few {# pola} many {# pól} other {# pola}}';
    expect(formatMessage(pl, { n: 2 }, 'pl')).toBe('2 pola');
    expect(formatMessage(pl, { n: 5 }, 'pl')).toBe('5 pól');
    // English rules know no `few`: 2 is `other`.
    expect(formatMessage(pl, { n: 5 }, 'en')).toBe('5 pola');
  });

  it('allows placeholders inside a branch and leaves a plural without its parameter untouched', () => {
    expect(
      formatMessage('{n, plural, one {# item for {who}} other {# items for {who}}}', { n: 2, who: 'Ada' }),
    ).toBe('2 items for Ada');
    expect(formatMessage('{n, plural, one {#} other {#}}', {})).toBe('{n, plural, one {#} other {#}}');
  });

  it('never treats inherited properties as parameters', () => {
    expect(formatMessage('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });
});
