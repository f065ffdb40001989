import { isGatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { registrationForm } from '../registration/index.js';
import { flowDefinition, flowDefinitions } from './index.js';

describe('flowDefinition', () => {
  it('returns the definition whose id is asked for', () => {
    for (const [id, definition] of flowDefinitions) expect(flowDefinition(id)).toBe(definition);
    expect(flowDefinition(registrationForm.id)).toBe(flowDefinitions.get('registration'));
    // The registration schema declares the fields the server keeps (dropUnknown reads `properties`).
    const schema = flowDefinition('registration').schema as { properties?: Record<string, unknown> };
    expect(Object.keys(schema.properties ?? {})).toContain('email');
  });

  it.each(['nope', '', 'Registration', 'constructor', '__proto__'])(
    'throws GatehouseError unknown-form for %j',
    (id) => {
      let thrown: unknown;
      try {
        flowDefinition(id);
      } catch (e) {
        thrown = e;
      }
      expect(isGatehouseError(thrown)).toBe(true);
      expect(thrown).toMatchObject({ code: 'unknown-form', params: { formId: id } });
      expect((thrown as Error).message).toContain('registration');
    },
  );
});
