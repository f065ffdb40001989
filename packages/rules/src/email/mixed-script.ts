/**
 * Mixed-script detection per label, after UTS #39's "Highly Restrictive" level: one script per label, or Latin
 * with Han and Japanese kana, with Han and Bopomofo, or with Han and Hangul. Common and Inherited characters
 * (digits, '-', combining marks) count for no script. Uses the engine's Unicode property escapes: no data.
 */

// Scripts that are told apart by name. Any other script is reported as 'Other' (so Latin + Other is mixed too).
const SCRIPT_NAMES = [
  'Latin',
  'Greek',
  'Cyrillic',
  'Armenian',
  'Hebrew',
  'Arabic',
  'Syriac',
  'Thaana',
  'Nko',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Thai',
  'Lao',
  'Tibetan',
  'Myanmar',
  'Georgian',
  'Hangul',
  'Ethiopic',
  'Cherokee',
  'Canadian_Aboriginal',
  'Ogham',
  'Runic',
  'Khmer',
  'Mongolian',
  'Hiragana',
  'Katakana',
  'Bopomofo',
  'Han',
  'Yi',
  'Lisu',
  'Vai',
  'Coptic',
  'Tifinagh',
  'Gothic',
  'Deseret',
  'Osage',
  'Adlam',
  'Old_Italic',
] as const;

let patterns: Array<[string, RegExp]> | undefined;
const NO_SCRIPT = /[\p{Script=Common}\p{Script=Inherited}]/u;

function scriptOf(ch: string): string | null {
  if (ch.charCodeAt(0) < 128) return /[a-z]/i.test(ch) ? 'Latin' : null;
  if (NO_SCRIPT.test(ch)) return null;
  // Property escapes in a RegExp built from a constant name: no code generation, allowed under a strict CSP.
  patterns ??= SCRIPT_NAMES.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')]);
  for (const [name, pattern] of patterns) if (pattern.test(ch)) return name;
  return 'Other';
}

const ALLOWED_COMBINATIONS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Bopomofo']),
  new Set(['Latin', 'Han', 'Hangul']),
];

/** The scripts of a label, sorted, when they mix in a way UTS #39 "Highly Restrictive" forbids; otherwise `null`. */
export function forbiddenScriptMix(label: string): string[] | null {
  const scripts = new Set<string>();
  for (const ch of label) {
    const script = scriptOf(ch);
    if (script) scripts.add(script);
  }
  if (scripts.size <= 1) return null;
  for (const allowed of ALLOWED_COMBINATIONS) if ([...scripts].every((s) => allowed.has(s))) return null;
  return [...scripts].sort();
}
