import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commonPasswordBlocklist } from './common-passwords.js';
import { commonPasswordsDataModule } from './common-passwords.source.js';

describe('common-password data', () => {
  it('matches the installed @zxcvbn-ts/language-common (regenerate with common-passwords.generate.ts)', async () => {
    const shipped = readFileSync(new URL('./common-passwords.data.ts', import.meta.url), 'utf8');
    const { text } = await commonPasswordsDataModule();
    // Compare without a long diff on failure: the message says what to do.
    expect(shipped === text, 'common-passwords.data.ts is stale: run common-passwords.generate.ts').toBe(
      true,
    );
  });

  it('holds the well-known entries of at least 8 characters', () => {
    const list = commonPasswordBlocklist();
    expect(list.size).toBe(17_950);
    for (const word of ['password', '12345678', 'baseball', 'qwertyuiop', '1qaz2wsx3edc4rfv', 'iloveyou']) {
      expect(list.has(word), word).toBe(true);
    }
    expect(list.has('')).toBe(false);
    expect(list.has('a quiet river at dawn')).toBe(false);
  });
});
