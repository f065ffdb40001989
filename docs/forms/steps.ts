/**
 * Runnable example for docs/forms.md ("Multi-step forms"): the warranty claim, step by step, headless. Run from the
 * repository root:
 *   node --conditions=source --import tsx docs/forms/steps.ts
 */
import { readFileSync } from 'node:fs';
import { compileForm } from '../../packages/forms/src/compile/index.js';
import { firstStepWithIssues, stepMissing, validateStep } from '../../packages/forms/src/engine/steps.js';

const definition = JSON.parse(
  readFileSync(new URL('../../packages/forms/examples/warranty-claim.form.json', import.meta.url), 'utf8'),
);
const form = compileForm(definition);
const data = { serialNumber: 'GH2-004512', model: 'gh-200', problem: 'The display stays black.' };

console.log(form.steps().map((s) => s.id)); // [ 'device', 'purchase', 'contact' ]
console.log(validateStep(form, 'device', data)); // { ok: true }: step 1 is done, whatever later steps lack
console.log(stepMissing(form, 'purchase', data).map((f) => f.pointer)); // [ '/purchaseDate', '/boughtFrom', '/stillWorks' ]
const whole = form.validate({ ...data, serialNumber: 'bad serial' });
if (!whole.ok) console.log(firstStepWithIssues(form, whole.issues)); // 'device': where a failed submit sends the person
