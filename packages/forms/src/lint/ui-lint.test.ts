import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/cli.js';
import { lintDefinition } from './lint.js';

/** The mistakes a product team made in an event registration form, each once. */
const event = {
  id: 'event-registration',
  version: 1,
  schema: {
    type: 'object',
    properties: {
      company: { type: 'string', maxLength: 100 },
      ticket: { type: 'string', enum: ['standard', 'vip'], maxLength: 10 },
      meal: { type: 'boolean' },
      dietary: { type: 'string', maxLength: 200 },
      guests: { type: 'integer', minimum: 0, maximum: 3 },
      photo: { type: 'string', maxLength: 200 },
      newsletter: { type: 'boolean' },
    },
    required: ['company', 'ticket'],
  },
  ui: {
    fields: {
      '/company': { label: 'ev.compnay', hepl: 'Your employer' },
      '/ticket': { widget: 'selcet', options: { standard: 'Standard', premium: 'Premium' } },
      '/meal': { widget: 'radio', label: 'Meal?' },
      '/guests': { widget: 'checkbox' },
      '/photo': { widget: 'file' },
      '/newsletter': { widget: 'radio' },
      '/dietary': { widget: 'select' },
    },
    stpes: [],
  },
  rules: [
    { when: { properties: { meal: { const: 'yes' } }, required: ['meal'] }, show: ['/dietary'] },
    { when: { properties: { guests: { minimum: 5 } }, required: ['guests'] }, show: ['/dietary'] },
    { when: { properties: { meal: { const: true } } }, require: ['/dietary'] },
    { when: {}, disable: ['/company'] },
  ],
  messages: { en: { 'ev.company': 'Company' }, de: { 'ev.company': 'Firma' } },
};

describe('lint names the common mistakes with their pointers', () => {
  const problems = lintDefinition(event);
  const at = (pointer: string) => problems.filter((p) => p.pointer === pointer).map((p) => p.message);

  it('unknown widget with a suggestion, a file widget without its limits, unknown UI properties', () => {
    expect(at('/ui/fields/~1ticket/widget')).toEqual([
      expect.stringContaining('unknown widget "selcet" (did you mean "select"?)'),
    ]);
    expect(at('/ui/fields/~1photo/widget')[0]).toMatch(
      /widget "file" needs a field of type array with "x-rule": \{ "name": "file"/,
    );
    expect(at('/ui/fields/~1company/hepl')).toEqual([
      expect.stringContaining('unknown ui property "hepl" (did you mean "help"?)'),
    ]);
    expect(at('/ui/stpes')[0]).toMatch(/unknown ui property "stpes" \(did you mean "steps"\?\)/);
  });

  it('widgets that do not fit the type, and choices without options', () => {
    expect(at('/ui/fields/~1guests/widget')).toEqual([
      'widget "checkbox" does not fit a field of type integer (it fits boolean)',
    ]);
    expect(at('/ui/fields/~1dietary/widget')[0]).toMatch(/widget "select" needs a field with "enum"/);
    // A boolean as radio is a yes/no question: fine.
    expect(at('/ui/fields/~1newsletter/widget')).toEqual([]);
    expect(at('/ui/fields/~1meal/widget')).toEqual([]);
  });

  it('option labels for values not in the enum, and labels that look like missing message keys', () => {
    expect(at('/ui/fields/~1ticket/options/premium')).toEqual([
      'option label for "premium", which is not an allowed value (allowed: standard, vip)',
    ]);
    expect(at('/ui/fields/~1company/label')).toEqual([
      '"ev.compnay" looks like a message key but no locale of "messages" has it (people would see the key)',
    ]);
  });

  it('when conditions that can never be true, or are always true', () => {
    expect(at('/rules/0/when/properties/meal')).toEqual(['when can never be true: /meal can never be "yes"']);
    expect(at('/rules/1/when/properties/guests')).toEqual([
      'when can never be true: no value of /guests is both ≥ 5 and ≤ 3',
    ]);
    expect(at('/rules/2/when/properties/meal')).toEqual([
      'when is also true while /meal is empty; add "required": ["meal"] beside "properties"',
    ]);
    expect(at('/rules/3/when')).toEqual(['when is always true: the rule applies whatever is filled in']);
  });

  it('the CLI prints file:pointer: message for each', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gatehouse-lint-')), 'event.form.json');
    writeFileSync(file, JSON.stringify(event));
    const out: string[] = [];
    expect(await runCli(['lint', file], { out: (l) => out.push(l), err: () => undefined })).toBe(1);
    expect(out).toContain(`${file}:/ui/fields/~1ticket/widget: ${at('/ui/fields/~1ticket/widget')[0]}`);
  });

  it('accepts widgets a host renders itself when told', () => {
    const def = { ...event, ui: { fields: { '/company': { widget: 'company-picker' } } }, rules: [] };
    expect(lintDefinition(def).filter((p) => p.pointer.startsWith('/ui'))).toHaveLength(1);
    expect(
      lintDefinition(def, { widgets: ['company-picker'] }).filter((p) => p.pointer.startsWith('/ui')),
    ).toEqual([]);
  });
});
