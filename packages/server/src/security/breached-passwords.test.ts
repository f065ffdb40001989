import { createHash } from 'node:crypto';
import { breachVerdict } from '@gatehouse/flows';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RangeApiStub, startRangeApiStub } from '../testing/range-api-stub.js';
import { countInRange, createRangeBreachedPasswordCheck, passwordSha1 } from './breached-passwords.js';

// SHA-1("password") as the breach service lists it.
const PASSWORD_SHA1 = '5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8';

let stub: RangeApiStub;
beforeAll(async () => {
  stub = await startRangeApiStub({ password: 52_256_179, 'Tr0ub4dor&3': 3 });
});
afterAll(() => stub?.close());
beforeEach(() => {
  stub.mode = 'normal';
  stub.requests.length = 0;
});

describe('breached-password range check', () => {
  it('hashes as the service does: SHA-1 of the UTF-8 bytes, upper-case hex', () => {
    expect(passwordSha1('password')).toBe(PASSWORD_SHA1);
    expect(passwordSha1('pässwort')).toBe(
      createHash('sha1').update(Buffer.from('pässwort', 'utf8')).digest('hex').toUpperCase(),
    );
  });

  it('finds a breached password with its count and passes an unknown one', async () => {
    const check = createRangeBreachedPasswordCheck({ baseUrl: stub.url });
    expect(await check.lookUp('password')).toEqual({ status: 'found', count: 52_256_179 });
    expect(await check.lookUp('Tr0ub4dor&3')).toEqual({ status: 'found', count: 3 });
    expect(await check.lookUp('a long passphrase nobody has used 7')).toEqual({ status: 'not-found' });
  });

  it('sends only the 5-character prefix: no password, no hash suffix, no body', async () => {
    const check = createRangeBreachedPasswordCheck({ baseUrl: `${stub.url}/` });
    await check.lookUp('password');
    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(request?.url).toBe(`/range/${PASSWORD_SHA1.slice(0, 5)}`);
    const wire = JSON.stringify(request) + stub.bodies.join('');
    expect(wire).not.toContain(PASSWORD_SHA1.slice(5));
    expect(wire.toLowerCase()).not.toContain(PASSWORD_SHA1.slice(5).toLowerCase());
    expect(wire).not.toContain('password"');
    expect(stub.bodies.at(-1)).toBe('');
  });

  it('asks for padding by default and ignores the count-0 decoys', async () => {
    const check = createRangeBreachedPasswordCheck({ baseUrl: stub.url });
    expect(await check.lookUp('password')).toMatchObject({ status: 'found' });
    expect(stub.requests[0]?.headers['add-padding']).toBe('true');
    // A decoy line with the wanted suffix and count 0 is not a finding.
    const suffix = PASSWORD_SHA1.slice(5);
    expect(countInRange(`${suffix}:0\r\n${'A'.repeat(35)}:4`, suffix)).toBe(0);
    const plain = createRangeBreachedPasswordCheck({ baseUrl: stub.url, padding: false });
    await plain.lookUp('password');
    expect(stub.requests[1]?.headers['add-padding']).toBeUndefined();
  });

  it('a slow service is "unknown (timeout)" within the timeout', async () => {
    stub.mode = 'slow';
    const check = createRangeBreachedPasswordCheck({ baseUrl: stub.url, timeoutMs: 200 });
    const started = Date.now();
    expect(await check.lookUp('password')).toEqual({ status: 'unknown', reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('garbage, an oversized body, an error status and a closed port are "unknown", never "not breached"', async () => {
    const check = createRangeBreachedPasswordCheck({ baseUrl: stub.url, maxResponseBytes: 100_000 });
    stub.mode = 'garbage';
    expect(await check.lookUp('password')).toEqual({ status: 'unknown', reason: 'invalid-response' });
    stub.mode = 'huge';
    expect(await check.lookUp('password')).toEqual({ status: 'unknown', reason: 'invalid-response' });
    stub.mode = 'error';
    expect(await check.lookUp('password')).toEqual({ status: 'unknown', reason: 'unavailable' });
    const nowhere = createRangeBreachedPasswordCheck({ baseUrl: 'http://127.0.0.1:9', timeoutMs: 2_000 });
    expect(await nowhere.lookUp('password')).toMatchObject({ status: 'unknown' });
  });

  it('the policy: fail open or closed on "unknown", and a minimum count', () => {
    const unknown = { status: 'unknown', reason: 'timeout' } as const;
    expect(breachVerdict(unknown)).toEqual({ ok: true });
    expect(breachVerdict(unknown, { minCount: 1, onUnknown: 'refuse' })).toEqual({
      ok: false,
      code: 'breach-check-unavailable',
      params: {},
    });
    const seenTwice = { status: 'found', count: 2 } as const;
    expect(breachVerdict(seenTwice)).toEqual({ ok: false, code: 'breached-password', params: { count: 2 } });
    expect(breachVerdict(seenTwice, { minCount: 10, onUnknown: 'allow' })).toEqual({ ok: true });
  });
});
