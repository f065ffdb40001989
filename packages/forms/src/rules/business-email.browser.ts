/**
 * `business-email` for browsers: the compact e-mail policy of `@gatehouse/rules/email/browser`. Built form
 * modules import this one; the server re-checks with the exact lists.
 */
import * as email from '@gatehouse/rules/email/browser';
import type { NamedRule } from '../engine/types.js';
import { businessEmailRuleFrom } from './email-rule.js';
import type { CreateEmailPolicy } from './rules-api.js';

/** The browser `business-email` rule (compact lists, same codes as the server rule). */
export const businessEmailRule: NamedRule = businessEmailRuleFrom(
  (email as unknown as { createEmailPolicy?: CreateEmailPolicy }).createEmailPolicy,
);
