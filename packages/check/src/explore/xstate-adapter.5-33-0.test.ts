/**
 * The adapter's XState internals and the explorer on the oldest XState of the peer range (`^5.33.0`):
 * every `xstate` import of the code under test resolves to the `xstate-5-33-0` alias in this file.
 */
import { readFileSync } from 'node:fs';
import { vi } from 'vitest';
import { xstateAdapterSuite } from '../fixtures/xstate-adapter-suite.js';

vi.mock('xstate', () => import('xstate-5-33-0'));

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
xstateAdapterSuite('xstate-5-33-0', manifest.devDependencies['xstate-5-33-0'].replace(/^npm:xstate@/, ''));
