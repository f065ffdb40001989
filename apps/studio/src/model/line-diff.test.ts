import { describe, expect, it } from 'vitest';
import { parseJson } from './json-error.js';
import { lineDiff } from './line-diff.js';
import { fieldOfPointer } from './lint-target.js';

describe('lineDiff', () => {
  it('keeps common lines and marks what was added and removed', () => {
    expect(lineDiff('a\nb\nc\n', 'a\nx\nc\n')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'remove', text: 'b' },
      { kind: 'add', text: 'x' },
      { kind: 'same', text: 'c' },
    ]);
    expect(lineDiff('', 'a\n')).toEqual([{ kind: 'add', text: 'a' }]);
  });
});

describe('parseJson', () => {
  it('names line and column of the first mistake', () => {
    const r = parseJson('{\n  "id": "x"\n  "schema": {}\n}');
    expect(r).toMatchObject({ ok: false, line: 3, column: 3 });
    expect(r.ok ? '' : r.message).toMatch(/^Broken JSON at line 3, column 3: /);
  });
});

describe('fieldOfPointer', () => {
  it('finds the field a lint pointer is about', () => {
    expect(fieldOfPointer('/schema/properties/serial/pattern')).toBe('/serial');
    expect(fieldOfPointer('/ui/fields/~1address~1city/label')).toBe('/address/city');
    expect(fieldOfPointer('/messages/de/serial.label')).toBe('/serial');
    expect(fieldOfPointer('/rules/0/when')).toBeUndefined();
  });
});
