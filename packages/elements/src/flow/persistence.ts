/**
 * Browser storage of a flow element's actor, so a reload loses nothing. What is stored is exactly what
 * `persistFlow` from `@gatehouse/flows/persistence` produces: versioned, busy states saved as the resting state
 * before them, port inputs (passwords, codes) left out, secret context keys (`totp`, `pin`, `code`, …) nulled and
 * password- or secret-named keys blanked at any depth.
 * Restoring goes through `resumeFlow`, which migrates or rejects old versions and re-arms timers (resend cooldowns,
 * the confirmation link's expiry, the PIN rotation). This file only adds the storage choice.
 */
import { type PersistedFlow, persistFlow } from '@gatehouse/flows/persistence';
import type { Actor, AnyStateMachine } from 'xstate';

export { FLOW_SNAPSHOT_VERSION as PERSIST_VERSION } from '@gatehouse/flows/persistence';

/** Where a flow element keeps its snapshot: the tab's session (default), the browser profile, or nowhere. */
export type PersistMode = 'session' | 'local' | 'none';

function storageOf(mode: PersistMode): Storage | undefined {
  try {
    if (mode === 'session') return sessionStorage;
    if (mode === 'local') return localStorage;
  } catch {
    // Storage can be blocked (sandboxed iframes, privacy settings): the flow then simply does not persist.
  }
  return undefined;
}

/** Writes the running flow (`persistFlow` of the actor). Best effort: storage may be full. */
export function saveFlow(mode: PersistMode, key: string, actor: Actor<AnyStateMachine>): void {
  const storage = storageOf(mode);
  if (!storage) return;
  const persisted: PersistedFlow = persistFlow(actor);
  try {
    storage.setItem(key, JSON.stringify(persisted));
  } catch {
    // Quota exceeded or storage blocked: persistence is best effort, the flow goes on.
  }
}

/** Removes a stored flow (it finished, or the user started over). */
export function clearFlow(mode: PersistMode, key: string): void {
  try {
    storageOf(mode)?.removeItem(key);
  } catch {
    // See saveFlow.
  }
}

/** A read answer: the stored value to hand to `resumeFlow`, nothing stored, or unreadable text (removed). */
export type Stored = { ok: true; persisted: unknown | undefined } | { ok: false; message: string };

/** Reads a stored flow; text that is not JSON is removed and reported. Version and shape are `resumeFlow`'s job. */
export function readFlow(mode: PersistMode, key: string): Stored {
  const storage = storageOf(mode);
  let text: string | null | undefined;
  try {
    text = storage?.getItem(key);
  } catch {
    return { ok: true, persisted: undefined };
  }
  if (!storage || !text) return { ok: true, persisted: undefined };
  try {
    return { ok: true, persisted: JSON.parse(text) };
  } catch {
    clearFlow(mode, key);
    return { ok: false, message: `stored flow under "${key}" is not valid JSON; starting over` };
  }
}
