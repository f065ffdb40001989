/** Types of the test-only bundle `gatehouse-test:react` (see bundled-deps.plugin.mjs): React, ReactDOM, wrappers. */
declare module 'gatehouse-test:react' {
  import * as React from 'react';

  export * from '@gatehouse/elements/react';
  export { flushSync } from 'react-dom';
  export { createRoot } from 'react-dom/client';
  export { React };
}
