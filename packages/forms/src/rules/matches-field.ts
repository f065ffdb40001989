/**
 * `matches-field`: the value must equal another field's value (password confirmation, e-mail repeat).
 * Options: `{ "field": "/newPassword" }`. Code: `mismatch`.
 */
import { getAt, isPointer, parsePointer } from '../engine/pointer.js';
import type { NamedRule } from '../engine/types.js';

/** The `matches-field` named rule; re-checked whenever the field it mirrors changes. */
export const matchesFieldRule: NamedRule = {
  name: 'matches-field',
  codes: ['mismatch'],
  validateOptions: (o) =>
    isPointer(o.field) && o.field !== '' ? [] : ['option "field" must be the JSON Pointer of a field'],
  dependsOn: (o) => [String(o.field)],
  create(options) {
    const other = parsePointer(String(options.field));
    return (value, { data }) =>
      value === getAt(data, other) ? null : { code: 'mismatch', params: { field: options.field } };
  },
};
