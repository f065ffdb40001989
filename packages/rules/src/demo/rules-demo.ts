/**
 * The CLI demo `pnpm start` runs until the portal exists: checks the addresses given as arguments (or a built-in
 * sample of good and bad ones) with the business e-mail policy, server and browser forms, and prints each
 * verdict's code and a human message.
 * Usage: `pnpm start -- anna@acme.com john@gmail.com` (add `--protect acme.com` to protect a host domain).
 */
import { createEmailPolicy as createBrowserPolicy } from '../email/browser/index.js';
import { createEmailPolicy, EMAIL_LIST_SOURCES, type EmailVerdict } from '../email/index.js';

const SAMPLE = [
  'anna.schmidt@acme-industries.com',
  'j.doe+crm@northwind.co.uk',
  'steamer.j@acme.com',
  'kim@müller.de',
  'john@gmail.com',
  'john@ｇｍａｉｌ.com',
  'jane@tutanota.com',
  'temp@mailinator.com',
  'info@acme.com',
  'support-team@acme.com',
  'john@gmаil.com',
  'ceo@acrne.com',
  'a..b@acme.com',
  'john@localhost',
  'jane.doe@micros0ft.com',
  'jane.doe@gmail.co',
  'jane.doe@acme.c',
  'jane.doe@microsft.com',
];

/** A human sentence for a verdict, in the words a registration form would use. */
function message(verdict: EmailVerdict): string {
  if (verdict.ok)
    return verdict.hint
      ? `accepted as ${verdict.address}; did you mean ${verdict.hint.params.suggestion}?`
      : `accepted as ${verdict.address}`;
  switch (verdict.code) {
    case 'invalid-syntax':
      return `not a valid e-mail address (${verdict.params.reason}${verdict.params.max ? `, limit ${verdict.params.max}` : ''})`;
    case 'free-provider':
      return `${verdict.params.listed} is a free mail provider: please use your company address`;
    case 'disposable':
      return `${verdict.params.listed} is a throwaway mail service: please use your company address`;
    case 'denied-domain':
      return `addresses at ${verdict.params.listed} cannot register here`;
    case 'lookalike-domain':
      return verdict.params.reason === 'mixed-script'
        ? `${verdict.params.unicodeDomain} mixes ${verdict.params.scripts?.join(' and ')} letters: please check the domain`
        : `${verdict.params.unicodeDomain} looks like ${verdict.params.imitates} but is a different domain`;
    case 'generic-role':
      return `"${verdict.params.localPart}" is a role mailbox (${verdict.params.word}): please use your personal address`;
    case 'shared-mailbox':
      return `"${verdict.params.localPart}" is a shared mailbox (${verdict.params.word}): please use your personal address`;
    case 'free-provider-typo':
      return `did you mean ${verdict.params.suggestion}? Free e-mail providers are not allowed`;
    case 'unknown-tld':
      return `.${verdict.params.tld} is not a top-level domain${verdict.params.suggestion ? `: did you mean ${verdict.params.suggestion}?` : ''}`;
  }
}

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const protectAt = args.indexOf('--protect');
const protectedDomains = protectAt === -1 ? ['acme.com'] : [args[protectAt + 1] ?? ''];
const addresses = args.filter((_, i) => protectAt === -1 || (i !== protectAt && i !== protectAt + 1));
const policy = createEmailPolicy({ protectedDomains });
const browserPolicy = createBrowserPolicy({ protectedDomains });

const sources = EMAIL_LIST_SOURCES;
console.log(
  `Business e-mail policy — free-email-domains ${sources['free-email-domains'].version}, ` +
    `disposable-email-domains-js ${sources['disposable-email-domains-js'].version}; protected: ${protectedDomains.join(', ')}\n`,
);
for (const input of addresses.length > 0 ? addresses : SAMPLE) {
  const verdict = policy.check(input);
  const browser = browserPolicy.check(input);
  const label = verdict.ok ? 'ok' : verdict.code;
  const browserNote =
    (browser.ok ? 'ok' : browser.code) !== label ||
    (!browser.ok && 'tentative' in browser.params && browser.params.tentative)
      ? `   [browser: ${browser.ok ? 'ok' : browser.code}${!browser.ok && 'tentative' in browser.params && browser.params.tentative ? ', tentative' : ''}]`
      : '';
  console.log(`${input.padEnd(36)} ${label.padEnd(17)} ${message(verdict)}${browserNote}`);
}
