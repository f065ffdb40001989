// What the server's `/forms/<id>.js` answers, for the element tests: a form and which published version it is.
import { fixtureForm } from '../fixture-form.ts';

export const form = fixtureForm();
export const published = { id: 'demo', version: 3, hash: 'sha256-test' };
