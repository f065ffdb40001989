/**
 * `form-id` on `<gate-form>`: the eager part is three properties and a controller that loads `published-form.js`
 * the first time a form id is set, so pages without `form-id` (and the flow elements, which register `<gate-form>`
 * without this module) load nothing more. Imported by `form/define` before the tag is registered.
 */
import { GateForm } from './gate-form.element.js';
import type { PublishedVersion } from './published-form.js';

declare module './gate-form.element.js' {
  interface GateForm {
    /** The id of a form published to the server: its current version is imported from `forms-url`. */
    formId: string | undefined;
    /** Where the server's form modules are mounted; default `/forms/` of the page's origin. */
    formsUrl: string | undefined;
    /** The Gatehouse API (e.g. `/api`): a valid submit of a published form is posted there. */
    endpoint: string | undefined;
    /** Which version was loaded (`{ id, version, hash }`), once it is. */
    published: PublishedVersion | undefined;
  }
}

GateForm.createProperty('formId', { attribute: 'form-id' });
GateForm.createProperty('formsUrl', { attribute: 'forms-url' });
GateForm.createProperty('endpoint', {});

/** Gives `host` the controller that loads its published form once `formId` is set. */
function watchFormId(host: GateForm): void {
  let requested: string | undefined;
  host.addController({
    hostConnected() {
      // When another bundle registered the tag first, these attributes are not observed: read them once here.
      host.formId ??= host.getAttribute('form-id') ?? undefined;
      host.formsUrl ??= host.getAttribute('forms-url') ?? undefined;
      host.endpoint ??= host.getAttribute('endpoint') ?? undefined;
    },
    hostUpdate() {
      if (!host.formId || host.formId === requested) return;
      requested = host.formId;
      void import('./published-form.js').then((m) => m.loadPublished(host));
    },
  });
  host.requestUpdate();
}

GateForm.addInitializer((element) => watchFormId(element as GateForm));
// A flow element's bundle may have registered the tag already, upgrading the page's forms without this controller.
for (const form of document.querySelectorAll('gate-form')) if (form instanceof GateForm) watchFormId(form);
