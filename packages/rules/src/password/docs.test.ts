import { describe, expect, it } from 'vitest';
import { docExamples, runDocExample } from '../otp/doc-examples.js';

describe('docs/rules/password.md', () => {
  const examples = docExamples('rules/password.md');

  it('has the examples this test expects', () => {
    expect(examples.length).toBe(5);
  });

  it.each(examples.map((code, index) => ({ index, code })))(
    'example $index runs and its asserts hold',
    async ({ code }) => {
      await runDocExample(code);
    },
  );
});
