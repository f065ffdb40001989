import { fromPromise } from 'xstate';

/** One call of a recording port: which port, its input, and how the runner answers it. */
export interface PortCall {
  port: string;
  input: unknown;
  answered: boolean;
  resolve(output: unknown): void;
  reject(error: unknown): void;
}

/**
 * Ports that record every call and answer only when told: the page's flow waits in its busy state until the
 * runner delivers the answer the path says (a port's outcome is a step of the path, like a click).
 */
export function recordingPorts(names: readonly string[]) {
  const calls: PortCall[] = [];
  const logic = Object.fromEntries(
    names.map((port) => [
      port,
      fromPromise(
        ({ input }: { input: unknown }) =>
          new Promise<unknown>((resolve, reject) => {
            calls.push({ port, input, answered: false, resolve, reject });
          }),
      ),
    ]),
  );
  return {
    /** The ports, as `machine.provide({ actors })` (or an element's `ports` property) takes them. */
    logic,
    /** Every call so far, in order. */
    calls,
    /** The oldest call of `port` not answered yet. */
    waiting: (port: string) => calls.find((call) => call.port === port && !call.answered),
  };
}

/** What {@link recordingPorts} returns. */
export type RecordingPorts = ReturnType<typeof recordingPorts>;
