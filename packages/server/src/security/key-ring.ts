import { GatehouseError } from '@gatehouse/rules';
import {
  createSecretBox,
  decodeEncryptionKey,
  type OpenResult,
  type SecretBox,
  sealedKeyId,
} from './secret-box.js';

/**
 * A {@link SecretBox} over several keys, for key rotation: `seal` uses the first (newest) key, `open` picks the
 * key the value was sealed with by the key id stored in it. The one thing to know: values sealed under a key
 * that is no longer in the ring answer `wrong-key`, so drop an old key only after {@link resealSecrets} (or the
 * `reseal` command) reported nothing left under it.
 */
export function createKeyRing(keys: readonly Uint8Array[]): SecretBox {
  if (keys.length === 0) {
    throw new GatehouseError('invalid-option', 'encryptionKey: at least one key is needed', {
      option: 'encryptionKey',
    });
  }
  const boxes = keys.map((key) => createSecretBox(key));
  const [newest] = boxes as [SecretBox, ...SecretBox[]];
  if (boxes.length === 1) return newest;
  const byId = new Map<string, SecretBox>();
  // The first occurrence wins: a key listed twice is harmless.
  for (const box of boxes) if (!byId.has(box.keyId)) byId.set(box.keyId, box);
  return {
    keyId: newest.keyId,
    seal: (plaintext, context) => newest.seal(plaintext, context),
    open(sealed, context): OpenResult {
      const id = sealedKeyId(sealed);
      if (id === null) return { ok: false, code: 'not-sealed' };
      const box = byId.get(id);
      return box ? box.open(sealed, context) : { ok: false, code: 'wrong-key' };
    },
  };
}

/**
 * Decodes a key list as `GATEHOUSE_ENCRYPTION_KEY` holds it: one or more base64 keys of 32 bytes, newest first,
 * separated by commas (spaces around them are ignored), e.g. `NEWKEY,OLDKEY`. Throws
 * `GatehouseError('invalid-option')` naming the option and the position of a bad key.
 */
export function decodeEncryptionKeys(text: string, option = 'encryptionKey'): Uint8Array[] {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) decodeEncryptionKey('', option);
  return parts.map((part, index) =>
    decodeEncryptionKey(part, parts.length > 1 ? `${option}[${index}]` : option),
  );
}
