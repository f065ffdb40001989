/**
 * Runnable example for "Lazy rules in the browser" (docs/forms.md): the browser `business-email` rule loads its
 * policy as a separate chunk, so a form answers permissively until `form.ready()` resolves. Node resolves the
 * exact, synchronous rule by default; this example takes the browser variant explicitly to show the lazy one.
 * Run from the repository root:
 *   node --conditions=source --import tsx docs/forms/lazy-rules.ts
 */
import assert from 'node:assert/strict';
import { compileForm } from '../../packages/forms/src/compile/index.js';
// In an app: import { businessEmailRule } from '@gatehouse/forms/rules/business-email/browser';
import { businessEmailRule } from '../../packages/forms/src/rules/business-email.browser.js';

const definition = {
  id: 'signup',
  schema: {
    type: 'object',
    properties: { email: { type: 'string', maxLength: 254, 'x-rule': 'business-email' } },
    required: ['email'],
  },
};

// Creating the form starts `import('@gatehouse/rules/email/browser')` (once per page).
const form = compileForm(definition, { rules: [businessEmailRule] });

// Not there yet: the rule accepts every address (the server's exact check decides on submit).
console.log('before ready:', form.validate({ email: 'jane@gmail.com' }));
assert.equal(form.validate({ email: 'jane@gmail.com' }).ok, true);

await form.ready(); // never rejects; a chunk that fails to load leaves the rule permissive
const after = form.validate({ email: 'jane@gmail.com' });
console.log('after ready: ', after.ok ? after : after.issues.map((i) => `${i.path} ${i.code}: ${i.message}`));
assert.equal(after.ok === false && after.issues[0]?.code, 'free-provider');

// A form without lazy rules is ready at once.
const plain = compileForm({ id: 'plain', schema: { type: 'object', properties: { n: { type: 'string', maxLength: 9 } } } });
await plain.ready();
console.log('plain form ready at once');
