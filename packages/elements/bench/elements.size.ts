/**
 * Bundle-size budgets of the elements, gzip -9 of what a page loads before its first render, bundled twice from the
 * same sources: by Vite (Rolldown), the bundler the consumer test builds the registration embed with, which the
 * budget is checked against; and by esbuild, printed beside it with the lazy chunks and the largest inputs
 * (esbuild's minifier leaves about 5 % more). Prints one table and exits 1 when any bundle is over its budget.
 *
 * Bundles measured: a page that registers only `<gate-form>`, a page with only `<gate-registration>` (Lit, XState,
 * the machine, its build-time compiled form, the fetch adapter, persistence), and every element
 * (`@gatehouse/elements/define`). Built with code splitting, as a host's bundler does: the budget holds for the
 * chunks a page loads before its first render; chunks reached only through `import()` (the browser e-mail policy,
 * which starts loading when a form using `business-email` is created) are printed beside it, and the total too, so
 * moving bytes into a lazy chunk never hides them. An over-budget row prints its largest inputs.
 */
import { measurePage } from './measure-page.js';
import { measurePageWithVite } from './measure-page-vite.js';

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
const bytes = (n: number) => n.toLocaleString('en');
for (const b of budgets) {
  try {
    const [{ initial, lazy, initialOutputs }, vite] = await Promise.all([measurePage(b.entry), measurePageWithVite(b.entry)]);
    const ok = vite <= b.budgetKb * 1024;
    if (!ok && b.enforced) over += 1;
    const left = b.budgetKb * 1024 - vite;
    const verdict = `${ok ? 'ok' : b.enforced ? 'OVER' : 'over (printed, not a budget)'} (${bytes(vite)} B, ${bytes(Math.abs(left))} B ${left >= 0 ? 'to spare' : 'too many'})`;
    rows.push(
      `${b.name.padEnd(60)} ${kb(vite)} ${kb(initial.min)} ${kb(initial.gzip)} ${kb(lazy.gzip)} ${kb(initial.gzip + lazy.gzip)} ${String(b.budgetKb).padStart(7)}  ${verdict}`,
    );
    if (!ok) rows.push(`    largest inputs, min KB: ${contributors(initialOutputs)}`);
  } catch (error) {
    over += 1;
    rows.push(`${b.name.padEnd(60)} build failed: ${(error as Error).message.split('\n')[0]}`);
  }
}
console.log(
  `${'bundle'.padEnd(60)} ${'Vite gz'.padStart(8)} ${'es min'.padStart(8)} ${'es gz'.padStart(8)} ${'+ lazy'.padStart(8)} ${'= total'.padStart(8)} ${'budget'.padStart(7)}`,
);
for (const row of rows) console.log(row);
console.log(
  'KB. Vite gz: Vite (Rolldown) first load, checked against the budget (as the consumer test); es: esbuild first load (min, gzip), + lazy: chunks loaded later by import().',
);
process.exit(over === 0 ? 0 : 1);
