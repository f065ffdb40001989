/**
 * The reviewers' approval queue: a filterable, sortable list of registrations, each showing what the business
 * e-mail policy found, and a detail panel with the registration, its decision history and the decision form.
 *
 * Keyboard: the list is one tab stop (roving focus); ↑/↓, Home/End move between registrations, Enter opens the
 * detail, Escape closes it and returns to the row. Kept as a page of its own rather than `<gate-approval-queue>`:
 * that element has no "information provided" action. A flagged e-mail is approved only when the reviewer ticks
 * the false-positive box and gives a reason: the decision is the reviewer's, never sent on their behalf.
 */
import type { ApprovalItem } from '@gatehouse/elements/approval-queue';
import { api, errorText } from './api.js';
import { $, h, say } from './dom.js';
import { T, when } from './texts.js';

/** A finding of the e-mail policy as the server reports it; unknown fields are shown as they come. */
interface Finding {
  code: string;
  severity?: string;
  level?: string;
  message?: string;
  params?: Record<string, unknown>;
}

type Item = ApprovalItem & {
  emailCheck: ApprovalItem['emailCheck'] & { params?: Record<string, unknown> };
  findings?: Finding[];
  signals?: Finding[];
  country?: string;
  jobTitle?: string;
};

const STATE_TEXT = T.reviewState;

/** What each known finding means to a reviewer; other codes are shown by their code. */
const FINDING_TEXT = T.findings;

/** Soft signals inform the reviewer but are not a reason to look twice: they neither flag nor fail the check. */
const INFORMATIONAL = new Set(['first-from-domain', 'mail-domain-unchecked']);

/** The findings that flag a registration for a closer look. */
function flagsOf(item: Item): Finding[] {
  return findingsOf(item).filter((f) => !INFORMATIONAL.has(f.code));
}

const FILTERS: [string, string, (i: Item) => boolean][] = [
  ['open', T.filters.open, (i) => i.state === 'pending' || i.state === 'awaiting-information'],
  ['flagged', T.filters.flagged, (i) => flagsOf(i).length > 0],
  ['overdue', T.filters.overdue, (i) => i.overdue],
  ['decided', T.filters.decided, (i) => i.state === 'approved' || i.state === 'rejected'],
  ['all', T.filters.all, () => true],
];

const SORTS: Record<string, (a: Item, b: Item) => number> = {
  due: (a, b) => a.dueAt.localeCompare(b.dueAt),
  newest: (a, b) => b.submittedAt.localeCompare(a.submittedAt),
  company: (a, b) => a.company.localeCompare(b.company),
  name: (a, b) => `${a.familyName} ${a.givenName}`.localeCompare(`${b.familyName} ${b.givenName}`),
};

/** Every finding of an item: the policy's verdict plus any further findings or soft signals it carries. */
export function findingsOf(item: Item): Finding[] {
  const list: Finding[] = [];
  if (!item.emailCheck.ok && item.emailCheck.code) {
    list.push({ code: item.emailCheck.code, severity: 'block', params: item.emailCheck.params ?? {} });
  }
  for (const f of [...(item.findings ?? []), ...(item.signals ?? [])]) {
    if (f && typeof f.code === 'string' && !list.some((x) => x.code === f.code)) list.push(f);
  }
  return list;
}

function findingText(f: Finding): string {
  return f.message ?? FINDING_TEXT[f.code] ?? f.code;
}

const levelText = (level: string) => T.findingLevel[level] ?? level;

/** Parameters a reviewer learns nothing more from: the ASCII twin of the suggestion, the same domain again. */
const REDUNDANT = new Set(['suggestedDomain', 'tentative']);

/**
 * A finding's details as "name: value" in the page's language (`Domain: gmail.com`); a detail this page has no
 * name for keeps the backend's.
 */
function findingDetails(f: Finding): string[] {
  const params = f.params ?? {};
  const details = Object.entries(params)
    .filter(([k, v]) => !REDUNDANT.has(k) && !(k === 'unicodeDomain' && v === params.domain))
    .map(([k, v]) => `${T.findingParam[k] ?? k}: ${T.findingValue[String(v)] ?? String(v)}`);
  return params.tentative === true ? [...details, T.tentative] : details;
}

const view = { filter: 'open', sort: 'due', query: '', items: [] as Item[], open: '' };

/** Loads the queue and renders it; keeps the filter, sort, search and open detail. */
export async function reviewerPage(): Promise<void> {
  const answer = await api('GET', '/approvals?status=all');
  if (answer.status !== 200) return say(errorText(answer), 'error');
  view.items = answer.body.items as Item[];
  renderToolbar();
  renderList();
  if (view.open) await openDetail(view.open, false);
}

function renderToolbar() {
  const bar = $('#queue-tools');
  if (bar.childElementCount > 0) return;
  const filters = h('div', { class: 'segmented', role: 'radiogroup', 'aria-label': T.show });
  for (const [id, label] of FILTERS) {
    const input = h('input', {
      type: 'radio',
      name: 'queue-filter',
      id: `filter-${id}`,
      value: id,
    }) as HTMLInputElement;
    input.checked = id === view.filter;
    input.addEventListener('change', () => {
      view.filter = id;
      renderList();
    });
    filters.append(
      h(
        'span',
        {},
        input,
        h('label', { for: `filter-${id}` }, label, h('span', { class: 'count', 'data-count': id })),
      ),
    );
  }
  const search = h('input', {
    type: 'search',
    id: 'queue-search',
    placeholder: T.searchPlaceholder,
  }) as HTMLInputElement;
  search.addEventListener('input', () => {
    view.query = search.value.trim().toLowerCase();
    renderList();
  });
  const sort = h(
    'select',
    { id: 'queue-sort' },
    ...Object.entries(T.sorts).map(([value, text]) => h('option', { value }, text)),
  ) as HTMLSelectElement;
  sort.addEventListener('change', () => {
    view.sort = sort.value;
    renderList();
  });
  bar.append(
    filters,
    h('span', { class: 'field' }, h('label', { for: 'queue-search' }, T.search), search),
    h('span', { class: 'field' }, h('label', { for: 'queue-sort' }, T.sort), sort),
  );
}

function visibleItems(): Item[] {
  const match = FILTERS.find(([id]) => id === view.filter)?.[2] ?? (() => true);
  const q = view.query;
  return view.items
    .filter(match)
    .filter((i) => !q || `${i.givenName} ${i.familyName} ${i.email} ${i.company}`.toLowerCase().includes(q))
    .sort(SORTS[view.sort]);
}

function renderList() {
  for (const [id, , match] of FILTERS) {
    const count = document.querySelector(`[data-count="${id}"]`);
    if (count) count.textContent = String(view.items.filter(match).length);
  }
  const items = visibleItems();
  const list = $('#queue');
  list.replaceChildren(...items.map((item, index) => row(item, index === 0)));
  $('#empty').hidden = items.length > 0;
}

function row(item: Item, first: boolean): HTMLElement {
  const found = findingsOf(item);
  const button = h(
    'button',
    {
      type: 'button',
      class: 'queue-row',
      'data-email': item.email,
      'data-state': item.state,
      'aria-expanded': String(view.open === item.id),
      tabindex: first ? '0' : '-1',
    },
    h(
      'span',
      { class: 'who' },
      h('strong', {}, `${item.givenName} ${item.familyName}`),
      h('span', { class: 'muted' }, item.email),
    ),
    h('span', { class: 'company' }, item.company),
    h(
      'span',
      { class: 'flags' },
      ...found.map((f) =>
        INFORMATIONAL.has(f.code)
          ? h('span', { class: 'badge' }, findingText(f))
          : h('span', { class: 'badge warn' }, `⚠ ${findingText(f)}`),
      ),
      flagsOf(item).length === 0 ? h('span', { class: 'badge ok' }, T.checkPassed) : '',
    ),
    h(
      'span',
      { class: 'when' },
      item.overdue ? h('span', { class: 'badge danger' }, T.overdue) : T.due(when(item.dueAt)),
    ),
    h('span', { class: `badge state-${item.state}` }, STATE_TEXT[item.state] ?? item.state),
  );
  button.addEventListener('click', () => void openDetail(item.id, true));
  button.addEventListener('keydown', (event) => moveFocus(event, button));
  return h('li', {}, button);
}

/** Roving focus: one tab stop for the list, arrows and Home/End inside it. */
function moveFocus(event: KeyboardEvent, current: HTMLElement) {
  const rows = [...document.querySelectorAll<HTMLElement>('#queue .queue-row')];
  const at = rows.indexOf(current);
  const next =
    event.key === 'ArrowDown'
      ? rows[at + 1]
      : event.key === 'ArrowUp'
        ? rows[at - 1]
        : event.key === 'Home'
          ? rows[0]
          : event.key === 'End'
            ? rows.at(-1)
            : undefined;
  if (!next) return;
  event.preventDefault();
  current.tabIndex = -1;
  next.tabIndex = 0;
  next.focus();
}

async function openDetail(id: string, focus: boolean) {
  const answer = await api('GET', `/approvals/${encodeURIComponent(id)}`);
  if (answer.status !== 200) return say(errorText(answer), 'error');
  view.open = id;
  const item = answer.body as Item & {
    decisions: { action: string; by: string; at: string; reason?: string }[];
  };
  const panel = $('#detail');
  panel.hidden = false;
  panel.dataset.email = item.email;
  panel.dataset.state = item.state;
  for (const r of document.querySelectorAll('#queue .queue-row')) {
    r.setAttribute('aria-expanded', String(r.getAttribute('data-email') === item.email));
  }
  const found = findingsOf(item);
  const heading = h('h2', { id: 'detail-heading', tabindex: '-1' }, `${item.givenName} ${item.familyName}`);
  const close = h('button', { type: 'button', class: 'ghost', 'aria-label': T.closeDetail }, '✕');
  close.addEventListener('click', () => closeDetail());
  panel.replaceChildren(
    h('div', { class: 'detail-head' }, heading, close),
    h(
      'dl',
      { class: 'facts' },
      ...fact(T.email, item.email),
      ...fact(T.company, item.company),
      ...(item.jobTitle ? fact(T.jobTitle, item.jobTitle) : []),
      ...(item.country ? fact(T.country, item.country) : []),
      ...fact(T.submittedAt, when(item.submittedAt)),
      ...fact(T.dueAt, item.overdue ? T.overdue : when(item.dueAt)),
      ...fact(T.state, STATE_TEXT[item.state] ?? item.state),
    ),
    h('h3', {}, T.policyFound),
    found.length === 0
      ? h('p', { class: 'badge ok' }, T.nothingFound)
      : h(
          'ul',
          { class: 'findings' },
          ...found.map((f) =>
            h(
              'li',
              { 'data-code': f.code },
              h('strong', {}, findingText(f)),
              ` (${f.code}${f.severity || f.level ? `, ${levelText(f.severity ?? f.level ?? '')}` : ''})`,
              ...findingDetails(f).map((detail) => h('span', { class: 'muted' }, ` · ${detail}`)),
            ),
          ),
        ),
    h('h3', {}, T.history),
    item.decisions.length === 0
      ? h('p', { class: 'muted' }, T.noDecision)
      : h(
          'ol',
          { class: 'history' },
          ...item.decisions.map((d) =>
            h(
              'li',
              {},
              T.decidedBy(when(d.at), T.decisionAction[d.action] ?? d.action, d.by),
              d.reason ? ` — ${d.reason}` : '',
            ),
          ),
        ),
    decisionForm(item, found.length > 0),
  );
  if (focus) heading.focus();
}

function fact(term: string, value: string): HTMLElement[] {
  return [h('dt', {}, term), h('dd', {}, value)];
}

function closeDetail() {
  const email = $('#detail').dataset.email;
  view.open = '';
  $('#detail').hidden = true;
  const back = [...document.querySelectorAll<HTMLElement>('#queue .queue-row')].find(
    (r) => r.dataset.email === email,
  );
  back?.setAttribute('aria-expanded', 'false');
  back?.focus();
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && view.open) closeDetail();
});

function decisionForm(item: Item, flagged: boolean): HTMLElement {
  const open = item.state === 'pending';
  const waiting = item.state === 'awaiting-information';
  if (!open && !waiting) return h('p', { class: 'muted' }, T.decidedNothing);
  const reason = h('textarea', {
    id: 'decision-reason',
    maxlength: '2000',
    rows: '3',
  }) as HTMLTextAreaElement;
  const override = h('input', { type: 'checkbox', id: 'decision-override' }) as HTMLInputElement;
  const decide = (action: string) => async () => {
    const result = await api('POST', `/approvals/${encodeURIComponent(item.id)}/decisions`, {
      action,
      ...(reason.value.trim() ? { reason: reason.value.trim() } : {}),
      ...(action === 'approve' && flagged && override.checked ? { overrideEmailCheck: true } : {}),
    });
    if (result.status === 200) {
      say(`${item.email}: ${(STATE_TEXT[result.body.state] ?? result.body.state).toLowerCase()}.`, 'ok');
      await reviewerPage();
    } else {
      const issues = (result.body?.error?.issues ?? []) as { path: string; code: string }[];
      say(issues.length ? issues.map(decisionIssueText).join(' ') : errorText(result), 'error');
    }
  };
  const button = (action: string, text: string, kind = '') => {
    const b = h('button', { type: 'button', 'data-action': action, class: kind }, text);
    b.addEventListener('click', decide(action));
    return b;
  };
  return h(
    'div',
    { class: 'decision' },
    h('h3', {}, T.decision),
    h('label', { for: 'decision-reason' }, T.reason),
    reason,
    ...(flagged
      ? [h('p', { class: 'override' }, override, h('label', { for: 'decision-override' }, T.override))]
      : []),
    h(
      'p',
      { class: 'actions' },
      button('approve', T.approve, 'primary'),
      button('reject', T.reject, 'danger'),
      // Asking for information and recording that it arrived alternate; approve and reject stay open.
      open ? button('request-info', T.askInfo) : button('info-provided', T.infoProvided),
    ),
  );
}

/** A decision's issue (from the approval machine's checks on the server) as a sentence. */
function decisionIssueText(issue: { path: string; code: string }): string {
  if (issue.path === '/reason' && issue.code === 'required') return T.giveReason;
  if (issue.path === '/overrideEmailCheck') return T.flaggedNeedsOverride;
  if (issue.code === 'account-exists') return T.accountExists;
  return `${issue.path.slice(1) || 'decision'}: ${issue.code}.`;
}
