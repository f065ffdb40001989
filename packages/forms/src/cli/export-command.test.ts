import { describe, expect, it } from 'vitest';
import { runCli } from './cli.js';

const collect = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
};
const example = (name: string) => new URL(`../../examples/${name}.form.json`, import.meta.url).pathname;

describe('gatehouse-forms export', () => {
  it('writes the zod module and prints the report per pointer', async () => {
    const c = collect();
    expect(await runCli(['export', '--to', 'zod', example('event-registration')], c.io)).toBe(0);
    expect(c.out.join('\n')).toMatch(
      /import \* as z from 'zod';[\s\S]*export const schema = z\.strictObject|export const schema = z\.looseObject/,
    );
    expect(c.err).toContainEqual(
      expect.stringMatching(/event-registration\.form\.json#\/dietary: conditional-required \[acceptance\]/),
    );
    expect(c.err.at(-1)).toBe('3 difference(s)');
  });

  it('says when an export is lossless, and --plain leaves @gatehouse/forms out', async () => {
    const c = collect();
    expect(await runCli(['export', '--to', 'valibot', '--plain', example('change-of-address')], c.io)).toBe(
      0,
    );
    expect(c.out.join('\n')).not.toContain('@gatehouse/forms');
    expect(c.err).toContainEqual(expect.stringMatching(/#\/movingDate: named-rule/));
  });

  it('refuses an unknown target and an unreadable file with a usage error', async () => {
    expect(await runCli(['export', '--to', 'yup', example('rma-request')], collect().io)).toBe(2);
    const c = collect();
    expect(await runCli(['export', '--to', 'zod', '/nonexistent.form.json'], c.io)).toBe(2);
    expect(c.err[0]).toMatch(/nonexistent\.form\.json: cannot read JSON/);
  });
});
