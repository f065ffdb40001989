import type { AnyStateMachine } from 'xstate';
import { GatehouseError } from './errors.js';

/** True for an XState v5 state machine (what `createMachine` and `setup().createMachine` return). */
export function isMachine(value: unknown): value is AnyStateMachine {
  return (
    typeof value === 'object' &&
    value !== null &&
    'root' in value &&
    typeof (value as { transition?: unknown }).transition === 'function' &&
    typeof (value as { getInitialSnapshot?: unknown }).getInitialSnapshot === 'function'
  );
}

function shortText(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') {
    const keys = Object.keys(value as object).slice(0, 4);
    return keys.length === 0 ? 'an empty object {}' : `an object with keys ${keys.join(', ')}`;
  }
  if (typeof value === 'function') return 'a function';
  return `${typeof value} ${String(value)}`;
}

/**
 * Throws `GatehouseError('not-a-machine')` naming the function that was called, unless `value` is an
 * XState v5 machine. Every public entry point calls it first, so `check(42)` says what went wrong instead
 * of failing deep inside with a TypeError.
 */
export function assertMachine(value: unknown, where: string): asserts value is AnyStateMachine {
  if (isMachine(value)) return;
  const hint =
    typeof value === 'object' && value !== null && 'machine' in value
      ? ' (this looks like a model definition: pass its .machine)'
      : '';
  throw new GatehouseError(
    'not-a-machine',
    `${where}: expected an XState v5 machine (from createMachine or setup(…).createMachine), got ${shortText(value)}${hint}`,
  );
}
