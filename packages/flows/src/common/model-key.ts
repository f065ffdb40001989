/**
 * A state abstraction for model checking flows: the state value, the status and the context without
 * wall-clock timestamps (`…At`, `…Until`) and configuration, which would otherwise make every step a new
 * state. Timers still fire as explicit steps, so the abstraction loses no behaviour the flows depend on.
 */
export function flowStateKey(snapshot: { value: unknown; status: string; context: unknown }): string {
  return JSON.stringify([snapshot.value, snapshot.status, snapshot.context], (key, value) =>
    key === 'config' || key.endsWith('At') || key.endsWith('Until') || key === 'at' ? undefined : value,
  );
}
