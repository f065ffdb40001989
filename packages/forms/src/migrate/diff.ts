/**
 * `gatehouse-forms diff a b`: what changed between two revisions of a form, for review — fields added and removed,
 * fields that became required or optional, changed types, widgets, allowed values and constraints, labels, steps
 * and rules — each one line naming the field's pointer. Reads compiled field models, so `$ref`s and groups count.
 */

import { compileForm } from '../compile/compile-form.js';
import type { FormDefinition } from '../definition/types.js';
import type { FieldModel } from '../engine/types.js';

/** One change between two revisions: its kind, the field pointer (or `''` for the form), and a sentence. */
export interface DefinitionChange {
  kind:
    | 'version'
    | 'added'
    | 'removed'
    | 'required'
    | 'optional'
    | 'type'
    | 'widget'
    | 'values'
    | 'constraint'
    | 'label'
    | 'step'
    | 'rules';
  pointer: string;
  text: string;
}

const show = (v: unknown) => JSON.stringify(v);

/** The changes from definition `a` to definition `b` (both must compile), in UI order of `b`, removals last. */
export function diffDefinitions(a: FormDefinition, b: FormDefinition): DefinitionChange[] {
  const before = new Map(
    compileForm(a)
      .fields()
      .map((f) => [f.pointer, f]),
  );
  const after = compileForm(b).fields();
  const out: DefinitionChange[] = [];
  if ((a.version ?? 1) !== (b.version ?? 1))
    out.push({ kind: 'version', pointer: '', text: `version ${a.version ?? 1} → ${b.version ?? 1}` });
  for (const f of after) {
    const old = before.get(f.pointer);
    if (!old) {
      out.push({
        kind: 'added',
        pointer: f.pointer,
        text: `added (${f.type ?? f.widget}${f.required ? ', required' : ''})`,
      });
      continue;
    }
    out.push(...fieldChanges(old, f));
  }
  for (const [pointer, old] of before)
    if (!after.some((f) => f.pointer === pointer))
      out.push({
        kind: 'removed',
        pointer,
        text: `removed (${old.type ?? old.widget}): stored data needs a "drop" or "rename"`,
      });
  if (show(a.rules ?? []) !== show(b.rules ?? []))
    out.push({
      kind: 'rules',
      pointer: '',
      text: `conditional rules changed (${(a.rules ?? []).length} → ${(b.rules ?? []).length})`,
    });
  return out;
}

function fieldChanges(old: FieldModel, f: FieldModel): DefinitionChange[] {
  const out: DefinitionChange[] = [];
  const p = f.pointer;
  if (old.required !== f.required)
    out.push(
      f.required
        ? {
            kind: 'required',
            pointer: p,
            text: 'now required: stored data needs a "default" unless every entry has it',
          }
        : { kind: 'optional', pointer: p, text: 'now optional' },
    );
  if (old.type !== f.type) out.push({ kind: 'type', pointer: p, text: `type ${old.type} → ${f.type}` });
  if (old.widget !== f.widget)
    out.push({ kind: 'widget', pointer: p, text: `widget ${old.widget} → ${f.widget}` });
  const values = (x: FieldModel) => (x.options ?? []).map((o) => show(o.value));
  const gone = values(old).filter((v) => !values(f).includes(v));
  const added = values(f).filter((v) => !values(old).includes(v));
  if (gone.length > 0 || added.length > 0)
    out.push({
      kind: 'values',
      pointer: p,
      text: [
        added.length ? `values added ${added.join(', ')}` : '',
        gone.length ? `values removed ${gone.join(', ')} (a "map" moves stored ones)` : '',
      ]
        .filter(Boolean)
        .join('; '),
    });
  for (const key of new Set([...Object.keys(old.constraints), ...Object.keys(f.constraints)])) {
    if (key === 'enum' || key === 'const') continue;
    if (show(old.constraints[key]) !== show(f.constraints[key]))
      out.push({
        kind: 'constraint',
        pointer: p,
        text: `${key} ${show(old.constraints[key]) ?? 'none'} → ${show(f.constraints[key]) ?? 'none'}`,
      });
  }
  if (old.label !== f.label)
    out.push({ kind: 'label', pointer: p, text: `label ${show(old.label)} → ${show(f.label)}` });
  if (old.step !== f.step)
    out.push({ kind: 'step', pointer: p, text: `step ${old.step ?? 'none'} → ${f.step ?? 'none'}` });
  return out;
}
