/**
 * `<gate-studio>`: the whole studio page. It holds the one definition being edited and hands it to the designer,
 * the JSON pane, the diff and the preview; each of them answers with a new definition (`studio-change`). It also
 * keeps the unsaved work of every opened file, so opening another file, a broken file or a refused save never
 * loses an edit.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { type Definition, designProblem, emptyDefinition } from '../model/definition.js';
import { formatDefinition } from '../model/format-definition.js';
import { parseJson } from '../model/json-error.js';
import { type CheckAnswer, checkDefinition, failed, listFiles, readFile, writeFile } from './api.js';
import type { ChangeDetail } from './events.js';
import type { CompareDetail } from './publish.element.js';

/** The edit state of one opened file. */
interface Draft {
  /** The JSON text as the person sees it (may be broken). */
  text: string;
  /** The last definition the designer can show, if any. */
  def: Definition | undefined;
  /** Why the text is not a definition the designer can show ('' when it is). */
  problem: string;
  /** The file's text on disk ('' for a file not yet saved). */
  saved: string;
}

type Tab = 'design' | 'json' | 'diff';

/** Milliseconds of quiet before a change is linted and the preview rebuilt. */
const CHECK_DELAY = 250;

/** A draft of `text` (the file's or the person's). */
function draftOf(text: string, saved: string, previous?: Draft): Draft {
  const parsed = parseJson(text);
  if (!parsed.ok) return { text, def: previous?.def, problem: parsed.message, saved };
  const problem = designProblem(parsed.value);
  return { text, def: problem ? previous?.def : (parsed.value as Definition), problem: problem ?? '', saved };
}

/** The whole studio. */
export class GateStudio extends LitElement {
  static override properties: PropertyDeclarations = {
    files: { state: true },
    folder: { state: true },
    path: { state: true },
    draft: { state: true },
    tab: { state: true },
    selected: { state: true },
    check: { state: true },
    status: { state: true },
    newName: { state: true },
    newError: { state: true },
    compare: { state: true },
  };

  files: string[] = [];
  folder = '';
  path = '';
  draft: Draft | undefined;
  tab: Tab = 'design';
  selected = '';
  check: CheckAnswer | undefined;
  status = '';
  newName = '';
  newError = '';
  /** A published version to diff against instead of the saved file (set by the publish pane). */
  compare: CompareDetail | undefined;

  private readonly drafts = new Map<string, Draft>();
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  private checking = 0;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refreshFiles();
    this.addEventListener('studio-change', (e) => this.onChange((e as CustomEvent<ChangeDetail>).detail));
    this.addEventListener('studio-select', (e) => {
      this.selected = (e as CustomEvent<{ pointer: string }>).detail.pointer;
      this.tab = 'design';
    });
    this.addEventListener('studio-compare', (e) => {
      this.compare = (e as CustomEvent<CompareDetail>).detail;
      this.tab = 'diff';
    });
    this.addEventListener('studio-json', (e) =>
      this.onJson((e as CustomEvent<{ text: string }>).detail.text),
    );
  }

  /** Whether the current file has changes not on disk. */
  get dirty(): boolean {
    return this.draft !== undefined && this.draft.text !== this.draft.saved;
  }

  private async refreshFiles() {
    const answer = await listFiles();
    if (failed(answer)) {
      this.status = answer.error;
      return;
    }
    this.files = answer.files;
    this.folder = answer.folder;
  }

  /** Opens a file of the folder (its unsaved draft, when there is one). */
  async open(path: string) {
    this.keepDraft();
    const kept = this.drafts.get(path);
    if (kept) return this.show(path, kept, `Opened ${path} with your unsaved changes.`);
    const answer = await readFile(path);
    if (failed(answer)) {
      // The list was older than the disk (the file was moved or deleted): say so, keep what is open.
      this.status = `Cannot open ${path}: ${answer.error}${this.draft ? ` ${this.path} stays open as it was.` : ''}`;
      void this.refreshFiles();
      return;
    }
    const draft = draftOf(answer.text, answer.text);
    this.show(
      path,
      draft,
      draft.problem ? `${path} cannot be designed: ${draft.problem}` : `Opened ${path}.`,
    );
  }

  private show(path: string, draft: Draft, status: string) {
    this.path = path;
    this.draft = draft;
    this.selected = '';
    this.check = undefined;
    this.compare = undefined;
    this.tab = draft.problem ? 'json' : this.tab;
    this.status = status;
    this.scheduleCheck();
  }

  private keepDraft() {
    if (this.path && this.draft) this.drafts.set(this.path, this.draft);
  }

  /** Starts a new, empty form saved as `<name>.form.json`. */
  private create(event: Event) {
    event.preventDefault();
    const name = this.newName.trim().replace(/\.form\.json$/, '');
    if (!/^[a-z][a-z0-9-]{0,63}$/.test(name)) {
      this.newError =
        'Use lower-case letters, digits and "-", starting with a letter (it becomes the form id).';
      return;
    }
    const path = `${name}.form.json`;
    if (this.files.includes(path) || this.drafts.has(path)) {
      this.newError = `${path} exists already; open it from the list.`;
      return;
    }
    this.newError = '';
    this.newName = '';
    this.keepDraft();
    const def = emptyDefinition(name);
    this.show(
      path,
      { text: formatDefinition(def), def, problem: '', saved: '' },
      `New form ${path}; not saved yet.`,
    );
    this.tab = 'design';
  }

  private onChange(detail: ChangeDetail) {
    if (!this.draft) return;
    this.draft = { ...this.draft, text: formatDefinition(detail.def), def: detail.def, problem: '' };
    if (detail.select !== undefined) this.selected = detail.select;
    if (detail.status) this.status = detail.status;
    this.scheduleCheck();
  }

  private onJson(text: string) {
    if (!this.draft) return;
    this.draft = draftOf(text, this.draft.saved, this.draft);
    if (!this.draft.problem) this.scheduleCheck();
  }

  private scheduleCheck() {
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => void this.runCheck(), CHECK_DELAY);
  }

  private async runCheck() {
    const def = this.draft?.def;
    if (!def || this.draft?.problem) return;
    const mine = ++this.checking;
    const answer = await checkDefinition(def);
    if (mine !== this.checking) return;
    if (failed(answer)) this.status = answer.error;
    else this.check = answer;
  }

  /** Saves the current definition (formatted) to its file. */
  async save() {
    const d = this.draft;
    if (!d) return;
    if (d.problem || !d.def) {
      this.status = `Not saved: ${d.problem || 'there is no definition to save.'} Your text is kept; fix it first.`;
      return;
    }
    const answer = await writeFile(this.path, d.def);
    if (failed(answer)) {
      this.status = `Not saved: ${answer.error}`;
      return;
    }
    this.draft = { ...d, text: answer.text, saved: answer.text };
    this.drafts.delete(this.path);
    this.status = `Saved ${this.path}.`;
    void this.refreshFiles();
  }

  private renderFiles(): TemplateResult {
    const unsaved = (f: string) => {
      const draft = f === this.path ? this.draft : this.drafts.get(f);
      return draft && draft.text !== draft.saved ? ' (unsaved)' : '';
    };
    const extra = this.path && !this.files.includes(this.path) ? [this.path] : [];
    return html`<nav class="files" aria-labelledby="files-title">
      <h2 id="files-title">Forms</h2>
      <p class="folder">${this.folder}</p>
      <ul>
        ${[...this.files, ...extra].map(
          (f) => html`<li>
            <button type="button" class="file" aria-current=${f === this.path ? 'true' : 'false'} @click=${() => this.open(f)}>
              ${f}${unsaved(f)}
            </button>
          </li>`,
        )}
      </ul>
      <form class="new-form" @submit=${this.create}>
        <label for="new-name">New form id</label>
        <input id="new-name" name="new-name" autocomplete="off" .value=${this.newName}
          aria-describedby=${this.newError ? 'new-error' : nothing}
          @input=${(e: Event) => (this.newName = (e.target as HTMLInputElement).value)} />
        ${this.newError ? html`<p id="new-error" class="error">${this.newError}</p>` : nothing}
        <button type="submit">Start an empty form</button>
      </form>
    </nav>`;
  }

  private renderTabs(): TemplateResult {
    const tab = (id: Tab, label: string) =>
      html`<button type="button" role="tab" id="tab-${id}" aria-controls="panel" aria-selected=${this.tab === id ? 'true' : 'false'}
        tabindex=${this.tab === id ? 0 : -1} @click=${() => (this.tab = id)} @keydown=${this.tabKeys}>${label}</button>`;
    return html`<div role="tablist" aria-label="Editor" class="tabs">
      ${tab('design', 'Design')} ${tab('json', 'JSON')} ${tab('diff', 'Changes')}
    </div>`;
  }

  private tabKeys = (e: KeyboardEvent) => {
    const order: Tab[] = ['design', 'json', 'diff'];
    const i = order.indexOf(this.tab);
    const next =
      e.key === 'ArrowRight' ? order[(i + 1) % 3] : e.key === 'ArrowLeft' ? order[(i + 2) % 3] : undefined;
    if (!next) return;
    e.preventDefault();
    this.tab = next;
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
  };

  private renderPanel(d: Draft): TemplateResult {
    if (this.tab === 'json')
      return html`<studio-json-pane .text=${d.text} .problem=${d.problem}></studio-json-pane>`;
    if (this.tab === 'diff')
      return html`${
        this.compare
          ? html`<p class="compare">Compared with ${this.compare.label}.
              <button type="button" class="link" @click=${() => (this.compare = undefined)}>Compare with the saved file</button></p>`
          : nothing
      }
        <studio-diff .saved=${this.compare?.text ?? d.saved} .current=${d.text} .label=${this.compare?.label ?? 'the last save'}></studio-diff>`;
    if (d.problem || !d.def)
      return html`<div class="problem" role="alert">
        <p>The designer cannot show ${this.path}: ${d.problem}</p>
        <p>Your text is kept. Fix it in the <button type="button" class="link" @click=${() => (this.tab = 'json')}>JSON</button> tab.</p>
      </div>`;
    return html`<studio-designer .def=${d.def} .selected=${this.selected} .problems=${this.check?.lint ?? []}></studio-designer>`;
  }

  protected override render(): TemplateResult {
    const d = this.draft;
    return html`<header class="bar">
        <h1>Gatehouse Studio</h1>
        ${
          d
            ? html`<p class="current">${this.path}${this.dirty ? ' — unsaved changes' : ''}</p>
              <button type="button" class="primary" @click=${this.save}>Save</button>`
            : nothing
        }
      </header>
      <p class="status" role="status" aria-live="polite">${this.status}</p>
      <div class="layout">
        ${this.renderFiles()}
        ${
          d
            ? html`<main class="editor" aria-label="Editor">
                ${this.renderTabs()}
                <div id="panel" role="tabpanel" aria-labelledby="tab-${this.tab}">${this.renderPanel(d)}</div>
              </main>
              <aside class="side" aria-label="Preview and checks">
                <studio-preview .module=${this.check?.module ?? ''} .buildError=${this.check?.buildError ?? ''}></studio-preview>
                <studio-checks .def=${d.def} .lint=${this.check?.lint ?? []} .stale=${d.problem !== ''}></studio-checks>
                <studio-publish .def=${d.problem ? undefined : d.def} .lint=${this.check?.lint ?? []}></studio-publish>
              </aside>`
            : html`<main class="editor empty" aria-label="Editor"><p>Open a form from the list, or start an empty one.</p></main>`
        }
      </div>`;
  }
}
