/**
 * The codes of the `phone` rule, in a module of their own: the browser's lazy `phone` rule must name them before
 * libphonenumber-js and its metadata arrived.
 */

/** Every code the `phone` rule returns. */
export const PHONE_CODES: readonly string[] = ['invalid-phone'];
