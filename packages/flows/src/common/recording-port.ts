import { fromPromise, type PromiseActorLogic } from 'xstate';

/** One scripted answer of a {@link recordingPort}: an output, or an error to reject with. */
export type PortAnswer<TOutput> = { output: TOutput } | { error: unknown };

/** A port for tests and demos that records every input and answers from a script. */
export interface RecordingPort<TOutput, TInput> {
  /** The actor logic to pass to `machine.provide({ actors: { name: port.logic } })`. */
  logic: PromiseActorLogic<TOutput, TInput>;
  /** Every input the flow sent, in order. */
  calls: TInput[];
  /** Replace the upcoming answers with these; when they run out the last answer repeats. */
  answer(...answers: PortAnswer<TOutput>[]): void;
}

/**
 * A stub port that records its calls (for tests and the README example). The one thing to know: with no answer
 * queued it rejects with an error naming the port, so a forgotten script fails a test instead of hanging it.
 */
export function recordingPort<TOutput, TInput = unknown>(
  name: string,
  ...initial: PortAnswer<TOutput>[]
): RecordingPort<TOutput, TInput> {
  const queue: PortAnswer<TOutput>[] = [...initial];
  let last: PortAnswer<TOutput> | undefined;
  const calls: TInput[] = [];
  return {
    calls,
    answer(...answers) {
      queue.splice(0, queue.length, ...answers);
      last = undefined;
    },
    logic: fromPromise<TOutput, TInput>(async ({ input }) => {
      calls.push(input);
      const next = queue.shift() ?? last;
      if (!next) throw new Error(`recordingPort ${name}: no answer scripted`);
      last = next;
      if ('error' in next) throw next.error;
      return next.output;
    }),
  };
}
