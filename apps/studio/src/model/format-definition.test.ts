import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDefinition } from './format-definition.js';

const examples = join(import.meta.dirname, '..', '..', '..', '..', 'packages', 'forms', 'examples');

describe('formatDefinition', () => {
  it('puts known keys in a fixed order and keeps the order of fields, texts and options', () => {
    const text = formatDefinition({
      messages: { en: { 'b.label': 'B', 'a.label': 'A' } },
      ui: { fields: { '/b': { widget: 'text', label: 'b.label' }, '/a': { label: 'a.label' } } },
      schema: {
        properties: { b: { maxLength: 5, type: 'string' }, a: { type: 'string', maxLength: 9 } },
        type: 'object',
      },
      id: 'x',
      zeta: 1,
      alpha: 2,
    });
    expect(Object.keys(JSON.parse(text))).toEqual(['id', 'schema', 'ui', 'messages', 'alpha', 'zeta']);
    expect(text.indexOf('"b": {')).toBeLessThan(text.indexOf('"a": {'));
    expect(text).toContain('"b": {\n        "type": "string",\n        "maxLength": 5');
    expect(text).toContain('"/b": {\n        "label": "b.label",\n        "widget": "text"');
  });

  it('is stable: formatting a formatted file changes no byte, and no value is lost', () => {
    for (const file of readdirSync(examples).filter((f) => f.endsWith('.form.json'))) {
      const value = JSON.parse(readFileSync(join(examples, file), 'utf8'));
      const once = formatDefinition(value);
      expect(formatDefinition(JSON.parse(once)), file).toBe(once);
      expect(JSON.parse(once), file).toEqual(value);
    }
  });
});
