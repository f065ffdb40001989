/**
 * Regenerates `common-passwords.data.ts` from the installed @zxcvbn-ts/language-common:
 *   node --conditions=source --import tsx packages/rules/src/password/common-passwords.generate.ts
 * `common-passwords.test.ts` fails when the data file no longer matches the installed list.
 */
import { writeFileSync } from 'node:fs';
import { commonPasswordsDataModule } from './common-passwords.source.js';

const target = new URL('./common-passwords.data.ts', import.meta.url);
const { text, count } = await commonPasswordsDataModule();
writeFileSync(target, text);
console.log(`wrote ${count} passwords to ${target.pathname}`);
