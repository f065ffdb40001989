import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAccount } from '../accounts/seed.js';
import { reseal } from '../cli/reseal.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { TEST_SCRYPT, TestClient, testServer } from '../testing/test-server.js';
import { resolveSecretBox } from './encryption-key.js';
import { createKeyRing, decodeEncryptionKeys } from './key-ring.js';
import { openPinSecret } from './pin-secrets.js';
import { resealSecrets } from './reseal.js';
import { createSecretBox, sealedKeyId } from './secret-box.js';
import { totpContext } from './totp-secrets.js';

const key = () => randomBytes(32).toString('base64');

describe('encryption keys: several, newest first', () => {
  it('the newest key seals, every listed key opens, a key not listed does not', () => {
    const [a, b] = [key(), key()];
    const old = createKeyRing(decodeEncryptionKeys(a));
    const sealed = old.seal('JBSWY3DPEHPK3PXP', 'totp:acc_1');
    const ring = createKeyRing(decodeEncryptionKeys(` ${b} , ${a} `));
    expect(ring.open(sealed, 'totp:acc_1')).toEqual({ ok: true, value: 'JBSWY3DPEHPK3PXP' });
    const fresh = ring.seal('JBSWY3DPEHPK3PXP', 'totp:acc_1');
    expect(sealedKeyId(fresh)).toBe(createSecretBox(decodeEncryptionKeys(b)[0] as Uint8Array).keyId);
    expect(sealedKeyId(fresh)).not.toBe(old.keyId);
    expect(createKeyRing(decodeEncryptionKeys(b)).open(sealed, 'totp:acc_1')).toEqual({
      ok: false,
      code: 'wrong-key',
    });
    // Another context still fails closed under the right key.
    expect(ring.open(sealed, 'totp:acc_2')).toEqual({ ok: false, code: 'tampered' });
  });

  it('a bad key in the list is named by its position', () => {
    expect(() => decodeEncryptionKeys(`${key()},short`, 'GATEHOUSE_ENCRYPTION_KEY')).toThrow(
      /GATEHOUSE_ENCRYPTION_KEY\[1\] must be 32 bytes/,
    );
    expect(() => decodeEncryptionKeys(' , ', 'GATEHOUSE_ENCRYPTION_KEY')).toThrow(
      /GATEHOUSE_ENCRYPTION_KEY must be/,
    );
  });
});

describe('rotating the key of a running portal', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('old seeds still open with the new key first, new writes use the new key, and reseal moves everything', async () => {
    const [oldKey, newKey] = [key(), key()];
    const email = 'rotate@acme-keys.test';
    const password = 'a long passphrase for rotation';
    await seedAccount(db, {
      email,
      password,
      roles: ['super-admin'],
      scrypt: TEST_SCRYPT,
      encryptionKey: oldKey,
    });
    const [account] = await db.query<{ id: string; pin_secret: string }>(
      'SELECT id, pin_secret FROM accounts WHERE email = $1',
      [email],
    );
    const id = account?.id as string;
    const oldBox = await resolveSecretBox(db, oldKey);
    await db.query('UPDATE accounts SET totp_secret = $2 WHERE id = $1', [
      id,
      oldBox.seal('JBSWY3DPEHPK3PXP', totpContext(id)),
    ]);

    // The server started with the new key first still opens the old seeds (support PIN needs the PIN seed).
    // `generated`: the key the server generated into the database before any key was configured (the test
    // reviewer's PIN seed is under it).
    const { app } = await testServer(db, { encryptionKey: `${newKey},${oldKey},generated` });
    const box = await resolveSecretBox(db, [newKey, oldKey, 'generated']);
    expect(openPinSecret(box, id, account?.pin_secret as string).ok).toBe(true);
    const user = new TestClient(app);
    await db.query('UPDATE accounts SET totp_secret = NULL WHERE id = $1', [id]);
    expect((await user.post('/session', { email, password })).json.status).toBe('ok');
    expect((await user.get('/support')).status).toBe(200);
    await db.query('UPDATE accounts SET totp_secret = $2 WHERE id = $1', [
      id,
      oldBox.seal('JBSWY3DPEHPK3PXP', totpContext(id)),
    ]);
    // New writes use the new key.
    const other = await seedAccount(db, {
      email: 'new@acme-keys.test',
      password,
      roles: [],
      scrypt: TEST_SCRYPT,
      encryptionKey: `${newKey},${oldKey},generated`,
    });
    expect(other).toBe(true);
    const [fresh] = await db.query<{ pin_secret: string }>(
      "SELECT pin_secret FROM accounts WHERE email = 'new@acme-keys.test'",
    );
    expect(sealedKeyId(fresh?.pin_secret as string)).toBe(box.keyId);

    const report = await resealSecrets(db, box);
    // This account's PIN and TOTP seeds, and the PIN seeds of the test reviewer and the test form editor under
    // the generated key.
    expect(report).toMatchObject({ resealed: 4, unopenable: 0, keyId: box.keyId });
    expect(await resealSecrets(db, box)).toMatchObject({ resealed: 0, unopenable: 0 });
    // Only the new key is needed now; without `generated` in the list, the generated key no longer opens.
    const onlyNew = await resolveSecretBox(db, newKey);
    expect(await resealSecrets(db, onlyNew)).toMatchObject({ resealed: 0, unopenable: 0 });
    const [after] = await db.query<{ pin_secret: string; totp_secret: string }>(
      'SELECT pin_secret, totp_secret FROM accounts WHERE id = $1',
      [id],
    );
    expect(openPinSecret(onlyNew, id, after?.pin_secret as string).ok).toBe(true);
    expect(onlyNew.open(after?.totp_secret as string, totpContext(id))).toEqual({
      ok: true,
      value: 'JBSWY3DPEHPK3PXP',
    });
    app.stop();
    await app.idle();
  });
});

describe('the reseal command', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('re-seals under the newest key, and refuses to call a key missing from the list done', async () => {
    const [oldKey, newKey] = [key(), key()];
    await seedAccount(db, {
      email: 'cli@acme-keys.test',
      password: 'a long passphrase for rotation',
      roles: [],
      scrypt: TEST_SCRYPT,
      encryptionKey: oldKey,
    });
    const lines: string[] = [];
    const opened: unknown[] = [];
    const run = (keys: string) =>
      reseal(
        ['--data-dir', 'portal-data'],
        { GATEHOUSE_ENCRYPTION_KEY: keys, INIT_CWD: '/srv/portal' },
        (line) => lines.push(line),
        async (location) => {
          opened.push(location);
          return { ...db, close: async () => undefined };
        },
      );
    expect(await run(key())).toBe(1);
    expect(lines.at(-1)).toMatch(
      /1 value\(s\) are sealed under a key that is not in GATEHOUSE_ENCRYPTION_KEY/,
    );
    expect(await run(`${newKey},${oldKey}`)).toBe(0);
    expect(lines.at(-2)).toMatch(/^reseal: 1 value\(s\) re-sealed under key [0-9a-f]{8}$/);
    expect(await run(newKey)).toBe(0);
    expect(lines.at(-2)).toMatch(/^reseal: 0 value\(s\) re-sealed/);
    // The directory is taken from where the command was typed, not from the package pnpm runs it in.
    expect(opened[0]).toEqual({ dataDir: '/srv/portal/portal-data' });
    expect(await reseal([], {}, (line) => lines.push(line))).toBe(2);
    expect(lines.at(-1)).toBe('reseal: set DATABASE_URL or pass --data-dir <PGlite directory>');
  });
});
