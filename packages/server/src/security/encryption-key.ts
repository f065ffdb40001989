import type { Queryable } from '../storage/database.js';
import { createSecretBox, decodeEncryptionKey, type SecretBox } from './secret-box.js';
import { serverSecret } from './server-secret.js';

/**
 * The {@link SecretBox} for seeds at rest (TOTP and support-PIN seeds): the key is `encryptionKey` (32 bytes,
 * or base64 text), else `GATEHOUSE_ENCRYPTION_KEY`, else one generated once into `server_secrets`. The one
 * thing to know: every process writing to a database must resolve the same key, or its seeds do not open.
 */
export async function resolveSecretBox(
  db: Queryable,
  encryptionKey?: string | Uint8Array,
): Promise<SecretBox> {
  const keyText = encryptionKey ?? globalThis.process?.env?.GATEHOUSE_ENCRYPTION_KEY ?? undefined;
  return createSecretBox(
    keyText instanceof Uint8Array
      ? keyText
      : keyText
        ? decodeEncryptionKey(
            keyText,
            encryptionKey === undefined ? 'GATEHOUSE_ENCRYPTION_KEY' : 'encryptionKey',
          )
        : // The name predates PIN seeds; kept so existing databases keep their key.
          decodeEncryptionKey(await serverSecret(db, 'totp-encryption-key')),
  );
}
