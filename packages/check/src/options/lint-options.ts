import type { AnyStateMachine } from 'xstate';
import type { CheckOptions } from '../check/types.js';
import { allStateNodes } from '../explore/machine-structure.js';
import { didYouMean } from './did-you-mean.js';
import { KNOWN_OPTIONS } from './validate-options.js';

/** True when some transition descriptor of the machine (`FOO`, `*`, `FOO.*`) accepts `type`. */
function handles(descriptors: readonly string[], type: string): boolean {
  return descriptors.some(
    (d) => d === type || d === '*' || (d.endsWith('.*') && type.startsWith(d.slice(0, -1))),
  );
}

/** Invoke `src` names and ids, and the actors given to `setup`/`provide`: the names `actors` may use. */
export function declaredActorNames(machine: AnyStateMachine): Set<string> {
  const names = new Set<string>(Object.keys(machine.implementations.actors ?? {}));
  for (const node of allStateNodes(machine)) {
    for (const def of node.invoke as Array<{ id: string; src: unknown }>) {
      if (typeof def.src === 'string' && !def.src.startsWith('xstate.invoke.')) names.add(def.src);
      if (!def.id.startsWith('xstate.invoke.')) names.add(def.id);
    }
  }
  return names;
}

/**
 * Mistakes that silently shrink the explored world, as warnings: unknown option keys, event types no
 * state handles (a typo sends nothing, and the run would report a deadlock instead), payloads that carry
 * their own `type`. Actor names are checked after exploration, when spawned children are known too.
 */
export function lintOptions(machine: AnyStateMachine, options: CheckOptions<AnyStateMachine>): string[] {
  const warnings: string[] = [];
  for (const key of Object.keys(options)) {
    if (!(KNOWN_OPTIONS as readonly string[]).includes(key))
      warnings.push(`unknown option "${key}" is ignored${didYouMean(key, KNOWN_OPTIONS)}`);
  }
  const descriptors = machine.root.events as string[];
  const concrete = descriptors.filter((d) => !d.includes('*') && !d.startsWith('xstate.'));
  for (const [type, domain] of Object.entries(options.events ?? {})) {
    if (!handles(descriptors, type))
      warnings.push(
        `events.${type}: no state of the machine handles "${type}", so it is never sent${didYouMean(type, concrete)}`,
      );
    if (!Array.isArray(domain)) continue;
    domain.forEach((payload, i) => {
      if (payload && typeof payload === 'object' && 'type' in payload && payload.type !== type)
        warnings.push(
          `events.${type}[${i}] has its own type ${JSON.stringify(payload.type)}, which is ignored: the event sent is "${type}"`,
        );
    });
  }
  for (const entry of options.fairness?.events ?? []) {
    for (const type of typeof entry === 'string' ? [entry] : entry) {
      if (!(type in (options.events ?? {})))
        warnings.push(
          `fairness.events: "${type}" is not in events, so it is never sent${didYouMean(type, Object.keys(options.events ?? {}))}`,
        );
    }
  }
  return warnings;
}

/** Warnings for `actors` entries that name nothing the machine invokes, provides or spawned during the run. */
export function lintActorNames(
  machine: AnyStateMachine,
  options: CheckOptions<AnyStateMachine>,
  seenChildren: ReadonlySet<string>,
): string[] {
  const known = declaredActorNames(machine);
  for (const id of seenChildren) known.add(id);
  return Object.keys(options.actors ?? {})
    .filter((name) => !known.has(name))
    .map(
      (name) =>
        `actors.${name}: no invoked, provided or spawned actor is named "${name}", so these outcomes are never used${didYouMean(name, known)}`,
    );
}
