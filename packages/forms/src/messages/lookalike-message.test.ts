import { describe, expect, it } from 'vitest';
import { compileForm } from '../compile/compile-form.js';
import '../locales/de.js';

const form = compileForm({
  id: 'lookalike-probe',
  schema: {
    type: 'object',
    properties: { email: { type: 'string', maxLength: 254, 'x-rule': 'business-email' } },
  },
});

describe('a look-alike domain is named as the person typed it', () => {
  it.each(['en', 'de'])('%s: the Unicode domain, never the xn-- form', (locale) => {
    const result = form.validate({ email: 'jane@gmаil.com' });
    expect(result.ok).toBe(false);
    const issue = !result.ok ? result.issues[0]! : undefined;
    expect(issue?.code).toBe('lookalike-domain');
    const text = form.messagesFor(locale).issue(issue!);
    expect(text).toContain('gmаil.com');
    expect(text).not.toContain('xn--');
  });
});
