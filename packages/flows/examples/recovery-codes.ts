/**
 * Recovery codes end to end with a host's own ports (no Gatehouse server): the first factor brings a set, the
 * user saves it, and later a code passes the login's MFA step once. Runnable from the repository root:
 *
 *   node --conditions=source --import tsx packages/flows/examples/recovery-codes.ts
 */
import { createHash } from 'node:crypto';
import { loginMachine } from '../src/login/index.js';
import { mfaEnrollmentMachine } from '../src/mfa-enrollment/index.js';
import { generateRecoveryCodes, normalizeRecoveryCode } from '@gatehouse/rules/otp';
import { createActor, fromPromise, waitFor } from 'xstate';

// The host's store: only hashes of the codes (a real backend keys them with a server secret as well).
const stored = new Set<string>();
const hash = (code: string) => createHash('sha256').update(code).digest('hex');

/** Makes a set, keeps the hashes, hands the clear codes to the flow this one time. */
function issueCodes(): string[] {
  stored.clear();
  const codes = generateRecoveryCodes();
  for (const code of codes) stored.add(hash(normalizeRecoveryCode(code) as string));
  return codes;
}

// 1. MFA enrollment: the TOTP confirmation answers with the first set of recovery codes.
const enrollment = createActor(
  mfaEnrollmentMachine.provide({
    actors: {
      listFactors: fromPromise(async () => ({ factors: [], authenticatedAt: new Date().toISOString() })),
      startTotp: fromPromise(async () => ({
        enrollmentId: 'e1',
        secret: 'JBSWY3DPEHPK3PXP',
        otpauthUri: 'otpauth://totp/Portal:ada?secret=JBSWY3DPEHPK3PXP&issuer=Portal',
      })),
      // A real host checks the code against the secret here.
      confirmTotp: fromPromise(async () => ({ recoveryCodes: issueCodes() })),
    },
  }),
  { input: {} },
).start();
await waitFor(enrollment, (s) => s.matches('choosing'));
enrollment.send({ type: 'ENROLL', method: 'totp' });
await waitFor(enrollment, (s) => s.matches('scanning'));
enrollment.send({ type: 'SUBMIT', data: { code: '287082' } });
await waitFor(enrollment, (s) => s.matches('showingRecoveryCodes'));
const shown = enrollment.getSnapshot().context.recoveryCodes ?? [];
console.log('shown once:', shown.join(' '));
enrollment.send({ type: 'ACKNOWLEDGE' }); // "I have saved my codes"
console.log('enrollment ends in', enrollment.getSnapshot().value, '- codes left in the flow:', enrollment.getSnapshot().context.recoveryCodes);

// 2. Login: the backend offers `recovery` after the factors; verifyMfa uses a code up.
async function signIn(recoveryCode: string) {
  const login = createActor(
    loginMachine.provide({
      actors: {
        getSession: fromPromise(async () => null),
        authenticate: fromPromise(async () => ({
          status: 'mfa-required' as const,
          methods: ['totp' as const, 'recovery' as const],
        })),
        verifyMfa: fromPromise(async ({ input }) => {
          const key = input.method === 'recovery' ? normalizeRecoveryCode(input.code) : null;
          if (key === null || !stored.delete(hash(key))) return { status: 'invalid' as const };
          // Here a real backend also queues the "a recovery code was used" e-mail, in the same transaction.
          return { status: 'ok' as const, session: { user: { id: 'u1', email: 'ada@example.com' } } };
        }),
      },
    }),
    { input: {} },
  ).start();
  await waitFor(login, (s) => s.matches('credentials'));
  login.send({ type: 'SUBMIT', data: { email: 'ada@example.com', password: 'a long passphrase' } });
  await waitFor(login, (s) => s.matches({ mfaChallenge: 'awaitingCode' }));
  login.send({ type: 'SUBMIT', data: { method: 'recovery', recoveryCode } });
  await waitFor(login, (s) => s.matches('authenticated') || s.context.issues.length > 0);
  return login.getSnapshot();
}

const typed = (shown[0] as string).toUpperCase(); // case and dashes do not matter
const first = await signIn(typed);
console.log(`sign-in with ${typed}:`, first.value);
const second = await signIn(typed);
console.log(`the same code again:`, JSON.stringify(second.value), second.context.issues[0]?.code, 'at', second.context.issues[0]?.path);
console.log('unused codes left:', stored.size);
