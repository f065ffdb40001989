import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/cli.js';
import { lintDefinition, mayBacktrack } from './lint.js';

const bad = {
  id: 'bad-form',
  schema: {
    type: 'object',
    properties: {
      name: { type: 'string' },
      code: { type: 'string', maxLength: 50, pattern: '^(a+)+$' },
      mail: { type: 'string', maxLength: 254, 'x-rule': 'no-such-rule' },
      remote: { $ref: 'https://example.com/schema.json' },
      extra: { type: 'string', maxLength: 5 },
      secret: { type: 'string', maxLength: 5 },
    },
    required: ['extra', 'secret'],
  },
  ui: { fields: { '/name': { label: 'f.name' }, '/secret': { widget: 'hidden' } } },
  rules: [{ when: { required: ['name'] }, show: ['/extra', '/ghost'] }],
  messages: { en: { 'f.name': 'Name', '/code': { pattern: 'Only a' } }, de: { '/code': {} } },
};

describe('lintDefinition', () => {
  const problems = lintDefinition(bad);
  const at = (pointer: string) => problems.filter((p) => p.pointer === pointer).map((p) => p.message);

  it('finds every kind of problem with its pointer', () => {
    expect(at('/schema/properties/name')).toContain('string without maxLength');
    expect(at('/schema/properties/code/pattern')[0]).toMatch(/backtrack/);
    expect(at('/schema/properties/mail/x-rule')[0]).toMatch(/unknown rule "no-such-rule"/);
    expect(at('/schema/properties/remote/$ref')[0]).toMatch(/remote \$ref/);
    expect(at('/rules/0/show/1')[0]).toMatch(/\/ghost is not a field/);
    expect(at('/messages/de')).toContain('missing message "f.name" for locale de');
    expect(at('/messages/de/~1code')).toContain('missing message "pattern" for /code in locale de');
    expect(at('/schema/properties/extra')[0]).toMatch(/only visible while a rule shows it/);
    expect(at('/schema/properties/secret')[0]).toMatch(/hidden and has no default/);
  });

  it('passes the shipped example', () => {
    const rma = JSON.parse(
      readFileSync(new URL('../../examples/rma-request.form.json', import.meta.url), 'utf8'),
    );
    expect(lintDefinition(rma)).toEqual([]);
  });

  it('flags nested quantifiers only', () => {
    expect(mayBacktrack('^(a+)+$')).toBe(true);
    expect(mayBacktrack('^(\\w*)*x')).toBe(true);
    expect(mayBacktrack('^([a-z]+){2,}$')).toBe(true);
    expect(mayBacktrack('^[A-Z0-9][A-Z0-9-]{5,31}$')).toBe(false);
    expect(mayBacktrack('^(ab)+$')).toBe(false);
  });
});

describe('gatehouse-forms CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gatehouse-cli-'));
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
  };

  it('lint prints file:pointer: problem and exits 1', async () => {
    const file = join(dir, 'bad.form.json');
    writeFileSync(file, JSON.stringify(bad));
    const { out, io: sink } = io();
    expect(await runCli(['lint', file], sink)).toBe(1);
    expect(out).toContain(`${file}:/schema/properties/name: string without maxLength`);
  });

  it('build writes <id>.js and refuses bad input', async () => {
    const example = new URL('../../examples/rma-request.form.json', import.meta.url).pathname;
    const { out, io: sink } = io();
    expect(await runCli(['build', example, '--out', dir], sink)).toBe(0);
    expect(out[0]).toMatch(/rma-request\.js \(\d+ bytes\)/);
    expect(readFileSync(join(dir, 'rma-request.js'), 'utf8')).toMatch(/export/);
    const { err, io: sink2 } = io();
    expect(await runCli(['build', join(dir, 'bad.form.json'), '--out', dir], sink2)).toBe(1);
    expect(err[0]).toMatch(/invalid-definition|is invalid/);
    expect(await runCli(['frobnicate'], sink2)).toBe(2);
  });
});
