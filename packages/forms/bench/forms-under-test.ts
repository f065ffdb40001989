/** The forms the benchmarks run: a registration form, the RMA request and a generated 200-field form. */
import { readFileSync } from 'node:fs';
import type { FormDefinition } from '../src/definition/types.js';

export const rma = JSON.parse(
  readFileSync(new URL('../examples/rma-request.form.json', import.meta.url), 'utf8'),
) as FormDefinition;

export const registration: FormDefinition = {
  id: 'registration-bench',
  schema: {
    type: 'object',
    properties: {
      givenName: { type: 'string', minLength: 1, maxLength: 80 },
      familyName: { type: 'string', minLength: 1, maxLength: 80 },
      email: { type: 'string', maxLength: 254, format: 'email' },
      company: { type: 'string', minLength: 2, maxLength: 120 },
      jobTitle: { type: 'string', maxLength: 80 },
      country: { type: 'string', maxLength: 2, pattern: '^[A-Z]{2}$' },
      acceptTerms: { type: 'boolean', const: true },
    },
    required: ['givenName', 'familyName', 'email', 'company', 'country', 'acceptTerms'],
  },
};

export const registrationData = {
  givenName: 'Ada',
  familyName: 'Lovelace',
  email: 'ada.lovelace@example.com',
  company: 'Analytical Engines Ltd',
  country: 'GB',
  acceptTerms: true,
};

export const rmaData = {
  serialNumber: 'AB12-345678',
  description: 'The unit reboots every few minutes since the last firmware update.',
  deliveryAddress: { company: 'Acme GmbH', street: 'Hauptstr. 1', postalCode: '10115', city: 'Berlin', country: 'DE' },
  addressConfirmed: true,
  moreThanOneDevice: true,
  additionalSerialNumbers: ['CD34-567890', 'EF56-789012'],
};

/** 200 fields: strings with length/pattern, numbers, booleans, enums; every 20th shown by a rule. */
export function wideForm(): { definition: FormDefinition; data: Record<string, unknown> } {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  const data: Record<string, unknown> = { toggle: true };
  properties.toggle = { type: 'boolean' };
  const shown: string[] = [];
  for (let i = 0; i < 199; i++) {
    const name = `f${i}`;
    switch (i % 4) {
      case 0:
        properties[name] = { type: 'string', minLength: 2, maxLength: 60, pattern: '^[A-Za-z0-9 .-]+$' };
        data[name] = `value ${i}`;
        break;
      case 1:
        properties[name] = { type: 'integer', minimum: 0, maximum: 1000 };
        data[name] = i;
        break;
      case 2:
        properties[name] = { type: 'boolean' };
        data[name] = i % 3 === 0;
        break;
      default:
        properties[name] = { enum: ['a', 'b', 'c'] };
        data[name] = 'b';
    }
    if (i % 2 === 0) required.push(name);
    if (i % 20 === 5) shown.push(`/${name}`);
  }
  return {
    definition: {
      id: 'wide',
      schema: { type: 'object', properties, required },
      rules: [{ when: { properties: { toggle: { const: true } }, required: ['toggle'] }, show: shown }],
    },
    data,
  };
}

/** The portal's registration form as the flows build it: the browser `business-email` rule on the address. */
export const registrationWithRules: FormDefinition = {
  id: 'registration-rules',
  schema: {
    type: 'object',
    properties: {
      givenName: { type: 'string', minLength: 1, maxLength: 100 },
      familyName: { type: 'string', minLength: 1, maxLength: 100 },
      email: { type: 'string', minLength: 3, maxLength: 254, 'x-rule': 'business-email' },
      company: { type: 'string', minLength: 1, maxLength: 200 },
      jobTitle: { type: 'string', maxLength: 100 },
      country: { type: 'string', pattern: '^[A-Z]{2}$', maxLength: 2 },
      termsAccepted: { type: 'boolean', const: true },
    },
    required: ['givenName', 'familyName', 'email', 'company', 'termsAccepted'],
    additionalProperties: false,
  },
};
