import { GatehouseError } from '@gatehouse/rules';
import {
  type Actor,
  type ActorOptions,
  type AnyStateMachine,
  type AnyStateNode,
  createActor,
  type SnapshotFrom,
} from 'xstate';

/** The current persisted-flow format. Bump it when a machine's state names or context change shape. */
export const FLOW_SNAPSHOT_VERSION = 1;

/** A persisted flow: JSON-safe, versioned, and free of passwords, codes and TOTP secrets. */
export interface PersistedFlow {
  version: number;
  /** The machine id (`registration`, `rma`, …); restoring into another machine is refused. */
  flow: string;
  savedAt: string;
  snapshot: { status: string; value: unknown; context: Record<string, unknown>; historyValue?: unknown };
}

/** Context keys that may hold a secret; they are replaced with `null` before anything is persisted. */
export const SECRET_CONTEXT_KEYS: readonly string[] = [
  'totp',
  'pin',
  'password',
  'secret',
  'code',
  'token',
  'otpauthUri',
  'recoveryCodes',
];

type Migration = (old: Record<string, unknown>) => PersistedFlow;

/**
 * Migrations from older formats, keyed by the version they read. Version 0 is the pre-release shape
 * `{ flow, value, context }` without a version number.
 */
const migrations: Record<number, Migration> = {
  0: (old) => ({
    version: 1,
    flow: String(old.flow),
    savedAt: new Date(0).toISOString(),
    snapshot: { status: 'active', value: old.value, context: (old.context ?? {}) as Record<string, unknown> },
  }),
};

function resumeValue(snapshot: { _nodes?: AnyStateNode[]; value: unknown }): unknown {
  // The deepest busy state decides: it names the resting state a reload continues from.
  const nodes = (snapshot._nodes ?? []).filter((n) => n.meta && 'resume' in (n.meta as object));
  const deepest = nodes.sort((a, b) => b.path.length - a.path.length)[0];
  return deepest ? (deepest.meta as { resume: unknown }).resume : snapshot.value;
}

/** Names of nested keys that may hold a secret (`data.password`, `data.confirmPassword`, …), blanked at any depth. */
const SECRET_NAME = /password|secret|otpauth/i;

function stripSecrets(context: Record<string, unknown>): Record<string, unknown> {
  const out = blankNestedSecrets(context) as Record<string, unknown>;
  for (const key of SECRET_CONTEXT_KEYS) if (key in out) out[key] = null;
  return out;
}

/** A copy of `value` with every property whose name looks like a secret set to `null`, at any depth. */
function blankNestedSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(blankNestedSecrets);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value))
    out[key] = SECRET_NAME.test(key) ? null : blankNestedSecrets(inner);
  return out;
}

/**
 * Persist a running flow for `sessionStorage` or a server. The one thing to know: a flow that is waiting on a
 * port (`submitting`, `authenticating`, …) is saved as the resting state before it (its `meta.resume`), so a
 * reload asks again instead of hanging on a request that no longer exists; and port inputs (which carry
 * passwords and codes) and secret context keys are never included.
 */
export function persistFlow(actor: Actor<AnyStateMachine>): PersistedFlow {
  const snapshot = actor.getSnapshot();
  const persisted = actor.getPersistedSnapshot() as { status: string; historyValue?: unknown };
  return {
    version: FLOW_SNAPSHOT_VERSION,
    flow: actor.logic.id,
    savedAt: new Date().toISOString(),
    snapshot: {
      status: persisted.status,
      value: resumeValue(snapshot),
      context: stripSecrets(snapshot.context as Record<string, unknown>),
    },
  };
}

/**
 * Turn a persisted flow back into a snapshot of `machine` (for `createActor(machine, { snapshot })`). Older
 * versions are migrated; a newer version, another flow or a malformed value throws a `GatehouseError`
 * (`snapshot-version-unsupported`, `snapshot-flow-mismatch`, `invalid-snapshot`) — start the flow fresh then.
 */
export function restoreFlow<TMachine extends AnyStateMachine>(
  machine: TMachine,
  persisted: unknown,
): SnapshotFrom<TMachine> {
  if (typeof persisted !== 'object' || persisted === null) {
    throw new GatehouseError('invalid-snapshot', 'persisted flow: expected an object');
  }
  let flow = persisted as Record<string, unknown>;
  let version = typeof flow.version === 'number' ? flow.version : 0;
  if (version > FLOW_SNAPSHOT_VERSION || !Number.isInteger(version) || version < 0) {
    throw new GatehouseError(
      'snapshot-version-unsupported',
      `persisted flow: version ${String(flow.version)} is not supported (this build reads up to ${FLOW_SNAPSHOT_VERSION})`,
      { version: flow.version, supported: FLOW_SNAPSHOT_VERSION },
    );
  }
  while (version < FLOW_SNAPSHOT_VERSION) {
    const migrate = migrations[version];
    if (!migrate) {
      throw new GatehouseError(
        'snapshot-version-unsupported',
        `persisted flow: no migration from version ${version}`,
        {
          version,
        },
      );
    }
    flow = migrate(flow) as unknown as Record<string, unknown>;
    version = flow.version as number;
  }
  const current = flow as unknown as PersistedFlow;
  if (current.flow !== machine.id) {
    throw new GatehouseError(
      'snapshot-flow-mismatch',
      `persisted flow: saved by "${current.flow}", cannot restore into "${machine.id}"`,
      { saved: current.flow, machine: machine.id },
    );
  }
  const s = current.snapshot;
  if (typeof s !== 'object' || s === null || typeof s.context !== 'object' || s.context === null) {
    throw new GatehouseError('invalid-snapshot', 'persisted flow: /snapshot/context must be an object');
  }
  const resolved = resolveSavedState(machine, s);
  // The shape `createActor(machine, { snapshot })` restores from. Busy states that carried secrets were saved as
  // resting ones; the invocations of the restored states (loading a profile, polling a status, …) are recreated
  // as fresh promise actors, which XState starts again on restore. Their input comes from context only.
  const children: Record<string, unknown> = {};
  for (const node of resolved._nodes) {
    for (const def of (node.invoke ?? []) as Array<{
      id: string;
      src: unknown;
      input?: unknown;
      systemId?: string;
    }>) {
      const input =
        typeof def.input === 'function'
          ? (def.input as (a: unknown) => unknown)({
              context: s.context,
              event: { type: 'xstate.resume' },
              self: undefined,
            })
          : def.input;
      children[def.id] = {
        snapshot: { status: 'active', output: undefined, error: undefined, input },
        src: def.src,
        systemId: def.systemId,
      };
    }
  }
  return {
    status: s.status === 'done' ? 'done' : 'active',
    value: s.value,
    context: s.context,
    children,
    historyValue: {},
    output: undefined,
    error: undefined,
  } as unknown as SnapshotFrom<TMachine>;
}

/**
 * Restore and start a flow, re-arming the timers of the restored states (`after` transitions such as the
 * confirmation link's expiry or the resend cooldown), which a plain XState restore does not schedule. A re-armed
 * timer fires only while the state that owns it is still active.
 */
export function resumeFlow<TMachine extends AnyStateMachine>(
  machine: TMachine,
  persisted: unknown,
  options: Omit<ActorOptions<TMachine>, 'snapshot'> = {},
): Actor<TMachine> {
  const snapshot = restoreFlow(machine, persisted);
  const actor = createActor(machine, { ...options, snapshot } as ActorOptions<TMachine>);
  actor.start();
  const restored = actor.getSnapshot() as unknown as {
    _nodes: AnyStateNode[];
    context: unknown;
    value: unknown;
  };
  const delays = (machine.implementations.delays ?? {}) as Record<string, unknown>;
  for (const node of restored._nodes) {
    for (const transition of node.after ?? []) {
      const { delay, eventType } = transition as unknown as { delay: string | number; eventType: string };
      const named = typeof delay === 'string' ? delays[delay] : delay;
      const ms =
        typeof named === 'function'
          ? Number(
              (named as (a: unknown) => number)({
                context: restored.context,
                event: { type: 'xstate.resume' },
              }),
            )
          : Number(named);
      if (!Number.isFinite(ms)) continue;
      actor.clock.setTimeout(
        () => {
          const active = (actor.getSnapshot() as unknown as { _nodes: AnyStateNode[] })._nodes;
          if (active.includes(node)) actor.send({ type: eventType } as never);
        },
        Math.max(0, ms),
      );
    }
  }
  return actor;
}

/** The machine's state for a saved value and context; an unknown state name is an `invalid-snapshot` error. */
function resolveSavedState(
  machine: AnyStateMachine,
  saved: PersistedFlow['snapshot'],
): { _nodes: AnyStateNode[] } {
  try {
    return machine.resolveState({
      value: saved.value as never,
      context: saved.context as never,
    }) as unknown as {
      _nodes: AnyStateNode[];
    };
  } catch (error) {
    throw new GatehouseError(
      'invalid-snapshot',
      `persisted flow: /snapshot/value ${JSON.stringify(saved.value)} is not a state of "${machine.id}"`,
      { value: saved.value },
      { cause: error },
    );
  }
}
