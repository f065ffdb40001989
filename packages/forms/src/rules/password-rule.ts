/**
 * Builds the `password` named rule from a password policy factory, so the server form (with the common-password
 * list) and the browser form (without it) share one adapter and return the same codes.
 */
import { getAt, isPointer, parsePointer } from '../engine/pointer.js';
import type { NamedRule } from '../engine/types.js';
import { type CreatePasswordPolicy, rejectionOf } from './rules-api.js';

const contextOf = (o: Record<string, unknown>): string[] =>
  Array.isArray(o.contextFields) ? o.contextFields.map(String) : [];

/** Makes the `password` rule around `factory`; options other than `contextFields` go to the policy. */
export function passwordRuleFrom(factory: CreatePasswordPolicy | undefined): NamedRule {
  return {
    name: 'password',
    codes: ['too-short', 'too-long', 'common-password', 'contains-context'],
    validateOptions: (o) =>
      o.contextFields === undefined || (Array.isArray(o.contextFields) && o.contextFields.every(isPointer))
        ? []
        : ['option "contextFields" must be an array of JSON Pointers'],
    dependsOn: contextOf,
    create(options) {
      if (typeof factory !== 'function')
        throw new Error('gatehouse-forms: @gatehouse/rules has no password policy factory');
      const { contextFields: _omit, ...policyOptions } = options;
      const policy = factory(policyOptions);
      const context = contextOf(options).map(parsePointer);
      return (value, { data }) => {
        if (typeof value !== 'string') return null;
        const words = context
          .map((p) => getAt(data, p))
          .filter((w): w is string => typeof w === 'string' && w !== '');
        return rejectionOf(policy.check(value, { context: words }));
      };
    },
  };
}
