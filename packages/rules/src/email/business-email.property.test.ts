import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBusinessEmail as checkInBrowser } from './browser/index.js';
import { checkBusinessEmail, createEmailPolicy, EMAIL_REJECTION_CODES, type EmailVerdict } from './index.js';

const policies = [
  ['server', checkBusinessEmail],
  ['browser', checkInBrowser],
] as const;

// Domains the policy has an opinion about, plus neutral company domains.
const domains = fc.constantFrom(
  'acme.com',
  'acme-industries.co.uk',
  'xn--mller-kva.de',
  'gmail.com',
  'yahoo.co.jp',
  'mail.gmx.de',
  'mailinator.com',
  'tutanota.com',
  'xn--gmil-63d.com',
  'sub.example.org',
);
const localParts = fc.oneof(
  fc.constantFrom('anna.schmidt', 'info', 'support-team', 'no-reply', 'steamer.j', 'helpdesk', 'j+tag'),
  fc.stringMatching(/^[a-z0-9]{1,12}(\.[a-z0-9]{1,12}){0,2}$/),
);

/** Rewrites a domain into a UTS #46-equivalent spelling: case, fullwidth, ignorable characters, trailing dot. */
function rewrite(domain: string, choices: number[]): string {
  let out = '';
  let i = 0;
  for (const ch of domain) {
    const choice = choices[i++ % choices.length] ?? 0;
    const code = ch.charCodeAt(0);
    if (choice === 1) out += ch.toUpperCase();
    else if (choice === 2 && code >= 0x21 && code <= 0x7e)
      out += String.fromCharCode(code + 0xfee0); // fullwidth
    else if (choice === 3)
      out += `${ch}\u00ad`; // soft hyphen: ignored by UTS #46
    else if (choice === 4 && ch === '.')
      out += '\u3002'; // ideographic full stop
    else out += ch;
  }
  return choices[0] === 5 ? `${out}.` : out;
}

const withoutInput = (verdict: EmailVerdict) => verdict;

describe.each(policies)('%s form: properties', (_name, check) => {
  it('never throws and always answers with a known code', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.string({ unit: 'binary' }),
          fc.emailAddress(),
        ),
        (input) => {
          const verdict = check(input);
          if (!verdict.ok) expect(EMAIL_REJECTION_CODES).toContain(verdict.code);
          else expect(verdict.address).toBe(`${verdict.localPart}@${verdict.domain}`);
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);

  it('accepted domains are lower-case A-labels within the RFC 5321 limits', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (input) => {
        const verdict = check(input);
        if (verdict.ok) {
          expect(verdict.domain).toMatch(/^[a-z0-9.-]+$/);
          expect(verdict.address.length).toBeLessThanOrEqual(254);
          expect(verdict.localPart.length).toBeLessThanOrEqual(64);
        }
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('the verdict is unchanged under case changes and UTS #46-equivalent rewrites of the domain', () => {
    fc.assert(
      fc.property(
        localParts,
        domains,
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 8 }),
        (local, domain, choices) => {
          expect(withoutInput(check(`${local}@${rewrite(domain, choices)}`))).toEqual(
            check(`${local}@${domain}`),
          );
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);

  it('changing the case of the whole address keeps the outcome', () => {
    fc.assert(
      fc.property(localParts, domains, (local, domain) => {
        const lower = check(`${local}@${domain}`);
        const upper = check(`${local.toUpperCase()}@${domain.toUpperCase()}`);
        expect(upper.ok ? 'ok' : upper.code).toBe(lower.ok ? 'ok' : lower.code);
      }),
    );
  });
});

describe('properties of the role and shared words', () => {
  it('a role word hidden inside another word never matches (tokens, not substrings)', () => {
    const policy = createEmailPolicy();
    fc.assert(
      fc.property(
        fc.constantFrom('info', 'sales', 'team', 'support', 'admin'),
        fc.stringMatching(/^[a-z]{2,6}$/),
        (word, pad) => {
          const verdict = policy.check(`${pad}${word}${pad}.smith@acme.com`);
          expect(verdict.ok).toBe(true);
        },
      ),
    );
  });

  it('any +tag is ignored', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{0,10}$/), (tag) => {
        expect(checkBusinessEmail(`info+${tag}@acme.com`)).toMatchObject({ code: 'generic-role' });
        expect(checkBusinessEmail(`anna+${tag}@acme.com`).ok).toBe(true);
      }),
    );
  });
});
