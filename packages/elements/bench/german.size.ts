/**
 * What German costs a page, per element and all at once: esbuild bundle + minify + code splitting (conditions
 * source/browser/module/import/default, as the size bench), gzip -9 of each chunk the entry loads statically, summed.
 * Also checks what the bundles contain, so the numbers cannot come from a module that tree-shaking dropped: the
 * registration page with `registration/de` has its own German, the chrome, the forms' German, and no other
 * element's German. Exits 1 when a check fails.
 *
 * Run: `pnpm bench elements` (or cd packages/elements && node --conditions=source --import tsx bench/german.size.ts)
 */
import { readFileSync } from 'node:fs';
import { measurePage } from './measure-page.js';

/** Every element's German module, as `locales/de` imports them (a new element is measured without editing this). */
const ids = [
  ...readFileSync(new URL('../src/locales/de.ts', import.meta.url), 'utf8').matchAll(/from '\.\.\/([\w-]+)\/de\.js'|import '\.\.\/([\w-]+)\/de\.js'/g),
].map((m) => (m[1] ?? m[2]) as string);

/** Minified and gzip bytes of the chunks `entry` loads before anything else runs, and their text. */
async function measure(entry: string): Promise<{ min: number; gzip: number; text: string }> {
  const page = await measurePage(entry);
  return { ...page.initial, text: page.initialText };
}

const rows: [string, number, number][] = [];
const row = (name: string, m: { min: number; gzip: number }) => rows.push([name, m.min, m.gzip]);
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  if (!ok) failures.push(what);
};

const define = `import '@gatehouse/elements/registration/define';\n`;
const english = await measure(define);
const perElement = await measure(`${define}import '@gatehouse/elements/registration/de';`);
const all = await measure(`${define}import '@gatehouse/elements/locales/de';`);
row('<gate-registration> (English)', english);
row('<gate-registration> + registration/de', perElement);
row('<gate-registration> + locales/de (all elements)', all);

// esbuild writes non-ASCII characters as escapes (its default charset), so the probes are ASCII-only phrases.
check(perElement.text.includes('Firmenkonto registrieren'), 'registration/de: registration German missing');
check(perElement.text.includes('Eintrag {index} entfernen'), 'registration/de: chrome German missing');
check(perElement.text.includes('dieses Feld aus.'), 'registration/de: forms German missing');
check(
  perElement.text.includes('Dazu sind Sie nicht berechtigt.'),
  'registration/de: step issues German missing',
);
check(!english.text.includes('Firmenkonto registrieren'), 'English page: carries German');
check(!perElement.text.includes('Sie werden angemeldet'), 'registration/de: carries login German');
check(
  !perElement.text.includes('Zu prüfende Registrierungen'),
  'registration/de: carries approval-queue German',
);
check(all.text.includes('Sie werden angemeldet'), 'locales/de: login German missing');

const alone: [string, { min: number; gzip: number }][] = [];
for (const id of ids) alone.push([`${id}/de alone`, await measure(`import '@gatehouse/elements/${id}/de';`)]);
const shared = await measure(`import './src/locales/de/shared.ts';`);
const allAlone = await measure(`import '@gatehouse/elements/locales/de';`);
const forms = await measure(`import '@gatehouse/forms/locales/de';`);

const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
const bytes = (n: number) => n.toLocaleString('en').padStart(8);
console.log(
  `${'page (first load, chunks loaded statically)'.padEnd(52)} ${'min KB'.padStart(7)} ${'gzip KB'.padStart(7)} ${'gzip B'.padStart(8)}  vs English`,
);
for (const [name, min, gz] of rows)
  console.log(
    `${name.padEnd(52)} ${kb(min)} ${kb(gz)} ${bytes(gz)}  ${gz === english.gzip ? '' : `+${(gz - english.gzip).toLocaleString('en')} B`}`,
  );
console.log('');
console.log(
  `${'German module alone'.padEnd(52)} ${'min KB'.padStart(7)} ${'gzip KB'.padStart(7)} ${'gzip B'.padStart(8)}  vs shared`,
);
for (const [name, m] of [...alone, [`locales/de (all ${ids.length})`, allAlone] as const])
  console.log(
    `${name.padEnd(52)} ${kb(m.min)} ${kb(m.gzip)} ${bytes(m.gzip)}  ${m.gzip >= shared.gzip ? '+' : '-'}${Math.abs(m.gzip - shared.gzip).toLocaleString('en')} B`,
  );
console.log(
  `${'shared only (chrome, step issues, forms German)'.padEnd(52)} ${kb(shared.min)} ${kb(shared.gzip)} ${bytes(shared.gzip)}`,
);
console.log(
  `${'  of which @gatehouse/forms/locales/de'.padEnd(52)} ${kb(forms.min)} ${kb(forms.gzip)} ${bytes(forms.gzip)}`,
);

if (failures.length > 0) {
  console.error(`\n${failures.join('\n')}`);
  process.exit(1);
}
