/**
 * Runnable example for docs/forms/interop.md: a zod schema into a form and back out, with both reports.
 * Run from the repository root:
 *   node --conditions=source --import tsx packages/forms/examples/interop.ts
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import * as z from 'zod';
import { compileForm } from '../src/compile/index.js';
import { toValibot } from '../src/valibot/index.js';
import { fromZod, toZod } from '../src/zod/index.js';

z.config({ jitless: true }); // zod otherwise probes new Function, which a strict CSP reports

// From zod: optional and defaulted fields stay optional, z.object() lets unknown keys through.
const signup = z.object({
  name: z.string().min(1).max(100),
  extra: z.number().optional(),
  plan: z.enum(['basic', 'pro']).default('basic'),
  code: z.string().refine((s) => s.startsWith('A'), 'starts with A').optional(),
});
const { definition, lossy } = fromZod(signup, { id: 'signup' });
const form = compileForm(definition);
console.log('zod accepts:', signup.safeParse({ name: 'a', extra: 1 }).success);
console.log('form accepts:', form.validate({ name: 'a', extra: 1 }).ok);
console.log('from zod, lost:');
for (const l of lossy) console.log(`  ${l.path || '(root)'} ${l.kind} [${l.effect}]: ${l.what}`);

// To zod and valibot: the event registration from the examples.
const event = JSON.parse(
  readFileSync(new URL('./event-registration.form.json', import.meta.url), 'utf8'),
);
const exported = toZod(event);
const data = { name: 'Jane Doe', company: 'Example AG', email: 'jane@example.com', ticket: 'day', dinner: false, terms: true };
console.log('exported zod accepts:', exported.schema.safeParse(data).success);
console.log('exported valibot accepts:', v.safeParse(toValibot(event).schema, data).success);
console.log('to zod, lost:');
for (const l of exported.lossy) console.log(`  ${l.path} ${l.kind} [${l.effect}]: ${l.what}`);
