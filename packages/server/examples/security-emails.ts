// Prints every security e-mail in English and German, as the server words them.
// Run: node --conditions=source --import tsx packages/server/examples/security-emails.ts
import { mailText } from '../src/mail/mail-texts.js';
const at = new Date('2026-12-05T09:30:00Z');
for (const l of ['en', 'de']) {
  for (const [k, p] of [
    ['new-sign-in', { at, browser: 'Firefox', system: 'Linux', ip: '203.0.113.7' }],
    ['factor-added', { at, method: 'totp' }],
    ['factor-removed', { at, method: 'email' }],
    ['password-changed', { at }],
    ['recovery-code-used', { at, remaining: 9 }],
    [
      'email-change-requested',
      {
        at,
        to: 'a…@globex.test',
        until: new Date('2026-12-06T09:30:00Z'),
        cancel: 'https://portal.example/email-change-cancel.html?token=…',
      },
    ],
    ['email-changed', { at, to: 'a…@globex.test' }],
  ] as const) {
    const m = mailText(l, k as never, p as never);
    console.log(`--- ${l} ${k}\n${m.subject}\n\n${m.text}\n`);
  }
}
