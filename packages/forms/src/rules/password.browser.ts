/**
 * `password` for browsers: the same policy and codes without the common-password list (about 65 KB gzip), so
 * a browser catches length, context words and weak patterns and the server's list check decides the rest.
 * Built form modules resolve this file through the `browser` export condition.
 */
import { createBrowserPasswordPolicy } from '@gatehouse/rules/password/browser';
import type { NamedRule } from '../engine/types.js';
import { passwordRuleFrom } from './password-rule.js';

/** The browser `password` rule (no blocklist; it never rejects what the server rule accepts). */
export const passwordRule: NamedRule = passwordRuleFrom(createBrowserPasswordPolicy);
