/**
 * `<gate-invite-user>` names the built-in roles in the page's language (the backend lists them with English
 * labels); a role the backend adds on its own keeps the backend's label.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/invite-user/define.js';
import '../../src/invite-user/de.js';
import type { GateInviteUser } from '../../src/invite-user/invite-user.element.js';
import { stubPort, until } from '../flow/stub-port.js';

async function roleLabels(lang: string) {
  const listRoles = stubPort({
    output: {
      roles: [
        { id: 'super-admin', label: 'Super Admin' },
        { id: 'support-cases', label: 'Support cases' },
        { id: 'rma', label: 'RMA requests' },
        { id: 'user-management', label: 'User management' },
        { id: 'billing', label: 'Billing contact' },
      ],
    },
  });
  const el = await fixture<GateInviteUser>(
    html`<gate-invite-user lang=${lang} persist="none" .ports=${{ listRoles: listRoles.logic, inviteUser: stubPort({ output: { invitationId: 'i1' } }).logic }}></gate-invite-user>`,
  );
  await until(() => el.step === 'editing');
  await el.updateComplete;
  const boxes = el.querySelectorAll<HTMLInputElement>('gate-form[slot="form"] fieldset input[type=checkbox]');
  return [...boxes].map((b) => b.parentElement!.textContent!.trim());
}

describe('<gate-invite-user> role names', () => {
  it('are German on a German page; a role the backend adds keeps its label', async () => {
    expect(await roleLabels('de')).to.deep.equal([
      'Super Admin',
      'Supportfälle',
      'RMA-Anträge',
      'Benutzerverwaltung',
      'Billing contact',
    ]);
  });

  it('are the English names on an English page', async () => {
    expect(await roleLabels('en')).to.deep.equal([
      'Super Admin',
      'Support cases',
      'RMA requests',
      'User management',
      'Billing contact',
    ]);
  });
});
