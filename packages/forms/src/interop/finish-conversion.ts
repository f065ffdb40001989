/**
 * The last step of `fromZod`/`fromValibot`: review the converted JSON Schema for the form's own semantics and
 * wrap it into a definition, with the library's differences and the review's in one report.
 */
import type { UiField } from '../definition/types.js';
import { reviewImported } from './review-imported.js';
import type { Conversion, FromSchemaOptions, LossyItem } from './rule-check.js';

/**
 * A definition from a converted JSON Schema (changed in place by the review) plus the report: the library's
 * own `lossy` items first, then the review's, in schema order. Widget hints for formats the review took out
 * (an e-mail pattern without `format: email`) go under the caller's `ui.fields`, which win.
 */
export function finishConversion(
  json: Record<string, unknown>,
  lossy: LossyItem[],
  library: string,
  options: FromSchemaOptions,
): Conversion {
  const { $schema: _drop, ...schema } = json;
  const review = reviewImported(schema, library);
  const fields: Record<string, UiField> = { ...review.fields };
  for (const [pointer, hint] of Object.entries(options.ui?.fields ?? {}))
    fields[pointer] = { ...fields[pointer], ...hint };
  const ui = Object.keys(fields).length > 0 ? { ...options.ui, fields } : options.ui;
  return {
    definition: {
      id: options.id ?? 'form',
      schema,
      ...(ui ? { ui } : {}),
      ...(options.rules ? { rules: options.rules } : {}),
      ...(options.messages ? { messages: options.messages } : {}),
    },
    lossy: [...lossy, ...review.lossy],
  };
}
