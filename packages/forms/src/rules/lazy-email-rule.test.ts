import { EMAIL_ISSUE_CODES } from '@gatehouse/rules/email';
import * as browserPolicy from '@gatehouse/rules/email/browser';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileForm } from '../compile/compile-form.js';
import type { NamedRule } from '../engine/types.js';
import { businessEmailRule } from './business-email.browser.js';
import { type EmailPolicyModule, lazyBusinessEmailRuleFrom } from './lazy-email-rule.js';

// Flagged by the browser's hashed free-provider filter (a collision) although no provider: a tentative hit.
const FILTER_FALSE_POSITIVE = 'jane.doe@acme-10.com';

const definition = (options?: Record<string, unknown>) => ({
  id: 'lazy-email',
  schema: {
    type: 'object',
    properties: {
      email: {
        type: 'string',
        maxLength: 254,
        'x-rule': options ? { name: 'business-email', options } : 'business-email',
      },
      name: { type: 'string', maxLength: 80 },
    },
  },
});

/** A lazy rule whose module arrives when the test says so (the real browser policy, or a failure). */
function controlledRule() {
  let arrive!: (m: EmailPolicyModule) => void;
  let fail!: (e: Error) => void;
  const module = new Promise<EmailPolicyModule>((ok, no) => {
    arrive = ok;
    fail = no;
  });
  const load = vi.fn(() => module);
  const rule = lazyBusinessEmailRuleFrom(load, EMAIL_ISSUE_CODES);
  return { rule, load, arrive: () => arrive(browserPolicy), fail };
}

const codesOf = (r: ReturnType<ReturnType<typeof compileForm>['validate']>) =>
  r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`);

afterEach(() => vi.restoreAllMocks());

describe('the lazy browser business-email rule', () => {
  it('has the policy codes synchronously, without loading the policy', () => {
    const { rule, load } = controlledRule();
    expect(rule.codes).toEqual([...EMAIL_ISSUE_CODES]);
    expect(businessEmailRule.codes).toEqual([...EMAIL_ISSUE_CODES]);
    expect(load).not.toHaveBeenCalled();
  });

  it('accepts everything until the policy arrived, then rejects like the browser policy', async () => {
    const { rule, load, arrive } = controlledRule();
    const form = compileForm(definition(), { rules: [rule] });
    // Creating the form started the load; nothing is judged before the module is there.
    await Promise.resolve();
    expect(load).toHaveBeenCalledTimes(1);
    expect(form.validate({ email: 'jane@gmail.com' })).toEqual({
      ok: true,
      value: { email: 'jane@gmail.com' },
    });
    expect(form.validateField('/email', { email: 'jane@gmail.com' })).toEqual([]);
    let ready = false;
    void form.ready().then(() => {
      ready = true;
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(ready).toBe(false);

    arrive();
    await form.ready();
    expect(codesOf(form.validate({ email: 'jane@gmail.com' }))).toEqual(['/email free-provider']);
    expect(form.validateField('/email', { email: 'info@siemens.com' }).map((i) => i.code)).toEqual([
      'generic-role',
    ]);
    // A filter-only hit stays a warning: the server's exact lists decide.
    const tentative = form.validate({ email: FILTER_FALSE_POSITIVE });
    expect(tentative.ok).toBe(true);
    expect(tentative.ok && tentative.warnings?.map((w) => [w.code, w.params.tentative])).toEqual([
      ['free-provider', true],
    ]);
    // One load for the rule's lifetime, however many forms and ready() calls.
    compileForm(definition({ allow: ['gmail.com'] }), { rules: [rule] });
    await rule.ready();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('answers exactly as the browser policy once ready, for any string (property)', async () => {
    const { rule, arrive } = controlledRule();
    const check = rule.create({});
    arrive();
    await rule.ready();
    const policy = browserPolicy.createEmailPolicy();
    const domains = fc.constantFrom('gmail.com', 'siemens.com', 'mailinator.com', 'acme-10.com', 'gmx.de');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.tuple(fc.string(), domains).map(([l, d]) => `${l}@${d}`),
        ),
        (s) => {
          const verdict = policy.check(s);
          const got = check(s, { data: { email: s }, pointer: '/email' });
          expect(got).toEqual(verdict.ok ? null : { code: verdict.code, params: { ...verdict.params } });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the exported rule loads @gatehouse/rules/email/browser and keeps the same options', async () => {
    const form = compileForm(definition({ allow: ['gmail.com'] }), { rules: [businessEmailRule] });
    await form.ready();
    expect(form.validate({ email: 'jane@gmail.com' }).ok).toBe(true);
    expect(codesOf(form.validate({ email: 'jane@yahoo.com' }))).toEqual(['/email free-provider']);
  });

  it('checks options only once the policy is there (the option reader travels in the lazy chunk)', async () => {
    const { rule, load, arrive } = controlledRule();
    // Before: nothing to check with, and checking does not start the load (built forms never call it).
    expect(rule.validateOptions?.({ allow: 'siemens.com' })).toEqual([]);
    expect(load).not.toHaveBeenCalled();
    arrive();
    await rule.ready();
    expect(rule.validateOptions?.({ allow: ['siemens.com'], checks: { genericRole: false } })).toEqual([]);
    expect(rule.validateOptions?.({ allow: 'siemens.com' })).toEqual([
      'option "allow" must be an array of strings',
    ]);
    expect(rule.validateOptions?.({ alow: [] })?.[0]).toMatch(/option "alow" is unknown/);
    expect(rule.validateOptions?.({ checks: { freeProvider: 'no' } })).toEqual([
      'option "checks.freeProvider" must be true or false',
    ]);
    expect(() => compileForm(definition({ deny: 3 }), { rules: [rule] })).toThrow(
      /\/schema\/properties\/email.*"deny"/s,
    );
  });

  it('options of the wrong shape compiled before the policy arrived turn the rule off with one warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { rule, arrive } = controlledRule();
    const form = compileForm(definition({ deny: 3 }), { rules: [rule] });
    arrive();
    await form.ready();
    expect(form.validate({ email: 'jane@gmail.com' }).ok).toBe(true);
    expect(form.validate({ email: 'info@gmail.com' }).ok).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0])).toMatch(/"deny"/);
    expect(String(warn.mock.calls[0])).not.toMatch(/jane/);
  });

  it('a failed import keeps the form usable: permissive, ready() resolves, a warning without the address', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { rule, fail } = controlledRule();
    const form = compileForm(definition(), { rules: [rule] });
    fail(new Error('Failed to fetch dynamically imported module: https://host.example/chunk-X.js'));
    await expect(form.ready()).resolves.toBeUndefined();
    expect(form.validate({ email: 'jane@gmail.com' }).ok).toBe(true);
    expect(form.validateField('/email', { email: 'jane@gmail.com' })).toEqual([]);
    expect(codesOf(form.validate({ email: 5 }))).toEqual(['/email type']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(warn.mock.calls)).not.toContain('jane@');
  });

  it('a loader that throws synchronously or delivers no factory is a failed load too', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const load of [
      () => {
        throw new Error('blocked');
      },
      () => Promise.resolve({} as EmailPolicyModule),
    ]) {
      const rule = lazyBusinessEmailRuleFrom(load, EMAIL_ISSUE_CODES);
      const form = compileForm(definition(), { rules: [rule] });
      await form.ready();
      expect(form.validate({ email: 'jane@gmail.com' }).ok).toBe(true);
    }
  });

  it('options the policy refuses (only the shape was checked) turn the rule off instead of throwing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { rule, arrive } = controlledRule();
    const form = compileForm(definition({ allow: ['not a domain'] }), { rules: [rule] });
    arrive();
    await form.ready();
    expect(form.validate({ email: 'jane@gmail.com' }).ok).toBe(true);
    expect(form.validate({ email: 'jane@gmail.com' }).ok).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('CompiledForm.ready', () => {
  it('resolves at once for a form without lazy rules', async () => {
    const form = compileForm({
      id: 'eager',
      schema: { type: 'object', properties: { p: { type: 'string', maxLength: 30, 'x-rule': 'phone' } } },
    });
    let done = false;
    void form.ready().then(() => {
      done = true;
    });
    await Promise.resolve();
    expect(done).toBe(true);
    expect(form.ready()).toBe(form.ready());
  });

  it('waits for every lazy rule and resolves even when a host rule rejects or throws', async () => {
    let release!: () => void;
    const slow: NamedRule = {
      name: 'slow',
      codes: [],
      create: () => () => null,
      ready: () => new Promise<void>((ok) => (release = ok)),
    };
    const rejecting: NamedRule = { ...slow, name: 'rejecting', ready: () => Promise.reject(new Error('x')) };
    const throwing: NamedRule = {
      ...slow,
      name: 'throwing',
      ready: () => {
        throw new Error('y');
      },
    };
    const field = (rule: string) => ({ type: 'string', maxLength: 9, 'x-rule': rule });
    const form = compileForm(
      {
        id: 'lazy-hosts',
        schema: {
          type: 'object',
          properties: { a: field('slow'), b: field('slow'), c: field('rejecting'), d: field('throwing') },
        },
      },
      { rules: [slow, rejecting, throwing] },
    );
    let done = false;
    void form.ready().then(() => {
      done = true;
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(done).toBe(false);
    release();
    await form.ready();
    expect(done).toBe(true);
  });
});
