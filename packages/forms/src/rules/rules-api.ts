/**
 * What the named-rule adapters share to read a definition's JSON `options` into the typed options of a rules
 * factory, with a sentence per wrong option. (Turning verdicts into rejections is `rejection.ts`: checkers need
 * it in the first load of a page, option reading can come later with a lazy rule.)
 */

/**
 * Reads JSON options field by field. Every getter returns `undefined` when the option is absent or wrong, and
 * records a sentence naming the wrong option in `problems`; `unknown()` reports names the factory lacks.
 */
export class OptionReader {
  readonly problems: string[] = [];
  constructor(private readonly options: Readonly<Record<string, unknown>>) {}

  boolean(name: string): boolean | undefined {
    const v = this.options[name];
    if (v === undefined || typeof v === 'boolean') return v;
    this.problems.push(`option "${name}" must be true or false`);
    return undefined;
  }

  integer(name: string): number | undefined {
    const v = this.options[name];
    if (v === undefined || (typeof v === 'number' && Number.isInteger(v))) return v;
    this.problems.push(`option "${name}" must be an integer`);
    return undefined;
  }

  string(name: string, pattern?: RegExp, hint = 'a string'): string | undefined {
    const v = this.options[name];
    if (v === undefined || (typeof v === 'string' && (!pattern || pattern.test(v)))) return v;
    this.problems.push(`option "${name}" must be ${hint}`);
    return undefined;
  }

  strings(name: string): string[] | undefined {
    const v = this.options[name];
    if (v === undefined) return undefined;
    if (Array.isArray(v) && v.every((s): s is string => typeof s === 'string')) return v;
    this.problems.push(`option "${name}" must be an array of strings`);
    return undefined;
  }

  /** An object of booleans whose keys are among `keys` (e.g. `checks`, `composition`). */
  flags<K extends string>(name: string, keys: readonly K[]): Partial<Record<K, boolean>> | undefined {
    const v = this.options[name];
    if (v === undefined) return undefined;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
      this.problems.push(`option "${name}" must be an object of true/false flags`);
      return undefined;
    }
    const out: Partial<Record<K, boolean>> = {};
    for (const [key, flag] of Object.entries(v)) {
      const known = keys.find((k) => k === key);
      if (known === undefined)
        this.problems.push(`option "${name}.${key}" is unknown (known: ${keys.join(', ')})`);
      else if (typeof flag !== 'boolean') this.problems.push(`option "${name}.${key}" must be true or false`);
      else out[known] = flag;
    }
    return out;
  }

  /** Reports every option not in `known`, so a typo (`maxlength`) is an error instead of being ignored. */
  unknown(known: readonly string[]): void {
    for (const name of Object.keys(this.options))
      if (!known.includes(name))
        this.problems.push(`option "${name}" is unknown (known: ${known.join(', ')})`);
  }
}

/**
 * Runs a rules factory once with the typed options: a factory that refuses them (a `GatehouseError`
 * `invalid-option` naming the field, e.g. `allow[0]`) becomes a problem sentence instead of a throw later.
 * `keep` receives what the factory built, so `create` can reuse it instead of building it twice.
 */
export function factoryProblems<T>(create: () => T, keep?: (built: T) => void): string[] {
  try {
    // Not `keep?.(create())`: an optional call skips evaluating its argument when `keep` is absent.
    const built = create();
    keep?.(built);
    return [];
  } catch (error) {
    return [`option ${error instanceof Error ? error.message : String(error)}`];
  }
}
