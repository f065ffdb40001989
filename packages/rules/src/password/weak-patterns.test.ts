import { describe, expect, it } from 'vitest';
import { weakPattern } from './weak-patterns.js';

describe('weakPattern', () => {
  it.each([
    ['aaaaaaaa', 'repetitive'],
    ['abababab', 'repetitive'],
    ['abcdabcdabcd', 'repetitive'],
    ['😀😀😀😀', 'repetitive'],
    ['123456789', 'sequential'],
    ['7890123456', 'sequential'],
    ['0987654321', 'sequential'],
    ['abcdefghij', 'sequential'],
    ['αβγδεζηθ', 'sequential'],
  ])('%s is %s', (password, kind) => {
    expect(weakPattern(password)).toBe(kind);
  });

  it.each(['abcdeabcde', 'otterjamotterjam', '1234567890x', 'ab', 'acegikmo', 'a quiet river'])(
    '%s is not a whole-password pattern',
    (password) => {
      expect(weakPattern(password)).toBeUndefined();
    },
  );
});
