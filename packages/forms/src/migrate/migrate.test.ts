import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/cli.js';
import { compileForm } from '../compile/compile-form.js';
import type { FormDefinition } from '../definition/types.js';
import { checkMigrations, diffDefinitions, migrateSubmission, recordSubmission } from './index.js';

const examples = new URL('../../examples/', import.meta.url);
const load = (name: string) => JSON.parse(readFileSync(new URL(name, examples), 'utf8'));
const v1: FormDefinition = load('warranty-claim.form.json');
const v2: FormDefinition = load('warranty-claim.v2.form.json');
const dump = load('warranty-claims.dump.json');

describe('versions and migrations', () => {
  it('a submission stored with revision 1 validates against revision 2 after its migration', () => {
    const stored = recordSubmission(v1, dump[0].data);
    expect([stored.form, stored.version]).toEqual(['warranty-claim', 1]);
    const migrated = migrateSubmission(stored, [v1, v2]);
    expect(migrated.version).toBe(2);
    expect(migrated.data).toMatchObject({
      retailer: 'Elektro Meier',
      purchaseCountry: 'DE',
      model: 'gh-200-pro',
    });
    expect('stillWorks' in migrated.data || 'boughtFrom' in migrated.data).toBe(false);
    expect(stored.data.boughtFrom).toBe('Elektro Meier'); // the stored copy is untouched
    expect(compileForm(v2).validate(migrated.data).ok).toBe(true);
    expect(checkMigrations([v1, v2], dump)).toEqual({ checked: 2, failures: [] });
  });

  it('without the migration the check names the dump entry and the field', () => {
    const bare = { ...v2, migrations: [{ from: 1, ops: [] }] };
    const { failures } = checkMigrations([v1, bare], dump);
    expect(failures.map((f) => `${f.pointer} ${f.code}`).sort()).toEqual([
      '/0/data/boughtFrom additionalProperties',
      '/0/data/model enum',
      '/0/data/purchaseCountry required',
      '/0/data/retailer required',
      '/0/data/stillWorks additionalProperties',
    ]);
    expect(checkMigrations([v1, { ...v2, migrations: undefined }], dump).failures[0]).toMatchObject({
      pointer: '/0',
      code: 'no-migration',
    });
    expect(checkMigrations([v1, v2], [{ form: 'x' }]).failures[0]!.code).toBe('invalid-submission');
  });

  it('a wrong migration is a definition problem at its pointer', () => {
    const bad = {
      ...v2,
      migrations: [{ from: 2, ops: [{ op: 'rename', from: 'boughtFrom', to: '/retailer' }] }],
    };
    expect(() => compileForm(bad)).toThrow(/from must be an older revision/);
    const op = { ...v2, migrations: [{ from: 1, ops: [{ op: 'move', path: '/a' }] }] };
    expect(() => compileForm(op)).toThrow(/op must be rename, default, drop or map/);
  });

  it('diff lists what changed for review; the CLI runs both', async () => {
    const changes = diffDefinitions(v1, v2).map((c) => `${c.kind} ${c.pointer}`);
    expect(changes).toEqual([
      'version ',
      'values /model',
      'constraint /model',
      'added /retailer',
      'added /purchaseCountry',
      'removed /boughtFrom',
      'removed /stillWorks',
    ]);
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: () => undefined };
    const file = (n: string) => new URL(n, examples).pathname;
    expect(
      await runCli(['diff', file('warranty-claim.form.json'), file('warranty-claim.v2.form.json')], io),
    ).toBe(0);
    expect(lines).toContain('/purchaseCountry: added (string, required)');
    lines.length = 0;
    const args = [
      'migrate',
      '--check',
      file('warranty-claim.form.json'),
      file('warranty-claim.v2.form.json'),
    ];
    expect(await runCli([...args, file('warranty-claims.dump.json')], io)).toBe(0);
    expect(await runCli([...args.slice(0, 3), file('warranty-claims.dump.json')], io)).toBe(1);
    expect(lines[0]).toMatch(/warranty-claims\.dump\.json#\/1: newer-than-definitions/);
    expect(await runCli(['migrate', file('warranty-claims.dump.json')], io)).toBe(2);
  });
});
