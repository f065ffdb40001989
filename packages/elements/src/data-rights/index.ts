/** `<gate-data-rights>` without registering it. */
export { type DataRightsOutput, type DataRightsView, GateDataRights } from './data-rights.element.js';
export { dataRightsIssueTexts, dataRightsTexts } from './data-rights.texts.js';
