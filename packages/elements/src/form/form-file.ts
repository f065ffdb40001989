/**
 * The file picker of `<gate-form>` (`"widget": "file"`, or any field with the `file` rule): choose files, see them
 * listed with their sizes, remove one. Each chosen file is checked against the field's declared limits (type, size,
 * count) before anything is sent; then it is uploaded, and the field's value holds the server's reference
 * `{ id, name, type, size }`. Loaded with `import()` only for forms that have a file field, so other forms (and
 * every flow element) never download it.
 *
 * Where files go: the element's `uploadFile` property (a function the host gives: `(file, field) => reference`),
 * else a `POST` of the bytes to the element's `upload-url`, or for `<gate-form form-id endpoint>` to
 * `<endpoint>/forms/<id>/versions/<v>/files` of the Gatehouse server; its answer is the reference or issues naming
 * the field.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { adoptInto } from '../common/adopt.js';
import type { GateIssue } from '../common/events.js';
import { getAt } from '../common/pointer.js';
import { token as t } from '../common/tokens.js';
import { fieldIssues, type RenderableForm, type RenderField } from './form-model.js';
import type { GateForm, RenderContext } from './gate-form.element.js';

/** A file as the field's value holds it: the server's reference once uploaded. */
export interface FileReference {
  id?: string;
  name: string;
  type: string;
  size: number;
}

/** Uploads one file for a field and resolves its reference; rejects with `{ issues }` to show them on the field. */
export type FileUploader = (file: File, field: string) => Promise<FileReference>;

/**
 * The parts of `<gate-form>` the picker renders with: its own label, message line and state handling, so a file
 * field looks and behaves like every other field (the element keeps them internal; this chunk is part of it).
 */
interface FileHost extends HTMLElement {
  readonly compiled: RenderableForm | undefined;
  value: Record<string, unknown>;
  issues: readonly GateIssue[];
  uploadFile?: FileUploader;
  /** Set on `<gate-form form-id endpoint>`: where the published form's files go. */
  endpoint?: string;
  published?: { id: string; version: number };
  ids(pointer: string): { input: string; help: string; error: string; hints: string };
  renderLabelText(field: RenderField, ctx: RenderContext): TemplateResult;
  renderMessages(field: RenderField, pointer: string, ctx: RenderContext): TemplateResult;
  describedBy(field: RenderField, pointer: string, extra?: string[]): string | typeof nothing;
  isRequired(field: RenderField, ctx: RenderContext): boolean;
  isDisabled(field: RenderField, ctx: RenderContext): boolean;
  invalid(pointer: string): boolean | undefined;
  change(pointer: string, next: unknown, validateNow: boolean): void;
  requestUpdate(): void;
}

/** The picker's own texts, English and German (other languages fall back to English). */
const texts = {
  en: {
    uploading: 'Uploading {name}…',
    uploaded: '{name} uploaded.',
    remove: 'Remove',
    removeFile: 'Remove {name}',
    failed: '{name} could not be uploaded. Please try again.',
  },
  de: {
    uploading: '{name} wird hochgeladen …',
    uploaded: '{name} wurde hochgeladen.',
    remove: 'Entfernen',
    removeFile: '{name} entfernen',
    failed: '{name} konnte nicht hochgeladen werden. Bitte versuchen Sie es erneut.',
  },
};
type Text = keyof (typeof texts)['en'];
const say = (locale: string, key: Text, name: string) =>
  (texts[locale.slice(0, 2) as 'de'] ?? texts.en)[key].replace('{name}', name);

const css = `
:where(gate-form) .gate-files { list-style: none; margin: 0.25rem 0 0; padding: 0; display: grid; gap: 0.25rem; }
:where(gate-form) .gate-files li { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; overflow-wrap: anywhere; }
:where(gate-form) .gate-files .gate-file-size { color: ${t('--gate-color-muted')}; font-size: 0.875em; }
:where(gate-form) .gate-file-input { max-width: 100%; }
:where(gate-form) .gate-file-status { margin: 0; color: ${t('--gate-color-muted')}; font-size: 0.875em; min-height: 1.25em; }
`;
let sheet: CSSStyleSheet | undefined;

/** Upload status per element and field (what the live line says). */
const statuses = new WeakMap<HTMLElement, Map<string, string>>();

/** A size as people read it (decimal units, like file managers). */
function readable(bytes: number): string {
  if (bytes >= 1_000_000) return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
  if (bytes >= 1_000) return `${Number((bytes / 1_000).toFixed(1))} KB`;
  return `${bytes} B`;
}

/** The default uploader: the bytes to `upload-url`, the field and name in the query (the body is the file alone). */
function urlUploader(host: FileHost): FileUploader | undefined {
  const published = host.published;
  // A published form (`form-id` with `endpoint`) uploads to the version it shows, as it submits to it.
  const base =
    host.getAttribute('upload-url') ??
    (host.endpoint && published
      ? `${host.endpoint.replace(/\/$/, '')}/forms/${encodeURIComponent(published.id)}/versions/${published.version}/files`
      : undefined);
  if (!base) return undefined;
  return async (file, field) => {
    const url = new URL(base, document.baseURI);
    url.searchParams.set('field', field);
    url.searchParams.set('name', file.name);
    const res = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      // Not a type a cross-site form could send: the server's CSRF defence relies on it.
      headers: { 'content-type': 'application/octet-stream' },
      body: file,
    });
    const body = (await res.json().catch(() => ({}))) as { error?: { issues?: GateIssue[] } } & FileReference;
    if (!res.ok) throw { issues: body.error?.issues ?? [] };
    return { id: body.id, name: body.name, type: body.type, size: body.size };
  };
}

/** Checks, uploads and adds the chosen files; issues (the form's or the server's) show on the field. */
async function choose(host: FileHost, field: RenderField, ctx: RenderContext, input: HTMLInputElement) {
  const form = host.compiled;
  const chosen = [...(input.files ?? [])];
  input.value = '';
  if (!form || chosen.length === 0) return;
  const pointer = field.pointer;
  const current = listAt(host, pointer);
  const candidates = chosen.map((f) => ({
    name: f.name,
    type: f.type || 'application/octet-stream',
    size: f.size,
  }));
  // The declared limits first, in the browser: nothing is sent that the form itself refuses.
  const trial = { ...host.value };
  setList(trial, pointer, [...current, ...candidates]);
  const problems = fieldIssues(form.validateField(pointer, trial)).filter((i) => i.path.startsWith(pointer));
  if (problems.length > 0) {
    host.issues = problems;
    return;
  }
  const upload = host.uploadFile ?? urlUploader(host);
  const status = statuses.get(host) ?? new Map<string, string>();
  statuses.set(host, status);
  const added: FileReference[] = [];
  for (const file of chosen) {
    status.set(pointer, say(ctx.locale, 'uploading', file.name));
    host.requestUpdate();
    try {
      // Without an uploader (a page that only validates), the reference is what the browser knows.
      added.push(upload ? await upload(file, pointer) : candidates[chosen.indexOf(file)]!);
      status.set(pointer, say(ctx.locale, 'uploaded', file.name));
    } catch (error) {
      const issues = (error as { issues?: GateIssue[] })?.issues;
      status.set(pointer, issues?.length ? '' : say(ctx.locale, 'failed', file.name));
      if (issues?.length) host.issues = issues.map((i) => ({ ...i, path: pointer }));
      break;
    }
  }
  if (added.length > 0) host.change(pointer, [...listAt(host, pointer), ...added], true);
  host.requestUpdate();
}

function listAt(host: FileHost, pointer: string): FileReference[] {
  const value = getAt(host.value, pointer);
  return Array.isArray(value) ? (value as FileReference[]) : [];
}

function setList(data: Record<string, unknown>, pointer: string, list: unknown[]) {
  const segments = pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node = data;
  for (const key of segments.slice(0, -1)) {
    node[key] = { ...((node[key] as Record<string, unknown>) ?? {}) };
    node = node[key] as Record<string, unknown>;
  }
  node[segments.at(-1)!] = list;
}

/** Renders a file field: label, picker, the chosen files with Remove, the upload status, help and messages. */
export function renderFileField(element: GateForm, field: RenderField, ctx: RenderContext): TemplateResult {
  const host = element as unknown as FileHost;
  sheet ??= new CSSStyleSheet();
  if (sheet.cssRules.length === 0) sheet.replaceSync(css);
  adoptInto(host, sheet);
  const pointer = field.pointer;
  const ids = host.ids(pointer);
  const c = field.constraints ?? {};
  const accept = Array.isArray(c.accept) ? (c.accept as string[]).join(',') : nothing;
  const max = typeof c.maxCount === 'number' ? c.maxCount : 1;
  const files = listAt(host, pointer);
  const status = statuses.get(host)?.get(pointer) ?? '';
  const remove = (index: number) => {
    const next = files.filter((_, i) => i !== index);
    host.change(pointer, next.length > 0 ? next : undefined, true);
  };
  return html`<div class="gate-field" part="field">
    <label class="gate-label" for=${ids.input}>${host.renderLabelText(field, ctx)}</label>
    <input
      class="gate-input gate-file-input"
      id=${ids.input}
      name=${pointer.slice(1)}
      data-pointer=${pointer}
      type="file"
      accept=${accept}
      ?multiple=${max > 1}
      aria-required=${String(host.isRequired(field, ctx))}
      aria-invalid=${String(!!host.invalid(pointer))}
      aria-describedby=${host.describedBy(field, pointer)}
      ?disabled=${host.isDisabled(field, ctx) || files.length >= max}
      @change=${(e: Event) => void choose(host, field, ctx, e.target as HTMLInputElement)}
    />
    ${
      files.length > 0
        ? html`<ul class="gate-files" part="files">
          ${files.map(
            (f, i) => html`<li>
              <span class="gate-file-name">${f.name}</span>
              <span class="gate-file-size">${readable(f.size)}</span>
              <button
                type="button"
                class="gate-button"
                aria-label=${say(ctx.locale, 'removeFile', f.name)}
                ?disabled=${host.isDisabled(field, ctx)}
                @click=${() => remove(i)}
              >${say(ctx.locale, 'remove', f.name)}</button>
            </li>`,
          )}
        </ul>`
        : nothing
    }
    <p class="gate-file-status" role="status" aria-live="polite">${status}</p>
    ${host.renderMessages(field, pointer, ctx)}
  </div>`;
}
