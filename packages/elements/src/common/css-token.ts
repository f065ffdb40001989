import { type CSSResult, unsafeCSS } from 'lit';
import { token, type tokenDefaults } from './tokens.js';

/**
 * A `--gate-*` token as a Lit CSS value, `var(--gate-x, default)`, for `css` templates. Token values are our own
 * constants (not user input), so turning them into CSS text is safe.
 */
export function cssToken(name: keyof typeof tokenDefaults): CSSResult {
  return unsafeCSS(token(name));
}
