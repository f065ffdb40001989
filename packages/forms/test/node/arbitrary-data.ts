/**
 * fast-check data for a compiled form: objects shaped like the form (its field names, nested groups) with
 * values that are sometimes right and often wrong (empty strings, wrong types, long strings, duplicates).
 */
import fc from 'fast-check';
import type { FieldModel } from '../../src/engine/types.js';

const leafValue = (f: FieldModel): fc.Arbitrary<unknown> => {
  const options = (f.options ?? []).map((o) => fc.constant(o.value));
  const strings = fc.oneof(
    fc.constant(''),
    fc.string({ maxLength: 12 }),
    fc.stringMatching(/^[A-Z0-9][A-Z0-9-]{5,12}$/),
    fc.constant('AB12-345678'),
    fc.constant('x'.repeat(40)),
  );
  return fc.oneof(
    { weight: 4, arbitrary: strings },
    { weight: 2, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.integer({ min: -2, max: 20 }) },
    { weight: 2, arbitrary: fc.array(strings, { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.constant(null) },
    ...options.map((arbitrary) => ({ weight: 2, arbitrary })),
  );
};

/** Data shaped like the form's fields (children of groups become nested objects). */
export function formData(fields: readonly FieldModel[], parent = ''): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of fields.filter((x) => x.parent === parent)) {
    shape[f.name] = f.widget === 'group' ? formData(fields, f.pointer) : leafValue(f);
  }
  return fc.record(shape, { requiredKeys: [] });
}
