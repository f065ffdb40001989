/**
 * The studio page's script: defines `<gate-form>` (with step navigation, as published pages have it) and the
 * studio's own elements.
 */
import '@gatehouse/elements/form/define';
// German texts of <gate-form> itself (buttons, the "still required" pane); the form's own come with its module.
import '@gatehouse/elements/locales/de';
import { StudioChecks } from './checks.element.js';
import { StudioDesigner } from './designer.element.js';
import { StudioDiff } from './diff.element.js';
import { StudioFieldEditor } from './field-editor.element.js';
import { StudioJsonPane } from './json-pane.element.js';
import { StudioPreview } from './preview.element.js';
import { StudioPublish } from './publish.element.js';
import { StudioRules } from './rules.element.js';
import { GateStudio } from './studio.element.js';

const elements: [string, CustomElementConstructor][] = [
  ['gate-studio', GateStudio],
  ['studio-designer', StudioDesigner],
  ['studio-field-editor', StudioFieldEditor],
  ['studio-rules', StudioRules],
  ['studio-json-pane', StudioJsonPane],
  ['studio-diff', StudioDiff],
  ['studio-preview', StudioPreview],
  ['studio-checks', StudioChecks],
  ['studio-publish', StudioPublish],
];
for (const [tag, element] of elements) if (!customElements.get(tag)) customElements.define(tag, element);
