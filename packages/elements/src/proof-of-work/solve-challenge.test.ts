import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { solveChallenge } from './solve-challenge.js';

/** A challenge hiding `counter` the way altcha-lib's deterministic mode does (16 bytes of the key as prefix). */
function challengeFor(counter: number) {
  const salt = randomBytes(16).toString('hex');
  const nonce = randomBytes(16).toString('hex');
  const count = Buffer.alloc(4);
  count.writeUInt32BE(counter);
  const key = createHash('sha256')
    .update(Buffer.concat([Buffer.from(salt, 'hex'), Buffer.from(nonce, 'hex'), count]))
    .digest('hex');
  return {
    challenge: {
      parameters: { algorithm: 'SHA-256', nonce, salt, keyPrefix: key.slice(0, 32), keyLength: 32 },
    },
    key,
  };
}

describe('solveChallenge', () => {
  it('finds the hidden counter and the key the server re-derives', async () => {
    for (const counter of [0, 31, 32, 1500]) {
      const { challenge, key } = challengeFor(counter);
      const progress: number[] = [];
      expect(await solveChallenge(challenge, (n) => progress.push(n))).toEqual({ counter, derivedKey: key });
      if (counter >= 1024) expect(progress.length).toBeGreaterThan(0);
    }
  });

  it('stops with null when aborted', async () => {
    const controller = new AbortController();
    const { challenge } = challengeFor(4_000_000);
    const solving = solveChallenge(challenge, () => controller.abort(), controller.signal);
    expect(await solving).toBeNull();
  });
});
