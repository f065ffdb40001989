import { GatehouseError } from '@gatehouse/rules';
import { fromPromise, type PromiseActorLogic } from 'xstate';

/**
 * The default implementation of a port: a promise actor that rejects with a `GatehouseError` of code
 * `port-not-provided` naming the port. Hosts must replace it with `machine.provide({ actors: { [name]: … } })`
 * or with `createHttpPorts(...)`; a flow that reaches an unprovided port shows this code as its issue.
 */
export function missingPort<TOutput, TInput>(name: string): PromiseActorLogic<TOutput, TInput> {
  return fromPromise<TOutput, TInput>(async () => {
    throw new GatehouseError(
      'port-not-provided',
      `port ${name} not provided: pass it with machine.provide({ actors: { ${name} } }) or use createHttpPorts()`,
      { port: name },
    );
  });
}

/**
 * Define a port implementation from an async function of its input. The one thing to know: the function
 * receives an `AbortSignal` that fires when the flow leaves the state (cancel your request with it).
 */
export function port<TInput, TOutput>(
  run: (input: TInput, signal: AbortSignal) => Promise<TOutput>,
): PromiseActorLogic<TOutput, TInput> {
  return fromPromise<TOutput, TInput>(({ input, signal }) => run(input, signal));
}
