import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildForm } from '../build/build-form.js';
import { compileForm } from '../compile/compile-form.js';
import { dateRule, resolveDateBound, todayIn } from './date.js';

const claim = {
  id: 'claim-dates',
  schema: {
    type: 'object',
    properties: {
      purchaseDate: {
        type: 'string',
        format: 'date',
        maxLength: 10,
        'x-rule': { name: 'date', options: { notAfter: 'today', notBefore: 'today-5y' } },
      },
      failureDate: {
        type: 'string',
        format: 'date',
        maxLength: 10,
        'x-rule': { name: 'date', options: { notBefore: '/purchaseDate', notAfter: 'today' } },
      },
    },
    required: ['purchaseDate'],
  },
};

afterEach(() => vi.useRealTimers());

describe('date rule', () => {
  it('resolves today, relative and field bounds in a time zone', () => {
    const noon = Date.UTC(2026, 0, 31, 23, 30); // 31 Jan 23:30 UTC is already 1 Feb in Berlin
    expect(todayIn('UTC', noon)).toBe('2026-01-31');
    expect(todayIn('Europe/Berlin', noon)).toBe('2026-02-01');
    expect(resolveDateBound('today+1m', {}, 'UTC', noon)).toBe('2026-02-28');
    expect(resolveDateBound('today-1y', {}, 'UTC', noon)).toBe('2025-01-31');
    expect(resolveDateBound('today-2w', {}, 'UTC', noon)).toBe('2026-01-17');
    expect(resolveDateBound('/a', { a: '2020-02-29' })).toBe('2020-02-29');
    expect(resolveDateBound('/a', { a: 'nope' })).toBeUndefined();
  });

  it('refuses a purchase date in the future and a failure before the purchase, declared in the form only', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 5, 15, 12) });
    const form = compileForm(claim);
    expect(form.validate({ purchaseDate: '2026-06-15' }).ok).toBe(true);
    const future = form.validate({ purchaseDate: '2026-06-16' });
    expect(future.ok ? [] : future.issues.map((i) => [i.path, i.code, i.message])).toEqual([
      ['/purchaseDate', 'date-in-future', 'The date cannot be in the future.'],
    ]);
    const early = form.validate({ purchaseDate: '2026-03-01', failureDate: '2026-02-01' });
    expect(early.ok ? [] : early.issues.map((i) => [i.path, i.code, i.params])).toEqual([
      ['/failureDate', 'date-too-early', { min: '2026-03-01' }],
    ]);
    // Changing the purchase date re-checks the failure date (it depends on it).
    expect(
      form
        .validateField('/purchaseDate', { purchaseDate: '2026-03-01', failureDate: '2026-02-01' })
        .map((i) => i.code),
    ).toEqual(['date-too-early']);
    const old = form.validate({ purchaseDate: '2020-01-01' });
    expect(old.ok ? [] : old.issues.map((i) => i.code)).toEqual(['date-too-early']);
    const malformed = form.validate({ purchaseDate: '2026-02-30' });
    expect(malformed.ok ? [] : malformed.issues.map((i) => i.code)).toEqual(['format']);
    expect(form.fields()[0]).toMatchObject({ widget: 'date', constraints: { notAfter: 'today' } });
  });

  it('gives the built module (browser) the same verdicts as the runtime compiler (server)', async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 5, 15, 12), toFake: ['Date'] });
    const built = await buildForm(claim);
    const file = join(mkdtempSync(join(tmpdir(), 'gatehouse-date-')), 'claim-dates.js');
    writeFileSync(file, built.code);
    const mod = await import(pathToFileURL(file).href);
    const runtime = compileForm(claim);
    for (const data of [
      { purchaseDate: '2026-06-16' },
      { purchaseDate: '2026-06-15', failureDate: '2026-06-14' },
      { purchaseDate: 'x' },
      {},
    ]) {
      expect(mod.form.validate(data)).toEqual(runtime.validate(data));
    }
  });

  it("says a bound date in the reader's locale, the same in the built module (browser) and the runtime (server)", async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 5, 15, 12), toFake: ['Date'] });
    const data = { purchaseDate: '2026-03-06', failureDate: '2026-02-01' };
    const built = await buildForm(claim);
    const file = join(mkdtempSync(join(tmpdir(), 'gatehouse-date-')), 'claim-dates-locale.js');
    writeFileSync(file, built.code);
    const mod = await import(pathToFileURL(file).href);
    await import('../locales/de.js');
    for (const form of [compileForm(claim), mod.form]) {
      const early = form.validate(data);
      const issue = early.ok ? undefined : early.issues[0];
      // The params stay ISO (data for programs); only the sentence shows the date as the reader writes it.
      expect(issue?.params).toEqual({ min: '2026-03-06' });
      expect(form.messagesFor('en').issue(issue)).toBe('Please enter Mar 6, 2026 or later.');
      expect(form.messagesFor('en-GB').issue(issue)).toBe('Please enter 6 Mar 2026 or later.');
      expect(form.messagesFor('de').issue(issue)).toBe(
        'Bitte geben Sie den 06.03.2026 oder ein späteres Datum ein.',
      );
    }
  });

  it('names wrong options', () => {
    expect(dateRule.validateOptions?.({ notAfter: 'tomorrow', zone: 1, timeZone: 'Mars/Base' })).toEqual([
      'option "zone" is unknown (known: notBefore, notAfter, timeZone)',
      expect.stringContaining('option "notAfter" must be "today"'),
      'option "timeZone" must be an IANA time zone such as "Europe/Berlin"',
    ]);
  });
});
