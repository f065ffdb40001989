import { CONFUSABLE_GROUPS, SKELETON_ALPHABET } from './data/confusables.generated.js';

let table: Map<string, string> | undefined;
const alphabet = new Set(SKELETON_ALPHABET);

function confusableTable(): Map<string, string> {
  if (table) return table;
  table = new Map();
  for (const [prototype, sources] of Object.entries(CONFUSABLE_GROUPS)) {
    for (const source of sources) table.set(source, prototype);
  }
  return table;
}

/**
 * The UTS #39 skeleton of one domain label, restricted to what can equal an ASCII domain's skeleton: `null`
 * when some character cannot map into that alphabet (then the label cannot imitate an ASCII domain).
 * `gmаil` (Cyrillic а) → `grnail`, and so does `gmail`. Pass UTS #46-processed (lower-case) labels.
 */
export function labelSkeleton(label: string): string | null {
  const map = confusableTable();
  let out = '';
  // ASCII is already NFD: skip normalisation (the server indexes 5,000 ASCII provider names this way).
  let ascii = true;
  for (let i = 0; i < label.length && ascii; i += 1) ascii = label.charCodeAt(i) < 128;
  for (const ch of ascii ? label : label.normalize('NFD')) {
    const prototype = map.get(ch) ?? ch;
    if (prototype.length === 1 ? !alphabet.has(prototype) : ![...prototype].every((p) => alphabet.has(p)))
      return null;
    out += prototype;
  }
  return out;
}

/** The skeleton of a whole Unicode domain, label by label (`null` when any label has none). */
export function domainSkeleton(unicodeDomain: string): string | null {
  const parts: string[] = [];
  for (const label of unicodeDomain.split('.')) {
    const skeleton = labelSkeleton(label);
    if (skeleton === null) return null;
    parts.push(skeleton);
  }
  return parts.join('.');
}

/**
 * The skeleton after dropping combining marks (`gmäil` → `grnail`): beyond UTS #39, which keeps diacritics, but
 * an accent on a protected name is a common spoof. Returns `null` when nothing was dropped or there is no skeleton.
 */
export function domainSkeletonWithoutMarks(unicodeDomain: string): string | null {
  const stripped = unicodeDomain.normalize('NFD').replace(/\p{Mn}/gu, '');
  if (stripped === unicodeDomain.normalize('NFD')) return null;
  return domainSkeleton(stripped);
}
