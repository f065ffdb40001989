/**
 * Bundle-size budgets of the elements: esbuild bundle + minify for the browser, then gzip -9.
 * Prints one table and exits 1 when any bundle is over its budget.
 *
 * Bundles measured: a page that registers only `<gate-form>`, a page with only `<gate-registration>` (Lit, XState,
 * the machine, its build-time compiled form, the fetch adapter, persistence), and every element
 * (`@gatehouse/elements/define`). Built with code splitting, as a host's bundler does: the budget holds for the
 * chunks a page loads before its first render; chunks reached only through `import()` (the browser e-mail policy,
 * which starts loading when a form using `business-email` is created) are printed beside it, and the total too, so
 * moving bytes into a lazy chunk never hides them. An over-budget row prints its largest inputs.
 */
import { measurePage } from './measure-page.js';

interface Budget {
  name: string;
  entry: string;
  budgetKb: number;
  /** False for rows printed for comparison only (no budget of the issue): never fail the check. */
  enforced: boolean;
}

const budgets: Budget[] = [
  { name: '<gate-form> only (lit + renderer)', entry: `import '@gatehouse/elements/form/define';`, budgetKb: 20, enforced: true },
  {
    name: '<gate-registration> only (lit, xstate, machine, forms)',
    entry: `import '@gatehouse/elements/registration/define';`,
    budgetKb: 40,
    enforced: true,
  },
  {
    // Not a budget of the issue: printed beside registration because a sign-in page is what Okta's widget is.
    name: '<gate-login> only (lit, xstate, machine, forms)',
    entry: `import '@gatehouse/elements/login/define';`,
    budgetKb: 40,
    enforced: false,
  },
  {
    name: 'all flow elements (define)',
    entry: `import '@gatehouse/elements/define';`,
    budgetKb: 90,
    enforced: true,
  },
];

/** The biggest contributors of a bundle (minified bytes by package or source folder), for the printed breakdown. */
function contributors(outs: import('esbuild').Metafile['outputs'][string][]): string {
  const by = new Map<string, number>();
  for (const [file, v] of outs.flatMap((out) => Object.entries(out.inputs))) {
    const key = file
      .replace(/.*node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*/, '$1')
      .replace(/^(\.\.\/)+/, '')
      .replace(/^packages\/([^/]+)\/(src|generated)\/([^/]+).*/, '$1/$3');
    by.set(key, (by.get(key) ?? 0) + v.bytesInOutput);
  }
  return [...by]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([k, v]) => `${k} ${(v / 1024).toFixed(1)}`)
    .join(' · ');
}

let over = 0;
const rows: string[] = [];
const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(8);
for (const b of budgets) {
  try {
    const { initial, lazy, initialOutputs } = await measurePage(b.entry);
    const top = contributors(initialOutputs);
    const ok = initial.gzip <= b.budgetKb * 1024;
    if (!ok && b.enforced) over += 1;
    const left = b.budgetKb * 1024 - initial.gzip;
    const verdict = `${ok ? 'ok' : b.enforced ? 'OVER' : 'over (printed, not a budget)'} (${initial.gzip.toLocaleString('en')} B, ${Math.abs(left).toLocaleString('en')} B ${left >= 0 ? 'to spare' : 'too many'})`;
    rows.push(`${b.name.padEnd(60)} ${kb(initial.min)} ${kb(initial.gzip)} ${kb(lazy.gzip)} ${kb(initial.gzip + lazy.gzip)} ${String(b.budgetKb).padStart(7)}  ${verdict}`);
    if (!ok) rows.push(`    largest inputs, min KB: ${top}`);
  } catch (error) {
    over += 1;
    rows.push(`${b.name.padEnd(60)} build failed: ${(error as Error).message.split('\n')[0]}`);
  }
}
console.log(
  `${'bundle'.padEnd(60)} ${'min KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'+ lazy'.padStart(8)} ${'= total'.padStart(8)} ${'budget'.padStart(7)}`,
);
for (const row of rows) console.log(row);
console.log('gzip KB: chunks loaded before the first render (budgeted); + lazy: chunks loaded later by import().');
process.exit(over === 0 ? 0 : 1);
