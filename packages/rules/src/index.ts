/**
 * @gatehouse/rules — pure, isomorphic account policies. Everything is also available from a subpath
 * (`@gatehouse/rules/email`, `/password`, `/phone`, `/otp`, `/pin`, `/roles`) so browser bundles carry only what they use.
 */

export * from './common/errors.js';
export * from './email/index.js';
export * from './otp/index.js';
export * from './password/index.js';
export * from './phone/index.js';
export * from './pin/index.js';
export * from './roles/index.js';
