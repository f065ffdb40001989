/**
 * The user-management page: the company's users and open invitations with their roles and state, and per row
 * what the signed-in user may do — change roles, deactivate (asked twice), resend or revoke an invitation.
 * The server decides (last Super Admin, who may assign Super Admin); its refusals are shown as they come.
 */
import { ROLES } from '@gatehouse/rules/roles';
import { type Answer, api, errorText } from './api.js';
import { $, h, say } from './dom.js';
import { T } from './texts.js';

/** A row of `GET /users`. */
interface UserRow {
  id: string;
  kind: 'account' | 'invitation';
  email: string;
  name: string;
  roles: string[];
  state: 'active' | 'deactivated' | 'invited';
  self?: boolean;
  expiresAt?: string;
  expired?: boolean;
}

type Role = { id: string; label: string };

const STATE_TEXT = T.userState;
/** A role's name in the page's language (the model's English label for a role this page does not know). */
const roleLabel = (id: string) => T.roleNames[id] ?? ROLES.find((r) => r.id === id)?.label ?? id;

function button(text: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLElement {
  const b = h('button', { type: 'button', ...attrs }, text);
  b.addEventListener('click', onClick);
  return b;
}

/** Runs an action; on success reloads the table and says `done`, else shows the server's reason. */
async function act(request: Promise<Answer>, done: string): Promise<void> {
  const answer = await request;
  if (answer.status >= 400) return say(errorText(answer), 'error');
  say(done, 'ok');
  await listUsers();
}

/** The inline role editor of one account: a checkbox per assignable role, Save and Cancel. */
function roleEditor(
  user: UserRow,
  roles: readonly Role[],
  cell: HTMLElement,
  view: HTMLElement,
): HTMLElement {
  const boxes = roles.map((role) => {
    const id = `role-${user.id}-${role.id}`;
    const box = h('input', { type: 'checkbox', id, value: role.id }) as HTMLInputElement;
    box.checked = user.roles.includes(role.id);
    return h('span', { class: 'choice' }, box, h('label', { for: id }, roleLabel(role.id)));
  });
  const fieldset = h(
    'fieldset',
    { class: 'role-editor' },
    h('legend', {}, T.rolesOf(user.name || user.email)),
    ...boxes,
  );
  const close = () => cell.replaceChildren(view);
  fieldset.append(
    button(
      T.saveRoles,
      () => {
        const chosen = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((b) => b.value);
        if (chosen.length === 0) return say(T.chooseRole, 'error');
        void act(
          api('PATCH', `/users/${encodeURIComponent(user.id)}`, { roles: chosen }),
          T.rolesSaved(user.email),
        );
      },
      { class: 'primary' },
    ),
    button(T.cancel, close),
  );
  return fieldset;
}

/** The actions a row offers. */
function actions(user: UserRow, roles: readonly Role[], rolesCell: HTMLElement): HTMLElement[] {
  const path = encodeURIComponent(user.id);
  if (user.kind === 'invitation') {
    return [
      button(T.resend, () => void act(api('POST', `/invitations/${path}/resend`), T.resent(user.email))),
      button(T.revoke, () => void act(api('DELETE', `/invitations/${path}`), T.revoked(user.email))),
    ];
  }
  if (user.state !== 'active') return [];
  const edit = button(T.changeRoles, () => {
    const view = rolesCell.firstElementChild as HTMLElement;
    rolesCell.replaceChildren(roleEditor(user, roles, rolesCell, view));
    rolesCell.querySelector('input')?.focus();
  });
  if (user.self) return [edit];
  const deactivate = button(
    T.deactivate,
    () => {
      if (deactivate.dataset.confirm !== 'yes') {
        // Asked twice: the user loses access at once.
        deactivate.dataset.confirm = 'yes';
        deactivate.textContent = T.confirmDeactivate(user.email);
        return;
      }
      void act(api('POST', `/users/${path}/deactivate`), T.deactivated(user.email));
    },
    { class: 'danger' },
  );
  return [edit, deactivate];
}

/** Fills the table of the company's users and open invitations. */
export async function listUsers(): Promise<void> {
  const answer = await api('GET', '/users');
  if (answer.status !== 200) return say(errorText(answer), 'error');
  const roles = answer.body.assignableRoles as Role[];
  const rows = (answer.body.users as UserRow[]).map((user) => {
    const rolesCell = h(
      'td',
      { 'data-label': T.colRoles },
      h('span', {}, user.roles.map(roleLabel).join(', ') || '—'),
    );
    const state = user.state === 'invited' && user.expired ? T.linkExpired : STATE_TEXT[user.state];
    return h(
      'tr',
      { 'data-email': user.email, 'data-state': user.state },
      h('td', { 'data-label': T.colName }, user.name, user.self ? T.you : ''),
      h('td', { 'data-label': T.colEmail }, user.email),
      rolesCell,
      h('td', { 'data-label': T.colState }, state ?? user.state),
      h('td', { class: 'actions', 'data-label': T.colActions }, ...actions(user, roles, rolesCell)),
    );
  });
  $('#users tbody').replaceChildren(...rows);
}
