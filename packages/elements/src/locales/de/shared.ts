/**
 * The German every element shares: the chrome of `<gate-form>` and the flow shells, the whole-step issue texts, the
 * bot defence's progress, and the forms' built-in issue messages (`@gatehouse/forms/locales/de`). A side effect only, imported by each
 * `<element>/de` module; a page importing several of them evaluates it once per bundle, and a second copy (two
 * bundles) registers the same keys again, which `registerLocale` merges key by key to the same texts.
 */
import '@gatehouse/forms/locales/de';
import { registerLocale } from '../registry.js';
import { issues } from './issues.js';
import { proofOfWork } from './proof-of-work.js';
import { de as ui } from './ui.js';

registerLocale('de', { ui, issues, elements: { proofOfWork } });
