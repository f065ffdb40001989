import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DnsStub, startDnsStub } from '../testing/dns-stub.js';
import { createDnsMailDomainResolver } from './mail-domain-resolver.js';

let stub: DnsStub;
beforeAll(async () => {
  stub = await startDnsStub({
    'acme-widgets.com': { mx: [{ priority: 10, exchange: 'mx1.acme-widgets.com' }] },
    'only-a.com': { a: ['192.0.2.10'] },
    'only-aaaa.com': { aaaa: ['2001:db8::25'] },
    'no-mail.com': { mx: [{ priority: 0, exchange: '' }] },
    'empty.com': {},
    'broken.com': { servfail: true },
    'slow.com': { silent: true },
    'xn--mller-kva.de': { mx: [{ priority: 5, exchange: 'mail.xn--mller-kva.de' }] },
  });
});
afterAll(() => stub?.close());

describe('the node:dns mail-domain resolver against a local DNS stub', () => {
  const resolver = () => createDnsMailDomainResolver({ servers: [stub.server], timeoutMs: 400 });

  it('tells MX, implicit MX (A or AAAA only), null MX, no domain and empty domains apart', async () => {
    const r = resolver();
    expect(await r.mailDomain('acme-widgets.com')).toBe('mx');
    expect(await r.mailDomain('xn--mller-kva.de')).toBe('mx');
    expect(await r.mailDomain('only-a.com')).toBe('implicit');
    expect(await r.mailDomain('only-aaaa.com')).toBe('implicit');
    expect(await r.mailDomain('no-mail.com')).toBe('null-mx');
    expect(await r.mailDomain('does-not-exist.com')).toBe('none');
    expect(await r.mailDomain('empty.com')).toBe('none');
  });

  it('fails open: a server failure or a timeout is unknown, within the timeout', async () => {
    const r = resolver();
    expect(await r.mailDomain('broken.com')).toBe('unknown');
    const started = Date.now();
    expect(await r.mailDomain('slow.com')).toBe('unknown');
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('caches answers (not unknown ones) until they expire', async () => {
    let now = 0;
    const r = createDnsMailDomainResolver({
      servers: [stub.server],
      timeoutMs: 400,
      cacheTtlMs: 1_000,
      now: () => now,
    });
    const before = stub.queries();
    await r.mailDomain('acme-widgets.com');
    await r.mailDomain('acme-widgets.com');
    expect(stub.queries() - before).toBe(1);
    now = 2_000;
    await r.mailDomain('acme-widgets.com');
    expect(stub.queries() - before).toBe(2);
    const failures = stub.queries();
    await r.mailDomain('broken.com');
    await r.mailDomain('broken.com');
    expect(stub.queries() - failures).toBeGreaterThanOrEqual(2);
  });

  it('keeps at most cacheSize domains', async () => {
    const r = createDnsMailDomainResolver({ servers: [stub.server], timeoutMs: 400, cacheSize: 1 });
    await r.mailDomain('acme-widgets.com');
    await r.mailDomain('only-a.com');
    const before = stub.queries();
    await r.mailDomain('acme-widgets.com'); // evicted by only-a.com
    expect(stub.queries() - before).toBe(1);
  });
});
