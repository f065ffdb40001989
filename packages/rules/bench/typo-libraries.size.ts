/**
 * Our typo check against the maintained "did you mean" libraries, on the same data: which share of keyboard
 * typos of the largest free providers each catches, how many real company domains (simple-icons and the known
 * near-misses) each would flag, and its size in a browser bundle. Prints a table; budgets nothing (a comparison,
 * the reason `@gatehouse/rules` ships its own check: docs/rules/email.md).
 */
import { gzipSync } from 'node:zlib';
import spellChecker from '@zootools/email-spell-checker';
import emailMisspelled, { top100 } from 'email-misspelled';
import { build } from 'esbuild';
// @ts-expect-error mailcheck ships no types; `run` is its documented entry.
import mailcheck from 'mailcheck';
import { checkBusinessEmail as browserCheck } from '../src/email/browser/index.js';
import { checkBusinessEmail as serverCheck } from '../src/email/index.js';
import { MAJOR_FREE_DOMAINS } from '../src/email/lists/supplement.js';
import { REAL_NEAR_MISSES, simpleIconsDomains, singleEdits } from '../test/near-miss-data.js';
import { isKeyboardTypo } from '../src/email/keyboard-typo.js';

type Suggest = (address: string) => string | undefined;

const misspelled = emailMisspelled({ domains: top100 });
const libraries: Array<{ name: string; suggest: Suggest; entry: string }> = [
  {
    name: 'mailcheck 1.1.1',
    // `run` fills in the default lists (`suggest` alone has none).
    suggest: (email) => mailcheck.run({ email, suggested: (s: { domain: string }) => s.domain, empty: () => undefined }),
    entry: "import m from 'mailcheck'; console.log(m.run({ email: 'a@gmial.com' }));",
  },
  {
    name: '@zootools/email-spell-checker 1.12.0',
    suggest: (email) => {
      let out: string | undefined;
      spellChecker.run({
        email,
        suggested: (s) => {
          out = s?.domain;
        },
        empty: () => undefined,
      });
      return out;
    },
    entry:
      "import s from '@zootools/email-spell-checker'; s.run({ email: 'a@gmial.com', suggested: console.log });",
  },
  {
    name: 'email-misspelled 4.4.0 (top100)',
    suggest: (email) => misspelled(email)[0]?.corrected?.split('@')[1],
    entry:
      "import e, { top100 } from 'email-misspelled'; console.log(e({ domains: top100 })('a@gmial.com'));",
  },
  {
    name: '@gatehouse/rules server (ours)',
    suggest: (email) => suggestionOf(serverCheck(email)),
    entry: '',
  },
  {
    name: '@gatehouse/rules browser (ours)',
    suggest: (email) => suggestionOf(browserCheck(email)),
    entry: '',
  },
];

function suggestionOf(verdict: ReturnType<typeof serverCheck>): string | undefined {
  if (verdict.ok) return verdict.hint?.params.suggestedDomain;
  // Anything the policy refuses for the domain's name counts as flagged (look-alike, typo, unknown ending).
  if (['free-provider-typo', 'lookalike-domain', 'unknown-tld'].includes(verdict.code)) return 'refused';
  return undefined;
}

async function gzipSize(entry: string): Promise<number> {
  if (!entry) return 0;
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length;
}

// Keyboard typos of the largest providers' names (what people actually type), plus the common endings.
const typos: string[] = [];
for (const domain of MAJOR_FREE_DOMAINS) {
  const name = domain.slice(0, domain.indexOf('.'));
  if (name.length < 5) continue;
  for (const variant of singleEdits(domain)) {
    const typed = variant.slice(0, variant.indexOf('.'));
    if (isKeyboardTypo(typed, name, { fixedFirst: true })) typos.push(variant);
  }
  for (const tld of ['co', 'cm', 'con', 'comm', 'cmo']) typos.push(`${name}.${tld}`);
}
const real = [...simpleIconsDomains(), ...REAL_NEAR_MISSES].filter((d) => serverCheck(`a.b@${d}`).ok);

console.log(`typos: ${typos.length} keyboard slips of ${MAJOR_FREE_DOMAINS.length} large providers; real: ${real.length} company domains`);
console.log('checker                              | typos caught | real flagged | gzip KB');
console.log('-------------------------------------|--------------|--------------|--------');
for (const lib of libraries) {
  const caught = typos.filter((d) => lib.suggest(`jane.doe@${d}`) !== undefined).length;
  const flagged = real.filter((d) => {
    const s = lib.suggest(`jane.doe@${d}`);
    return s !== undefined && s !== d;
  });
  const size = await gzipSize(lib.entry);
  console.log(
    `${lib.name.padEnd(37)}| ${`${((100 * caught) / typos.length).toFixed(1)} %`.padStart(12)} | ${`${flagged.length} (${((100 * flagged.length) / real.length).toFixed(1)} %)`.padStart(12)} | ${size ? (size / 1024).toFixed(2).padStart(6) : '  (in 14.96)'}`,
  );
  if (flagged.length > 0 && flagged.length < 15) console.log(`  flagged: ${flagged.join(' ')}`);
}
