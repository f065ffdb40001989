/**
 * The one ajv configuration both compilers use (runtime and standalone), so their validators agree:
 * JSON Schema 2020-12, every error at once, formats from ajv-formats, `x-rule` known but inert.
 * `maxLength`/`minLength` count Unicode code points (ajv's default `unicode: true`).
 */
import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its default import is the module object in some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

/** A fresh ajv instance for one form. `standalone` turns on source generation for the build. */
export function createAjv(standalone = false): Ajv2020 {
  const options: Options = {
    allErrors: true,
    strict: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allowUnionTypes: true,
    // Field schemas are shared between the whole-form and per-field validators (see prepare.ts).
    inlineRefs: false,
    ...(standalone ? { code: { source: true, esm: true, lines: false } } : {}),
  };
  const ajv = new Ajv2020(options);
  addFormats(ajv);
  // Named rules run in the engine's second pass; for ajv the keyword is an annotation.
  ajv.addKeyword({ keyword: 'x-rule', schemaType: ['string', 'object'] });
  return ajv;
}
