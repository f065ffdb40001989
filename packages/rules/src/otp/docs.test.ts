import { describe, expect, it } from 'vitest';
import { docExamples, runDocExample } from './doc-examples.js';

describe('docs/rules/one-time-secrets.md', () => {
  const examples = docExamples('rules/one-time-secrets.md');

  it('has the examples this test expects', () => {
    expect(examples.length).toBe(4);
  });

  it.each(examples.map((code, index) => ({ index, code })))(
    'example $index runs and its asserts hold',
    async ({ code }) => {
      await runDocExample(code);
    },
  );
});
