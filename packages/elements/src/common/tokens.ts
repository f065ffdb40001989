/**
 * The documented theming tokens (`--gate-*`). Every element reads colours, spacing and type only through
 * these, each with a default that passes WCAG AA contrast on white, so a host themes by setting them.
 */

/** Token name → default value (the light theme). `docs/elements.md` lists them; the manifest documents them. */
export const tokenDefaults = {
  '--gate-font': 'system-ui, sans-serif',
  '--gate-font-size': '1rem',
  '--gate-color-text': '#1b1f24',
  '--gate-color-muted': '#57606a',
  '--gate-color-bg': '#ffffff',
  '--gate-color-surface': '#f6f8fa',
  '--gate-color-border': '#8c959f',
  '--gate-color-accent': '#0b5cad',
  '--gate-color-on-accent': '#ffffff',
  '--gate-color-error': '#b3261e',
  '--gate-color-success': '#1a7f37',
  '--gate-radius': '6px',
  '--gate-space': '0.75rem',
  '--gate-focus-ring': '0 0 0 3px rgb(11 92 173 / 45%)',
  '--gate-max-width': '44rem',
} as const;

/** `var(--gate-x, default)` for a token, so an unset token still renders readable. */
export function token(name: keyof typeof tokenDefaults): string {
  return `var(${name}, ${tokenDefaults[name]})`;
}
