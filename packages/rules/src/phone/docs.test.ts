import { describe, expect, it } from 'vitest';
import { docExamples, runDocExample } from '../otp/doc-examples.js';

describe('docs/rules/phone.md', () => {
  const examples = docExamples('rules/phone.md');

  it('has the examples this test expects', () => {
    expect(examples.length).toBe(1);
  });

  it.each(examples.map((code, index) => ({ index, code })))(
    'example $index runs and its asserts hold',
    async ({ code }) => {
      await runDocExample(code);
    },
  );
});
