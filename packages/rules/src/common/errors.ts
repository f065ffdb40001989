/**
 * The one error type Gatehouse throws, and only at API edges (bad options, misuse); policies return result
 * values instead. Callers must branch on `code` (stable kebab-case, public API), never on `message`.
 */
export class GatehouseError extends Error {
  /** Stable kebab-case identifier, e.g. `invalid-option`. */
  readonly code: string;
  /** What a message or a log needs to explain the error (the option name, the bad value…). */
  readonly params: Readonly<Record<string, unknown>>;

  constructor(code: string, message: string, params: Record<string, unknown> = {}, options?: ErrorOptions) {
    super(message, options);
    this.name = 'GatehouseError';
    this.code = code;
    this.params = Object.freeze({ ...params });
  }
}

/** True when `value` is a {@link GatehouseError}, also across realms/bundles where `instanceof` fails. */
export function isGatehouseError(value: unknown): value is GatehouseError {
  return (
    value instanceof GatehouseError ||
    (value instanceof Error &&
      value.name === 'GatehouseError' &&
      typeof (value as { code?: unknown }).code === 'string')
  );
}
