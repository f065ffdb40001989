import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stableKey } from './stable-key.js';
import { StateKeys } from './state-key.js';

describe('StateKeys', () => {
  it('gives exactly stableKey for any context, across shape changes and repeated objects', () => {
    const value = fc.oneof(
      fc.integer(),
      fc.double(),
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.array(fc.integer(), { maxLength: 3 }),
      fc.dictionary(fc.string(), fc.integer(), { maxKeys: 3 }),
      fc.date({ noInvalidDate: true }),
    );
    const context = fc.oneof(
      fc.dictionary(fc.constantFrom('x', 'y', 'b', 'a', 'toJSON', '__proto__'), value, { maxKeys: 4 }),
      fc.dictionary(fc.string(), value, { maxKeys: 4 }),
      value,
    );
    fc.assert(
      fc.property(fc.array(context, { minLength: 1, maxLength: 12 }), (contexts) => {
        const keys = new StateKeys();
        for (const c of contexts) {
          expect(keys.contextKey(c)).toBe(stableKey(c));
          expect(keys.contextKey(c)).toBe(stableKey(c)); // second time: from the last-context memo
        }
      }),
    );
  });

  it('tells apart contexts of the same shape in a different property order only by content', () => {
    const keys = new StateKeys();
    expect(keys.contextKey({ x: 1, y: 2 })).toBe(keys.contextKey({ y: 2, x: 1 }));
    expect(keys.contextKey({ x: 1, y: 2 })).not.toBe(keys.contextKey({ x: 2, y: 1 }));
    expect(keys.contextKey({ x: 1, f: () => 1 })).toBe('{"x":1}');
  });
});
