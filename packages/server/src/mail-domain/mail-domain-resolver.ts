/**
 * Can a domain receive e-mail? The resolver port the registration asks (optional: a server without one checks no
 * DNS), and its default implementation on `node:dns` with a per-query timeout and a bounded answer cache.
 */
import { Resolver } from 'node:dns/promises';

/**
 * What DNS says about a domain's mail:
 * - `mx`: it has MX records;
 * - `implicit`: no MX, but an A/AAAA record, which RFC 5321 §5.1 uses as the mail host (deliverable, but unusual
 *   for a company: a soft signal for the reviewer);
 * - `none`: the domain does not exist, or has neither MX nor address records;
 * - `null-mx`: it declares that it accepts no mail (RFC 7505, `MX 0 .`);
 * - `unknown`: DNS did not answer in time or failed; the registration is not refused for it.
 */
export type MailDomainAnswer = 'mx' | 'implicit' | 'none' | 'null-mx' | 'unknown';

/** The port: one question, never throws. Hosts may provide their own (a DNS-over-HTTPS client, a fixture). */
export interface MailDomainResolver {
  /** Answers for a lower-case A-label domain (`xn--mller-kva.de`). */
  mailDomain(domain: string): Promise<MailDomainAnswer>;
}

/** Options of {@link createDnsMailDomainResolver}. */
export interface DnsMailDomainOptions {
  /** DNS servers (`['127.0.0.1:5353']`); default: the system's. */
  servers?: readonly string[];
  /** Per query, in ms (node:dns retries once within it). Default 2,000. */
  timeoutMs?: number;
  /** How long an answer is reused, in ms. Default 10 min; `unknown` answers are not cached. */
  cacheTtlMs?: number;
  /** At most this many domains are cached (the oldest go first). Default 10,000. */
  cacheSize?: number;
  /** The clock, for tests. */
  now?: () => number;
}

// node:dns error codes that mean "no such data" rather than "DNS failed".
const NO_DATA = new Set(['ENODATA', 'ENOTFOUND', 'NXDOMAIN']);

/**
 * The default resolver: MX first; without MX, A then AAAA (implicit MX); a lone MX with an empty exchange is a
 * null MX. Timeouts, refused connections and server failures answer `unknown` (fail open: a DNS outage must not
 * stop registrations). Answers are cached per domain, so a burst of registrations from one company asks once.
 */
export function createDnsMailDomainResolver(options: DnsMailDomainOptions = {}): MailDomainResolver {
  const timeout = options.timeoutMs ?? 2_000;
  const resolver = new Resolver({ timeout: Math.max(1, Math.floor(timeout / 2)), tries: 2 });
  if (options.servers) resolver.setServers([...options.servers]);
  const ttl = options.cacheTtlMs ?? 10 * 60_000;
  const size = options.cacheSize ?? 10_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { answer: MailDomainAnswer; expires: number }>();

  const has = async (query: () => Promise<unknown[]>): Promise<boolean | 'failed'> => {
    try {
      return (await query()).length > 0;
    } catch (error) {
      return NO_DATA.has((error as { code?: string }).code ?? '') ? false : 'failed';
    }
  };

  const lookUp = async (domain: string): Promise<MailDomainAnswer> => {
    let records: Array<{ exchange: string; priority: number }>;
    try {
      records = await resolver.resolveMx(domain);
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (code === 'ENOTFOUND' || code === 'NXDOMAIN') return 'none';
      if (code !== 'ENODATA') return 'unknown';
      records = [];
    }
    if (records.length === 1 && (records[0]?.exchange ?? '') === '') return 'null-mx';
    if (records.length > 0) return 'mx';
    const v4 = await has(() => resolver.resolve4(domain));
    if (v4 === true) return 'implicit';
    const v6 = await has(() => resolver.resolve6(domain));
    if (v6 === true) return 'implicit';
    return v4 === 'failed' || v6 === 'failed' ? 'unknown' : 'none';
  };

  return {
    async mailDomain(domain) {
      const cached = cache.get(domain);
      if (cached && cached.expires > now()) return cached.answer;
      cache.delete(domain);
      const answer = await lookUp(domain);
      if (answer !== 'unknown') {
        if (cache.size >= size) cache.delete(cache.keys().next().value as string);
        cache.set(domain, { answer, expires: now() + ttl });
      }
      return answer;
    },
  };
}
