/**
 * The file fields of a form version and their limits, from the compiled form (the same `file` rule options the
 * browser's built module checks), cached per form version so uploads do not recompile the definition.
 */
import type { CompiledForm, FormDefinition } from '@gatehouse/forms';
import { compileForm } from '@gatehouse/forms/compile';
import { type FileRuleOptions, fileRuleOptions } from '@gatehouse/forms/rules/file';

/** A compiled form version and its file fields by pointer. */
export interface FormWithFiles {
  form: CompiledForm;
  files: ReadonlyMap<string, FileRuleOptions>;
}

/** Reads the file fields of a compiled form: fields whose constraints carry the `file` rule's options. */
export function fileFieldsOf(form: CompiledForm): Map<string, FileRuleOptions> {
  const files = new Map<string, FileRuleOptions>();
  for (const field of form.fields()) {
    const c = field.constraints;
    if (!('accept' in c) || !('maxSize' in c)) continue;
    const { options, problems } = fileRuleOptions({
      accept: c.accept,
      maxSize: c.maxSize,
      ...(c.maxCount !== undefined ? { maxCount: c.maxCount } : {}),
    });
    if (problems.length === 0) files.set(field.pointer, options);
  }
  return files;
}

/** A small cache of compiled form versions (compiling takes tens of milliseconds; uploads come in bursts). */
export function formVersionCache(limit = 32) {
  const cache = new Map<string, FormWithFiles>();
  return (id: string, version: number, definition: FormDefinition, locale: string): FormWithFiles => {
    const key = `${id}@${version}:${locale}`;
    let entry = cache.get(key);
    if (!entry) {
      const form = compileForm(definition, { locale });
      entry = { form, files: fileFieldsOf(form) };
      if (cache.size >= limit) cache.delete(cache.keys().next().value!);
      cache.set(key, entry);
    }
    return entry;
  };
}
