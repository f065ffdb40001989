/**
 * `business-email` for Node and the runtime compiler: the exact free-provider and disposable lists.
 * Options are `createEmailPolicy` options (allow/deny lists, switched-off checks, protected domains).
 */
import { createEmailPolicy, EMAIL_ISSUE_CODES } from '@gatehouse/rules/email';
import type { NamedRule } from '../engine/types.js';
import { businessEmailRuleFrom } from './email-rule.js';

/** The server-side `business-email` rule (exact lists; large, so browsers use the `/browser` variant). */
export const businessEmailRule: NamedRule = businessEmailRuleFrom(createEmailPolicy, EMAIL_ISSUE_CODES);
