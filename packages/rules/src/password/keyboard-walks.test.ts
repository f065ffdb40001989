import { describe, expect, it } from 'vitest';
import { keyboardWalk } from './keyboard-walks.js';

describe('keyboardWalk', () => {
  it.each([
    'qwertyuiopasdfghjkl',
    'asdfghjklöä',
    'poiuytrewq',
    'qwertz123456!',
    'zxcvbnmzxcvbnm',
    'aaaaaaaaaaaaaaab',
    'azertyuiopqsdfghjklm',
  ])('%s is a keyboard pattern', (password) => {
    expect(keyboardWalk(password)).toBe('keyboard');
  });

  it.each([
    'a quiet river at dawn',
    'correct horse battery staple',
    'radioactive decay is my favourite',
    'northwind trades coffee beans',
    'qwerty is a bad password idea',
  ])('%s is not', (password) => {
    expect(keyboardWalk(password)).toBeUndefined();
  });
});
