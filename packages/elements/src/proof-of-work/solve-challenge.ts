/**
 * The browser's half of the bot defence: finds the counter of a proof-of-work challenge (ALTCHA's v2 format with
 * SHA-256, as `GET /challenges` answers it) with Web Crypto. Runs in a worker (`proof-solver.worker.ts`) or, where
 * no worker can start, on the page — Web Crypto hashes off the main thread either way.
 */

/** A challenge as the server sends it (only the fields the solver reads are typed). */
export interface ProofChallenge {
  parameters: { algorithm: string; nonce: string; salt: string; keyPrefix: string; keyLength?: number };
  signature?: string;
}

/** The solution the server verifies: the counter and the key it derives. */
export interface ProofSolution {
  counter: number;
  derivedKey: string;
}

/** Digests computed at once: Web Crypto works in parallel, and fewer awaits cost less. */
const BATCH = 32;

const hexToBytes = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (h) => Number.parseInt(h, 16));
const bytesToHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Tries counters 0, 1, 2, … until SHA-256(salt ‖ nonce ‖ counter as 4 bytes big-endian) starts with the key
 * prefix. `onProgress(counter)` is called about every 1,000 tries. Resolves null when `signal` aborts.
 */
export async function solveChallenge(
  challenge: ProofChallenge,
  onProgress?: (counter: number) => void,
  signal?: AbortSignal,
): Promise<ProofSolution | null> {
  const { algorithm, nonce, salt, keyPrefix, keyLength = 32 } = challenge.parameters;
  const prefix = keyPrefix.toLowerCase();
  const head = new Uint8Array([...hexToBytes(salt), ...hexToBytes(nonce)]);
  const derive = async (counter: number) => {
    const input = new Uint8Array(head.length + 4);
    input.set(head);
    new DataView(input.buffer).setUint32(head.length, counter);
    return new Uint8Array(await crypto.subtle.digest(algorithm, input)).slice(0, keyLength);
  };
  for (let start = 0; start <= 0xffffffff; start += BATCH) {
    if (signal?.aborted) return null;
    const counters = Array.from({ length: BATCH }, (_, i) => start + i);
    const keys = await Promise.all(counters.map(derive));
    for (const [i, key] of keys.entries()) {
      const hex = bytesToHex(key);
      if (hex.startsWith(prefix)) return { counter: counters[i] as number, derivedKey: hex };
    }
    if (start % 1024 === 0) onProgress?.(start);
  }
  return null;
}
