/**
 * The events the studio's parts send up to `<gate-studio>` (bubbling, composed), and one helper to send them.
 */
import type { Definition } from '../model/definition.js';

/** `studio-change`: a part made a new definition. */
export interface ChangeDetail {
  def: Definition;
  /** The field to select afterwards (a new or moved field). */
  select?: string;
  /** A sentence for the status line (screen readers hear it). */
  status?: string;
}

/** Sends `studio-change` from `from`. */
export function change(from: EventTarget, detail: ChangeDetail): void {
  from.dispatchEvent(new CustomEvent('studio-change', { detail, bubbles: true, composed: true }));
}

/** Sends `studio-select`: show the designer with this field selected (a lint "Go to"). */
export function select(from: EventTarget, pointer: string): void {
  from.dispatchEvent(
    new CustomEvent('studio-select', { detail: { pointer }, bubbles: true, composed: true }),
  );
}
