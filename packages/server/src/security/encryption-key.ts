import type { Queryable } from '../storage/database.js';
import { createKeyRing } from './key-ring.js';
import { decodeEncryptionKey, type SecretBox } from './secret-box.js';
import { serverSecret } from './server-secret.js';

/** The name predates PIN seeds; kept so existing databases keep their key. */
const GENERATED_KEY = 'totp-encryption-key';

/** The list entry that stands for the key generated into `server_secrets` (to move off it: `NEWKEY,generated`). */
export const GENERATED_KEY_ENTRY = 'generated';

/**
 * An encryption key as an option takes it: 32 bytes, base64 text, or several — a list, or base64 keys separated
 * by commas — newest first. The entry `generated` stands for the key the server generated into the database.
 */
export type EncryptionKeyOption = string | Uint8Array | readonly (string | Uint8Array)[];

/** The entries of an option or environment value, in order (a string splits at commas). */
function entries(value: EncryptionKeyOption): (string | Uint8Array)[] {
  const list: (string | Uint8Array)[] =
    typeof value === 'string' || value instanceof Uint8Array ? [value] : [...value];
  return list.flatMap((entry): (string | Uint8Array)[] =>
    typeof entry === 'string'
      ? entry
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
      : [entry],
  );
}

async function storedKey(db: Queryable): Promise<Uint8Array | null> {
  const rows = await db.query<{ value: string }>('SELECT value FROM server_secrets WHERE name = $1', [
    GENERATED_KEY,
  ]);
  return rows[0] ? decodeEncryptionKey(rows[0].value) : null;
}

/**
 * The {@link SecretBox} for seeds at rest (TOTP and support-PIN seeds): the keys are `encryptionKey`, else
 * `GATEHOUSE_ENCRYPTION_KEY` (base64, several separated by commas, newest first: the newest seals, all open), else
 * one generated once into `server_secrets`. The one thing to know: every process writing to a database must
 * resolve the same newest key, and an old key may be dropped only once `reseal` left nothing under it.
 */
export async function resolveSecretBox(
  db: Queryable,
  encryptionKey?: EncryptionKeyOption,
): Promise<SecretBox> {
  const configured = encryptionKey ?? globalThis.process?.env?.GATEHOUSE_ENCRYPTION_KEY ?? undefined;
  const list = configured === undefined ? [] : entries(configured);
  if (list.length === 0) return createKeyRing([decodeEncryptionKey(await serverSecret(db, GENERATED_KEY))]);
  const option = encryptionKey === undefined ? 'GATEHOUSE_ENCRYPTION_KEY' : 'encryptionKey';
  const keys: Uint8Array[] = [];
  for (const [index, entry] of list.entries()) {
    if (entry instanceof Uint8Array) keys.push(entry);
    else if (entry === GENERATED_KEY_ENTRY) {
      // Sealing with it (listed first) creates it; as an old key it only matters when it exists.
      const key =
        index === 0 ? decodeEncryptionKey(await serverSecret(db, GENERATED_KEY)) : await storedKey(db);
      if (key) keys.push(key);
    } else keys.push(decodeEncryptionKey(entry, list.length > 1 ? `${option}[${index}]` : option));
  }
  return createKeyRing(keys);
}
