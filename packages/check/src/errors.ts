/**
 * The error thrown at this package's API edges (bad options, a model file that cannot load). `code` is a
 * stable kebab-case string to branch on; the message names the offending field.
 */
export class GatehouseError extends Error {
  /** Stable, kebab-case reason, e.g. `invalid-options`. */
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GatehouseError';
    this.code = code;
  }
}
