/**
 * Runnable example for docs/forms.md: compile the RMA request at run time, validate, ask what is still
 * required, and build the browser module. Run from the repository root:
 *   node --conditions=source --import tsx docs/forms/example.ts
 */
import { readFileSync } from 'node:fs';
import { buildForm } from '../../packages/forms/src/build/index.js';
import { compileForm } from '../../packages/forms/src/compile/index.js';
// German built-in messages are opt-in (docs/forms.md, Languages).
import '../../packages/forms/src/locales/de.js';

const definition = JSON.parse(readFileSync(new URL('../../packages/forms/examples/rma-request.form.json', import.meta.url), 'utf8'));
const form = compileForm(definition, { locale: 'de' });

console.log(form.validate({ serialNumber: 'ab', moreThanOneDevice: true }));
console.log('still required:', form.requiredMissing({ serialNumber: 'AB12-345678' }).map((f) => f.pointer));
console.log('one field:', form.validateField('/serialNumber', { serialNumber: 'ab' }));

const built = await buildForm(definition);
console.log(`built module: ${built.code.length} bytes, exports "form"`);
