/**
 * Session persistence of a flow element's actor, so a reload loses nothing. The envelope is versioned; a
 * snapshot of another version or flow is rejected with a clear error.
 *
 * Secrets never reach storage: a snapshot is only written while no port call runs (the only place a password or a
 * code exists is a port's input), never in the element's secret steps (the TOTP secret on screen), and every
 * context key named like a secret is blanked as a second line of defence. Known gap until `@gatehouse/flows` ships
 * `persistFlow`/`restoreFlow`: XState does not persist pending `after` timers, so a restored waiting step keeps its
 * data but its timer (e.g. the resend cooldown) only fires after the next transition.
 */
import type { AnyMachineSnapshot } from 'xstate';

/** Version of the stored envelope; bump it when the shape changes. */
export const PERSIST_VERSION = 1;

/** Where a flow element keeps its snapshot: the tab's session (default), the browser profile, or nowhere. */
export type PersistMode = 'session' | 'local' | 'none';

/** Context keys whose values are blanked before storage, wherever they occur. */
const secretKeys =
  /^(password|currentPassword|newPassword|confirmPassword|code|secret|otpauthUri|pin|token)$/;

interface Envelope {
  v: number;
  flow: string;
  savedAt: number;
  snapshot: unknown;
}

function storageOf(mode: PersistMode): Storage | undefined {
  try {
    if (mode === 'session') return sessionStorage;
    if (mode === 'local') return localStorage;
  } catch {
    // Storage can be blocked (sandboxed iframes, privacy settings): the flow then simply does not persist.
  }
  return undefined;
}

function scrub(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrub);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = secretKeys.test(key) ? null : scrub(inner);
  return out;
}

/** True when the snapshot may be stored: no port call running (port inputs carry passwords and codes). */
export function isPersistable(snapshot: AnyMachineSnapshot, persisted: { children?: object }): boolean {
  return snapshot.status === 'active' && Object.keys(persisted.children ?? {}).length === 0;
}

/** Writes the persisted snapshot with secret-named context keys blanked. */
export function saveFlow(mode: PersistMode, key: string, flow: string, persisted: unknown): void {
  const storage = storageOf(mode);
  if (!storage) return;
  const p = persisted as { context?: unknown };
  const envelope: Envelope = {
    v: PERSIST_VERSION,
    flow,
    savedAt: Date.now(),
    snapshot: { ...p, context: scrub(p.context) },
  };
  try {
    storage.setItem(key, JSON.stringify(envelope));
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

/** A restore answer: the snapshot to start from, nothing stored, or why the stored one was rejected. */
export type Restored =
  | { ok: true; snapshot: unknown | undefined }
  | { ok: false; code: string; message: string };

/** Reads a stored flow; a wrong version, flow or shape is rejected (and removed) with a clear message. */
export function restoreFlow(mode: PersistMode, key: string, flow: string): Restored {
  const storage = storageOf(mode);
  const text = storage?.getItem(key);
  if (!storage || !text) return { ok: true, snapshot: undefined };
  try {
    const envelope = JSON.parse(text) as Partial<Envelope>;
    if (envelope.v !== PERSIST_VERSION || envelope.flow !== flow || typeof envelope.snapshot !== 'object') {
      storage.removeItem(key);
      return {
        ok: false,
        code: 'snapshot-rejected',
        message: `stored ${String(envelope.flow)} flow of version ${String(envelope.v)} cannot resume ${flow} version ${PERSIST_VERSION}; starting over`,
      };
    }
    return { ok: true, snapshot: envelope.snapshot };
  } catch {
    storage.removeItem(key);
    return {
      ok: false,
      code: 'snapshot-rejected',
      message: `stored ${flow} flow is not valid JSON; starting over`,
    };
  }
}
