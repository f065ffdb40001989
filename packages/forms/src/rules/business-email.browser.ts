/**
 * `business-email` for browsers: the compact e-mail policy of `@gatehouse/rules/email/browser`. Built form
 * modules import this one; the server re-checks with the exact lists.
 */
import { createEmailPolicy, EMAIL_REJECTION_CODES } from '@gatehouse/rules/email/browser';
import type { NamedRule } from '../engine/types.js';
import { businessEmailRuleFrom } from './email-rule.js';

/** The browser `business-email` rule (compact lists, same codes as the server rule; unsure ones tentative). */
export const businessEmailRule: NamedRule = businessEmailRuleFrom(createEmailPolicy, EMAIL_REJECTION_CODES);
