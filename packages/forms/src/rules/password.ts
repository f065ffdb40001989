/**
 * `password`: the NIST SP 800-63B-4 policy of @gatehouse/rules. Options are `createPasswordPolicy` options plus
 * `contextFields` (pointers of fields whose words the password must not contain, e.g. the e-mail).
 */
import * as passwordApi from '@gatehouse/rules/password';
import { getAt, isPointer, parsePointer } from '../engine/pointer.js';
import type { NamedRule } from '../engine/types.js';
import { type CreatePasswordPolicy, rejectionOf } from './rules-api.js';

const factory = (passwordApi as unknown as { createPasswordPolicy?: CreatePasswordPolicy })
  .createPasswordPolicy;

const contextOf = (o: Record<string, unknown>): string[] =>
  Array.isArray(o.contextFields) ? o.contextFields.map(String) : [];

/** The `password` named rule; re-checked when a context field changes. */
export const passwordRule: NamedRule = {
  name: 'password',
  codes: ['too-short', 'too-long', 'common-password', 'contains-context'],
  validateOptions: (o) =>
    o.contextFields === undefined || (Array.isArray(o.contextFields) && o.contextFields.every(isPointer))
      ? []
      : ['option "contextFields" must be an array of JSON Pointers'],
  dependsOn: contextOf,
  create(options) {
    if (typeof factory !== 'function')
      throw new Error('gatehouse-forms: @gatehouse/rules has no createPasswordPolicy');
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
