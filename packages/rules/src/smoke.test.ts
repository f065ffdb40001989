import { expect, test } from 'vitest';
import { version } from './index.js';

test('smoke', () => {
  expect(version).toBe('0.1.0');
});
