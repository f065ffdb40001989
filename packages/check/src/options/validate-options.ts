import type { AnyStateMachine } from 'xstate';
import type { CheckOptions } from '../check/types.js';
import { GatehouseError } from '../errors.js';

/** Every option key `check` reads; anything else is a typo and gets a warning. */
export const KNOWN_OPTIONS = [
  'events',
  'actors',
  'input',
  'invariants',
  'steps',
  'canAlwaysFinish',
  'deadlock',
  'key',
  'maxStates',
  'liveness',
  'fairness',
  'neverFire',
] as const;

/**
 * Throws `GatehouseError('invalid-options')` naming the field when an option has the wrong shape. Shapes
 * only: mistakes that still leave a meaningful run (a typo in an event type) are warnings, see `lintOptions`.
 */
export function validateOptions(options: CheckOptions<AnyStateMachine>): void {
  const fail = (field: string, what: string): never => {
    throw new GatehouseError('invalid-options', `check options: ${field} ${what}`);
  };
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    fail('', 'must be an object ({ events, actors, invariants, … })');
  if (options.events !== undefined && (typeof options.events !== 'object' || options.events === null)) {
    fail('events', 'must be an object of event type → payload list');
  }
  for (const [type, domain] of Object.entries(options.events ?? {})) {
    if (typeof domain === 'function') continue;
    if (!Array.isArray(domain)) fail(`events.${type}`, 'must be an array of payload objects or a function');
    domain.forEach((payload: unknown, i: number) => {
      if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
        fail(`events.${type}[${i}]`, 'must be a payload object ({} for the bare event)');
      }
    });
  }
  for (const [name, outcomes] of Object.entries(options.actors ?? {})) {
    if (!Array.isArray(outcomes)) fail(`actors.${name}`, 'must be an array of { output } or { error }');
    outcomes.forEach((outcome: unknown, i: number) => {
      if (typeof outcome !== 'object' || outcome === null || !('output' in outcome || 'error' in outcome)) {
        fail(`actors.${name}[${i}]`, 'must be { output: … } or { error: … }');
      }
    });
  }
  for (const group of ['invariants', 'steps'] as const) {
    for (const [name, fn] of Object.entries(options[group] ?? {})) {
      if (typeof fn !== 'function') fail(`${group}.${name}`, 'must be a function');
    }
  }
  const kinds = ['eventually', 'leadsTo', 'alwaysCanReach', 'until'];
  for (const [name, property] of Object.entries(options.liveness ?? {})) {
    const ok =
      typeof property === 'object' &&
      property !== null &&
      kinds.includes(property.kind) &&
      typeof property.p === 'function' &&
      (!('q' in property) || typeof property.q === 'function');
    if (!ok)
      fail(`liveness.${name}`, 'must be eventually(p), leadsTo(p, q), alwaysCanReach(p) or until(p, q)');
  }
  const fairness = options.fairness;
  if (fairness !== undefined) {
    if (typeof fairness !== 'object' || fairness === null)
      fail('fairness', 'must be { events, timers, actors }');
    if (fairness.events !== undefined && !Array.isArray(fairness.events))
      fail('fairness.events', "must be a list of event types or groups, e.g. [['APPROVE', 'REJECT']]");
  }
  if (options.key !== undefined && typeof options.key !== 'function') fail('key', 'must be a function');
  const never = options.neverFire;
  if (never !== undefined && !(Array.isArray(never) && never.every((n) => typeof n === 'string')))
    fail('neverFire', "must be a list of delay names or timer event types, e.g. ['confirmationExpiry']");
  const max = options.maxStates;
  if (max !== undefined && !(Number.isInteger(max) && max > 0))
    fail('maxStates', 'must be a positive integer');
}
