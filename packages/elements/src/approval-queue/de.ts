/**
 * `@gatehouse/elements/approval-queue/de`: German for `<gate-approval-queue>` on `lang="de"` pages (and `de-AT`,
 * `de-CH`, …): its own texts plus the German every element shares (chrome, step issues, the forms' built-in
 * messages). A side effect only: import it beside `approval-queue/define`. Other elements' texts stay English
 * unless their own `/de` is imported (`@gatehouse/elements/locales/de` imports all of them).
 */
import '../locales/de/shared.js';
import { approvalQueue } from '../locales/de/approval-queue.js';
import { registerLocale } from '../locales/registry.js';

registerLocale('de', { elements: { 'approval-queue': approvalQueue } });
