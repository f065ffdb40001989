/**
 * Tolerant registration of custom elements: loading a Gatehouse bundle twice, or next to another copy of Lit,
 * must not throw `NotSupportedError: "gate-form" has already been used with this registry`.
 */

/**
 * Registers `ctor` as `tag` unless the tag is already taken, and returns the constructor that now owns the tag.
 * A caller must not assume the returned constructor is `ctor`: the first bundle that registered the tag wins.
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): CustomElementConstructor {
  const existing = registry.get(tag);
  if (existing) return existing;
  try {
    registry.define(tag, ctor);
  } catch (error) {
    // Another bundle may have raced us between `get` and `define`, or this very constructor is already
    // registered under another name (a second copy of the same class): both are harmless here.
    const winner = registry.get(tag);
    if (winner) return winner;
    throw error;
  }
  return ctor;
}
