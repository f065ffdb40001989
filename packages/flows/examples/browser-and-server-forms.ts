// Run: node --conditions=source --import tsx packages/flows/examples/browser-and-server-forms.ts
// One prebuilt registration form, two environments: Node resolves the exact e-mail lists, a browser bundle the
// compact filter. The filter's unsure verdict is a warning of an ok result, so the SUBMIT goes to the server.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { registrationForm } from '@gatehouse/flows/registration';
import { build } from 'esbuild';

const data = {
  givenName: 'Jane',
  familyName: 'Doe',
  company: 'Acme 2328 Inc',
  termsAccepted: true,
  email: 'jane.doe@acme-2328.com', // a hash collision in the browser filter, not a free provider
};
console.log('node   ', registrationForm.validate(data));

const bundle = await build({
  stdin: { contents: "export { registrationForm } from '@gatehouse/flows/registration';", resolveDir: import.meta.dirname },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  conditions: ['browser', 'source'],
  write: false,
});
const file = join(mkdtempSync(join(tmpdir(), 'gatehouse-')), 'registration.browser.mjs');
writeFileSync(file, bundle.outputFiles[0]!.text);
const browser = (await import(pathToFileURL(file).href)) as typeof import('@gatehouse/flows/registration');
const result = browser.registrationForm.validate(data);
console.log('browser', result.ok, result.ok && result.warnings?.map((w) => `${w.path} ${w.code} tentative=${w.params.tentative}`));
console.log('browser', browser.registrationForm.validate({ ...data, email: 'jane@gmail.com' }).ok, '(gmail.com is certain)');
