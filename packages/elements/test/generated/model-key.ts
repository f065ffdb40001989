/** The models' state key: value, status and context without wall-clock times, so generation is reproducible. */
export function withoutTimes(snapshot: { value: unknown; status: string; context: unknown }): string {
  return JSON.stringify([snapshot.value, snapshot.status, snapshot.context], (key, value) =>
    key === 'config' || key.endsWith('At') || key.endsWith('Until') ? undefined : value,
  );
}
