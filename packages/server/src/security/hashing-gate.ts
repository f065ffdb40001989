import { availableParallelism } from 'node:os';

/**
 * Bounds how many password hashes (scrypt, ~200 ms of CPU and 32 MiB each) run at once and how many wait. Without
 * a bound, a flood of logins queues unboundedly in libuv's thread pool and every login — the attacker's and
 * everyone else's — waits seconds. With it, the hashes in flight finish at full speed and a request beyond the
 * queue gets `503 unavailable` with a Retry-After at once. CPU is a property of the process, so there is one gate
 * per process, shared by every app in it.
 */

/** Limits of the gate. */
export interface HashingLimits {
  /** Hashes computed at the same time; default: the CPUs Node may use (`os.availableParallelism()`). */
  concurrency: number;
  /** Hashes that may wait for a slot; beyond it a request is refused. Default 8 per slot. */
  queue: number;
}

/** Thrown when the queue is full; `retryAfter` is the estimated seconds until it has drained. */
export class HashingBusyError extends Error {
  override readonly name = 'HashingBusyError';
  constructor(readonly retryAfter: number) {
    super(`password hashing is at capacity; retry in ${retryAfter} s`);
  }
}

/** The limits a fresh process starts with. */
export function defaultHashingLimits(): HashingLimits {
  const concurrency = Math.max(1, availableParallelism());
  return { concurrency, queue: 8 * concurrency };
}

/** A gate: `run` waits for a slot (FIFO), or throws {@link HashingBusyError} when the queue is full. */
export interface HashingGate {
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Hashes running and waiting right now (for tests and metrics). */
  load(): { running: number; waiting: number };
}

/** Creates a gate with `limits`. */
export function createHashingGate(limits: HashingLimits): HashingGate {
  let running = 0;
  const waiting: (() => void)[] = [];
  // Smoothed duration of one hash, for an honest Retry-After.
  let averageMs = 250;
  const release = () => {
    running -= 1;
    const next = waiting.shift();
    if (next) {
      running += 1;
      next();
    }
  };
  return {
    async run(work) {
      if (running >= limits.concurrency) {
        if (waiting.length >= limits.queue) {
          const drainMs = ((waiting.length + running) / limits.concurrency) * averageMs;
          throw new HashingBusyError(Math.max(1, Math.ceil(drainMs / 1000)));
        }
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else {
        running += 1;
      }
      const started = performance.now();
      try {
        return await work();
      } finally {
        averageMs = averageMs * 0.8 + (performance.now() - started) * 0.2;
        release();
      }
    },
    load: () => ({ running, waiting: waiting.length }),
  };
}

let gate = createHashingGate(defaultHashingLimits());

/** The process's gate (every password hash and verification goes through it). */
export function hashingGate(): HashingGate {
  return gate;
}

/**
 * Replaces the process's limits (`createGatehouseServer({ passwordHashing })` calls it). Hashes already running
 * or waiting finish under the old gate.
 */
export function setHashingLimits(limits: Partial<HashingLimits>): void {
  const defaults = defaultHashingLimits();
  const concurrency = limits.concurrency ?? defaults.concurrency;
  gate = createHashingGate({ concurrency, queue: limits.queue ?? 8 * concurrency });
}
