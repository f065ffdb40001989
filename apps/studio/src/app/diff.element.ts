/**
 * `<studio-diff>`: what changed since the file was last saved, line by line, in the formatted JSON the file will
 * hold (the diff git will show).
 */
import { html, LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { lineDiff } from '../model/line-diff.js';

const SIGN = { same: ' ', add: '+', remove: '-' } as const;
const WORD = { same: '', add: 'added: ', remove: 'removed: ' } as const;

/** The diff pane. */
export class StudioDiff extends LitElement {
  static override properties: PropertyDeclarations = { saved: {}, current: {}, label: {} };

  /** The text on disk. */
  saved = '';
  /** The text the file would get. */
  current = '';
  /** What `saved` is, for the heading ("the last save", "published version 2"). */
  label = 'the last save';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render(): TemplateResult {
    if (this.saved === this.current) return html`<p class="diff-none">No changes since ${this.label}.</p>`;
    const lines = lineDiff(this.saved, this.current);
    const added = lines.filter((l) => l.kind === 'add').length;
    const removed = lines.filter((l) => l.kind === 'remove').length;
    return html`<h2 class="pane-label">Changes since ${this.label}</h2>
      <p class="diff-summary">${this.saved === '' ? 'A new file: ' : ''}${added} lines added, ${removed} removed.</p>
      <pre class="diff" tabindex="0" aria-label="Changes">${lines.map(
        (
          l,
        ) => html`<span class="diff-${l.kind}"><span class="sr-only">${WORD[l.kind]}</span><span aria-hidden="true">${SIGN[l.kind]} </span>${l.text}
</span>`,
      )}</pre>`;
  }
}
