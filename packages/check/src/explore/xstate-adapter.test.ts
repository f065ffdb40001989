/** The adapter's XState internals and the explorer on the XState version this package develops against. */
import { readFileSync } from 'node:fs';
import { xstateAdapterSuite } from '../fixtures/xstate-adapter-suite.js';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
xstateAdapterSuite('xstate', manifest.devDependencies.xstate);
