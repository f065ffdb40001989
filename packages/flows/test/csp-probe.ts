/**
 * Run by `src/csp.test.ts` under `node --disallow-code-generation-from-strings`: loads every flow subpath,
 * validates with every exported form and drives a registration SUBMIT (rejected, then accepted) to a port.
 * Prints one JSON line; any use of eval / new Function would throw an EvalError instead.
 */
import { readFileSync } from 'node:fs';
import { createActor, fromPromise, waitFor } from 'xstate';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
};
let evalBlocked = false;
try {
  // biome-ignore lint/security/noGlobalEval: the probe proves that the flag blocks eval
  (0, eval)('1');
} catch {
  evalBlocked = true;
}

const loaded: string[] = [];
const forms: Record<string, boolean> = {};
for (const subpath of Object.keys(pkg.exports)) {
  if (subpath === './package.json') continue;
  const mod = (await import(`@gatehouse/flows${subpath.slice(1)}`)) as Record<string, unknown>;
  loaded.push(subpath);
  for (const value of Object.values(mod)) {
    const form = value as { id?: string; validate?: (d: unknown) => { ok: boolean }; fieldStates?: unknown };
    if (form && typeof form.validate === 'function' && form.fieldStates && form.id)
      forms[form.id] = form.validate({}).ok;
  }
}

const { registrationMachine } = await import('@gatehouse/flows/registration');
const calls: unknown[] = [];
const actor = createActor(
  registrationMachine.provide({
    actors: {
      register: fromPromise(async ({ input }) => {
        calls.push(input);
        return { id: 'reg-1' };
      }),
    },
  }),
  { input: {} },
).start();
const data = {
  givenName: 'Ada',
  familyName: 'Lovelace',
  company: 'Analytical Engines Ltd',
  termsAccepted: true,
};
actor.send({ type: 'SUBMIT', data: { ...data, email: 'ada@gmail.com' } });
const rejected = actor.getSnapshot().context.issues.map((i) => `${i.path} ${i.code}`);
actor.send({ type: 'SUBMIT', data: { ...data, email: 'ada.lovelace@siemens.com' } });
const done = await waitFor(actor, (s) => s.matches('awaitingConfirmation'), { timeout: 5000 });
actor.stop();
console.log(JSON.stringify({ evalBlocked, loaded, forms, rejected, state: done.value, calls: calls.length }));
