import { describe, expect, it } from 'vitest';
import { fromPromise, setup } from 'xstate';
import { checkSync } from '../check/check.js';
import { runCli } from '../cli/cli.js';
import { generateSuite, suiteFiles } from './generate.js';
import { fromJsonValue, toJsonValue } from './json-value.js';

const machine = setup({
  actors: { save: fromPromise(async () => 'ok') },
}).createMachine({
  id: 'form',
  initial: 'editing',
  states: {
    editing: { on: { SUBMIT: 'saving' } },
    saving: {
      invoke: {
        src: 'save',
        onDone: 'saved',
        onError: 'editing',
      },
    },
    saved: { after: { 86400000: 'archived' } },
    archived: { type: 'final' },
  },
});
const options = {
  events: { SUBMIT: [{ data: { name: 'Ada' } }] },
  actors: { save: [{ output: 'ok' }, { error: Object.assign(new Error('down'), { code: 'unavailable' }) }] },
};

describe('generate', () => {
  it('paths name the answering port and keep error fields; every state is covered', () => {
    const suite = generateSuite({ name: 'Form (save)', machine, options }, { cover: 'edges' });
    expect(suite.ports).toEqual(['save']);
    expect(suite.missed).toEqual([]);
    const names = suite.paths.map((p) => p.name).join('\n');
    expect(names).toContain('SUBMIT {"data":{"name":"Ada"}} → save ⇒ "ok" → timer 86400000');
    expect(names).toContain('save ⇒ error {"$error":{"name":"Error","message":"down","code":"unavailable"}}');
    const step = suite.paths.flatMap((p) => p.steps).find((s) => s.event.type.startsWith('xstate.error'));
    expect(step).toMatchObject({ state: 'editing', via: 'actor', port: 'save' });
    const revived = fromJsonValue(step?.event) as { error: Error & { code: string } };
    expect(revived.error).toBeInstanceOf(Error);
    expect([revived.error.message, revived.error.code]).toEqual(['down', 'unavailable']);
    expect(toJsonValue(revived)).toEqual(step?.event);
  });

  it('neverFire leaves a timer out, so what only it reaches is reported as missed', () => {
    const model = { machine, options: { ...options, neverFire: ['86400000'] } };
    const suite = generateSuite(model, { cover: 'state-nodes' });
    expect(suite.missed).toEqual(['form.archived']);
    expect(suite.paths.every((p) => p.steps.every((s) => s.via !== 'timer'))).toBe(true);
    expect(checkSync(machine, { ...options, neverFire: ['86400000'] }).unreachable).toEqual([
      'form.archived',
    ]);
  });

  it('writes a mocha test file that fetches its data and imports the adapter like TypeScript does', () => {
    const suite = generateSuite({ name: 'Form (save)', machine, options });
    const [data, test] = suiteFiles(suite, '/repo/test/form.adapter.ts', '/repo/test/generated');
    expect(data?.path).toBe('/repo/test/generated/form-save.paths.json');
    expect(JSON.parse(data?.text ?? '')).toEqual(suite);
    expect(test?.path).toBe('/repo/test/generated/form-save.generated.test.ts');
    expect(test?.text).toContain("import adapter from '../form.adapter.js';");
    expect(test?.text).toContain("fetch(new URL('./form-save.paths.json', import.meta.url))");
    expect(test?.text).toContain("describe('Form (save): 1 generated paths (cover states)'");
  });

  it('the CLI names what is missing', async () => {
    const err: string[] = [];
    const io = { out: () => {}, err: (t: string) => err.push(t) };
    expect(await runCli(['generate', 'm.ts', '--out', 'x'], io)).toBe(2);
    expect(err[0]).toContain('--adapter <file> is required');
    expect(await runCli(['generate', 'm.ts', '--adapter', 'm.ts', '--out', 'x', '--cover', 'all'], io)).toBe(
      2,
    );
    expect(err[1]).toContain('--cover must be one of states, edges');
  });
});
