/**
 * The lazy part of `<gate-form form-id>`: imports the published form's current module from the page's own origin
 * (`/forms/<id>.js`, which re-exports `/forms/<id>@<version>.js`: `script-src 'self'` covers both, nothing is
 * evaluated from text), and with `endpoint` posts a valid submit to the version that was loaded.
 */
import { createHttpClient } from '@gatehouse/flows/http';
import { emit, type GateIssue } from '../common/events.js';
import type { RenderableForm } from './form-model.js';
import type { GateForm } from './gate-form.element.js';

/** Which published version a `<gate-form form-id>` shows (the module's `published` export). */
export interface PublishedVersion {
  id: string;
  version: number;
  hash: string;
}

/** What the server's `/forms/<id>.js` exports. */
interface PublishedModule {
  form: RenderableForm;
  published: PublishedVersion;
}

const submitting = new WeakSet<GateForm>();

/** The URL of the current module of `id` under `formsUrl` (default `/forms/`), relative to the page. */
export function publishedModuleUrl(id: string, formsUrl = '/forms/'): string {
  const base = new URL(formsUrl.endsWith('/') ? formsUrl : `${formsUrl}/`, document.baseURI);
  return new URL(`${encodeURIComponent(id)}.js`, base).href;
}

/**
 * Loads the current version of `host.formId` and shows it. A form that cannot be loaded (unknown id, server down)
 * fires `gate-error` with code `unknown-form`; a form id changed meanwhile wins over this answer.
 */
export async function loadPublished(host: GateForm): Promise<void> {
  const id = host.formId ?? '';
  const url = publishedModuleUrl(id, host.formsUrl);
  let module: PublishedModule;
  try {
    module = (await import(/* @vite-ignore */ url)) as PublishedModule;
  } catch {
    emit(host, 'gate-error', {
      flow: 'form',
      code: 'unknown-form',
      message: `<gate-form>: no published form "${id}" at ${url}`,
    });
    return;
  }
  if (host.formId !== id) return;
  host.published = module.published;
  host.form = module.form;
  if (!submitting.has(host)) {
    submitting.add(host);
    host.addEventListener('gate-submit', (event) => void submitPublished(host, event.detail.value));
  }
}

/**
 * Posts `value` to `POST <endpoint>/forms/<id>/versions/<version>/submissions`: the server validates it with the
 * same version and stores it. Issues it finds show on their fields; success fires `gate-form-submitted`.
 */
async function submitPublished(host: GateForm, value: Record<string, unknown>): Promise<void> {
  const published = host.published;
  if (!host.endpoint || !published || host.disabled) return;
  host.disabled = true;
  try {
    const client = createHttpClient({ baseUrl: host.endpoint });
    const saved = await client.call<{ id: string; formId: string; version: number; submittedAt: string }>(
      'POST',
      `forms/${encodeURIComponent(published.id)}/versions/${published.version}/submissions`,
      value,
    );
    emit(host, 'gate-form-submitted', saved);
  } catch (error) {
    const { code = 'unavailable', params = {} } = error as {
      code?: string;
      params?: { issues?: GateIssue[] };
    };
    if (code === 'invalid-request' && params.issues) host.issues = params.issues;
    else emit(host, 'gate-error', { flow: 'form', code, message: (error as Error).message });
  } finally {
    host.disabled = false;
  }
}
