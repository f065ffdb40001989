/**
 * `pnpm bench rules`: TOTP verifications/s (default window ±1, so three HMACs each), HOTP generation,
 * e-mail/SMS code issue and verify, support-PIN verification. Web Crypto in Node 20.
 */
import { Bench } from 'tinybench';
import { generateHotp, generateTotp, issueCode, verifyCode, verifyTotp } from '../src/otp/index.js';
import { deriveSupportPin, verifySupportPin } from '../src/pin/index.js';
import { runAndPrint } from './otp-and-password-table.js';

const secret = new TextEncoder().encode('12345678901234567890');
const time = 1_700_000_000_000;
const code = await generateTotp({ secret, time });
const wrong = code === '000000' ? '000001' : '000000';
const pepper = new Uint8Array(32).fill(1);
const issued = await issueCode({ ttl: { minutes: 10 }, now: time });
const peppered = await issueCode({ ttl: { minutes: 10 }, now: time, pepper });
const pin = await deriveSupportPin({ secret, time });

const bench = new Bench({ time: 400, warmupTime: 100 });
bench
  .add('generateHotp (SHA-1)', () => generateHotp({ secret, counter: 42 }))
  .add('verifyTotp, right code (SHA-1, window ±1)', () => verifyTotp({ secret, time, code }))
  .add('verifyTotp, wrong code (SHA-1, window ±1)', () => verifyTotp({ secret, time, code: wrong }))
  .add('verifyTotp, right code (SHA-512, window ±1)', () => verifyTotp({ secret, time, code, algorithm: 'SHA-512' }))
  .add('issueCode (SHA-256 hash)', () => issueCode({ ttl: { minutes: 10 }, now: time }))
  .add('verifyCode, right code (SHA-256)', () => verifyCode(issued.record, issued.code, time))
  .add('verifyCode, wrong code (SHA-256)', () => verifyCode(issued.record, '123456', time))
  .add('verifyCode, right code (HMAC with pepper)', () => verifyCode(peppered.record, peppered.code, time, { pepper }))
  .add('verifySupportPin (current + previous period)', () => verifySupportPin({ secret, pin, time }));

await runAndPrint('One-time secrets (Web Crypto, async)', bench);
