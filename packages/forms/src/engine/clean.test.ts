import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean, omitPointers } from './clean.js';

// The definition of cleaning, written the obvious way (a full deep copy): the fast one must agree with it.
function reference(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return Array.from(value, (v) => (v === undefined ? null : reference(v)));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v !== undefined && v !== '')
      Object.defineProperty(out, k, {
        value: reference(v),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return out;
}

const data = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('', undefined, null, 'x', 0, true),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', '__proto__'), tie('value'), {
      maxKeys: 4,
      noNullPrototype: true,
    }),
  ),
})).value;

describe('clean', () => {
  it('equals a deep copy without empty properties, and never mutates its input', () => {
    fc.assert(
      fc.property(data, (input) => {
        const before = structuredClone(input);
        expect(clean(input)).toStrictEqual(reference(input));
        expect(input).toStrictEqual(before);
      }),
    );
  });

  it('returns clean parts as they are and copies only what changed', () => {
    const untouched = { street: 'Main St 1', tags: ['a'] };
    const input = { name: 'Ada', address: untouched, note: '', contact: { phone: '', mail: 'a@b.c' } };
    const out = clean(input) as Record<string, unknown>;
    expect(out).toEqual({ name: 'Ada', address: untouched, contact: { mail: 'a@b.c' } });
    expect(out).not.toBe(input);
    expect(out.address).toBe(untouched);
    const clean2 = { a: 1, b: [1, { c: 'd' }] };
    expect(clean(clean2)).toBe(clean2);
  });

  it('keeps a JSON "__proto__" key as data instead of setting the prototype', () => {
    const input = JSON.parse('{"__proto__": {"admin": true}, "empty": ""}');
    const out = clean(input) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect((out as { admin?: unknown }).admin).toBeUndefined();
  });
});

describe('omitPointers', () => {
  it('removes every pointer with one copy per changed object and shares the rest', () => {
    const keep = { x: 1 };
    const input = { a: 1, b: 2, c: { d: 3, e: 4 }, keep };
    const out = omitPointers(input, ['/a', '/c/d', '/missing', '/c/e/deeper', '/b/x']) as Record<
      string,
      unknown
    >;
    expect(out).toEqual({ b: 2, c: { e: 4 }, keep });
    expect(out.keep).toBe(keep);
    expect(input).toEqual({ a: 1, b: 2, c: { d: 3, e: 4 }, keep });
    expect(omitPointers(input, ['/nothing'])).toBe(input);
    // An omitted ancestor wins over pointers below it, in either order.
    expect(omitPointers(input, ['/c/d', '/c'])).toEqual({ a: 1, b: 2, keep });
    expect(omitPointers(input, ['/c', '/c/d'])).toEqual({ a: 1, b: 2, keep });
  });
});

describe('clean on hostile depth', () => {
  // Built in a loop: a recursive builder would overflow first.
  const deep = (depth: number, leaf: unknown) => {
    let value: unknown = leaf;
    for (let i = 0; i < depth; i++) value = [value];
    return value;
  };

  it('does not overflow the stack on 100,000 nested arrays', () => {
    const value = deep(100_000, { a: '' });
    expect(() => clean(value)).not.toThrow();
  });

  it('still cleans everything up to MAX_CLEAN_DEPTH levels deep', () => {
    expect(clean(deep(100, { a: '', b: 1 }))).toEqual(deep(100, { b: 1 }));
  });
});
