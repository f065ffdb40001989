/**
 * The support-case pages: the list of my cases (number, title, environment, status, last update) beside the
 * `<gate-support-case>` element that opens a new one, and a case's own page with its comments and the form for a
 * follow-up comment. Text from the server is set as text, never as HTML.
 */
import { api, errorText } from './api.js';
import { $, h, say } from './dom.js';
import { T, when } from './texts.js';
import { caseFieldLabel, severityText } from './values.js';

/** A case as `GET /support/cases` lists it. */
interface CaseSummary {
  caseId: string;
  number: string;
  subject: string;
  environment: string;
  status: string;
  createdAt: string;
  updatedAt: string;
}

const ENVIRONMENT_TEXT = T.environment;
const STATUS_TEXT = T.caseStatus;
const caseLink = (c: CaseSummary) => `/case.html?id=${encodeURIComponent(c.caseId)}`;

/** Fills the table of my cases (or says there are none). */
export async function listCases(): Promise<void> {
  const answer = await api('GET', '/support/cases');
  if (answer.status !== 200) return say(errorText(answer), 'error');
  const cases = answer.body.cases as CaseSummary[];
  const rows = cases.map((c) =>
    h(
      'tr',
      { 'data-case': c.number },
      h('td', { 'data-label': T.colCase }, h('a', { href: caseLink(c) }, c.number)),
      h('td', { 'data-label': T.colTitle }, c.subject),
      h('td', { 'data-label': T.colEnvironment }, ENVIRONMENT_TEXT[c.environment] ?? c.environment),
      h('td', { 'data-label': T.colStatus }, STATUS_TEXT[c.status] ?? c.status),
      h('td', { 'data-label': T.colUpdate }, h('time', { datetime: c.updatedAt }, when(c.updatedAt))),
    ),
  );
  $('#cases tbody').replaceChildren(...rows);
  $('#cases').hidden = rows.length === 0;
  $('#no-cases').hidden = rows.length > 0;
}

function fact(term: string, value: string | Node): HTMLElement[] {
  return [h('dt', {}, term), h('dd', {}, value)];
}

/** Shows the case of the page's `?id=` with its comments; wires the follow-up comment form. */
export async function showCase(): Promise<void> {
  const id = new URLSearchParams(location.search).get('id') ?? '';
  const answer = await api('GET', `/support/cases/${encodeURIComponent(id)}`);
  if (answer.status !== 200) return say(errorText(answer), 'error');
  const c = answer.body as CaseSummary & {
    description: string;
    product?: string;
    severity?: string;
    comments: { id: string; author: string; body: string; createdAt: string }[];
  };
  document.title = `${c.number} · ${T.portal}`;
  $('#case-title').textContent = `${c.number}: ${c.subject}`;
  $('#case-facts').replaceChildren(
    ...fact(T.colEnvironment, ENVIRONMENT_TEXT[c.environment] ?? c.environment),
    ...fact(T.colStatus, STATUS_TEXT[c.status] ?? c.status),
    ...fact(T.opened, when(c.createdAt)),
    ...fact(T.colUpdate, when(c.updatedAt)),
    ...(c.product ? fact(caseFieldLabel('product'), c.product) : []),
    ...(c.severity ? fact(caseFieldLabel('severity'), severityText(c.severity)) : []),
  );
  $('#case-description').textContent = c.description;
  $('#comments').replaceChildren(
    ...c.comments.map((m) =>
      h(
        'li',
        {},
        h('p', { class: 'meta' }, `${m.author} · `, h('time', { datetime: m.createdAt }, when(m.createdAt))),
        h('p', { class: 'prewrap' }, m.body),
      ),
    ),
  );
  $('#no-comments').hidden = c.comments.length > 0;
  $('#comment-form').hidden = c.status === 'closed';
  $('#case').hidden = false;
}

/** The follow-up comment form: the server checks the text; its issue shows under the field. */
export function commentForm(): void {
  const form = $('#comment-form') as HTMLFormElement;
  const field = $('#comment') as HTMLTextAreaElement;
  const error = $('#comment-error');
  const showError = (text: string) => {
    error.textContent = text;
    error.hidden = !text;
    field.setAttribute('aria-invalid', text ? 'true' : 'false');
    if (text) field.focus();
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!field.value.trim()) return showError(T.writeComment);
    const id = new URLSearchParams(location.search).get('id') ?? '';
    const answer = await api('POST', `/support/cases/${encodeURIComponent(id)}/comments`, {
      body: field.value,
    });
    if (answer.status !== 201) {
      const issue = answer.body?.error?.issues?.[0] as
        | { code: string; params?: { max?: number } }
        | undefined;
      if (issue?.code === 'too-long') return showError(T.commentTooLong(issue.params?.max));
      if (issue) return showError(T.writeComment);
      return say(errorText(answer), 'error');
    }
    field.value = '';
    showError('');
    say(T.commentAdded, 'ok');
    await showCase();
  });
}
