/** Browser tests of the signed-in elements: profile, support information, support case, RMA, invitation. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/invitation-accept/define.js';
import '../../src/invite-user/define.js';
import '../../src/profile/define.js';
import '../../src/rma-request/define.js';
import '../../src/support-case/define.js';
import '../../src/support-info/define.js';
// German is opt-in (a locale module); these tests check German pages too.
import '../../src/locales/de.js';
import type { GateInvitationAccept } from '../../src/invitation-accept/invitation-accept.element.js';
import type { GateInviteUser } from '../../src/invite-user/invite-user.element.js';
import type { GateProfile } from '../../src/profile/profile.element.js';
import type { GateRmaRequest } from '../../src/rma-request/rma-request.element.js';
import type { GateSupportCase } from '../../src/support-case/support-case.element.js';
import type { GateSupportInfo } from '../../src/support-info/support-info.element.js';
import { deepActive, fill, heading, portError, record, stubPort, until } from './stub-port.js';

const xss = '<img src=x onerror="window.__xss=1">';
const logic = (p: Record<string, { logic: unknown }>) =>
  Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.logic])) as never;
const submit = (el: Element) =>
  el.querySelector<HTMLButtonElement>('gate-form[slot="form"] button[type=submit]')!.click();
const button = (el: Element, text: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;
const profile = {
  givenName: 'Ada',
  familyName: 'Lovelace',
  email: 'ada@analytical-engines.com',
  company: xss,
  phone: '+441234567890',
};

describe('<gate-profile>', () => {
  it('edit → a new phone needs its SMS code (wrong code, resend, keyboard) → saved; markup stays text; axe on each step', async () => {
    const p = {
      loadProfile: stubPort({ output: profile }),
      saveProfile: stubPort({ output: { ...profile, jobTitle: 'Analyst' } }),
      requestPhoneVerification: stubPort({ output: { verificationId: 'v1' } }),
      confirmPhone: stubPort(
        { error: portError('invalid-code') },
        { output: { ...profile, phone: '+4930123456' } },
      ),
    };
    const el = await fixture<GateProfile>(
      html`<gate-profile lang="en" persist="none" .input=${{ resendCooldown: 150 }} .ports=${logic(p)}></gate-profile>`,
    );
    const done = record(el, 'gate-complete');
    await until(() => el.step === 'editing');
    await el.updateComplete;
    expect(heading(el)).to.equal('Your profile');
    expect(el.shadowRoot!.querySelector('[part="details"]')!.textContent).to.contain(xss);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.querySelector<HTMLInputElement>('[data-pointer="/phone"]')!.value).to.equal('+441234567890');
    await expect(el).to.be.accessible();
    await fill(el, { '/jobTitle': 'Analyst', '/phone': '+4930123456' });
    submit(el);
    await until(() => el.step === 'verifyingPhone');
    await el.updateComplete;
    expect(p.saveProfile.calls).to.deep.equal([
      { data: { givenName: 'Ada', familyName: 'Lovelace', jobTitle: 'Analyst' } },
    ]);
    expect(p.requestPhoneVerification.calls).to.deep.equal([{ phone: '+4930123456' }]);
    expect(heading(el)).to.equal('Confirm your new number');
    expect(deepActive()?.id).to.equal('heading');
    expect(el.shadowRoot!.textContent).to.contain('+4930123456');
    await expect(el).to.be.accessible();
    await fill(el, { '/code': '111111' });
    await sendKeys({ press: 'Enter' });
    await until(() => p.confirmPhone.calls.length === 1 && el.step === 'verifyingPhone');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="alert"]')!.textContent).to.contain('not correct');
    await until(() => !button(el, 'Send a new code').disabled);
    button(el, 'Send a new code').click();
    await until(() => p.requestPhoneVerification.calls.length === 2 && el.step === 'verifyingPhone');
    await fill(el, { '/code': '222222' });
    submit(el);
    await until(() => el.step === 'saved');
    await el.updateComplete;
    expect(p.confirmPhone.calls[1]).to.deep.equal({ verificationId: 'v1', code: '222222' });
    expect(heading(el)).to.equal('Profile saved');
    await expect(el).to.be.accessible();
    button(el, 'Close').click();
    await until(() => done.length === 1);
    expect((done[0]!.detail.output as { profile: { phone: string } }).profile.phone).to.equal('+4930123456');
  });
});

describe('<gate-support-info>', () => {
  it('Priority: level, regional number link, PIN with countdown, never stored; axe', async () => {
    sessionStorage.clear();
    const getSupportInfo = stubPort({
      output: {
        level: 'priority',
        regionalNumber: '+49 30 1234 5678',
        pin: '48213057',
        pinValidUntil: new Date(Date.now() + 125_000).toISOString(),
      },
    });
    const el = await fixture<GateSupportInfo>(
      html`<gate-support-info lang="en" .ports=${logic({ getSupportInfo })}></gate-support-info>`,
    );
    await until(() => el.step === 'showing');
    await el.updateComplete;
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('Priority');
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('tel:+493012345678');
    expect(el.shadowRoot!.querySelector('[part="pin"]')!.textContent).to.equal('48213057');
    expect(text).to.match(/New PIN in 2:0[0-5]/);
    expect(sessionStorage.getItem('gatehouse:support-info') ?? '').not.to.contain('48213057');
    await expect(el).to.be.accessible();
    button(el, 'Show the current PIN').click();
    await until(() => getSupportInfo.calls.length === 2 && el.step === 'showing');
    sessionStorage.clear();
  });

  it('Basic: no number, no PIN, completes; a failed load offers retry', async () => {
    const getSupportInfo = stubPort({ error: portError('unavailable') }, { output: { level: 'basic' } });
    const el = await fixture<GateSupportInfo>(
      html`<gate-support-info lang="de" persist="none" .ports=${logic({ getSupportInfo })}></gate-support-info>`,
    );
    const done = record(el, 'gate-complete');
    await until(() => el.step === 'unavailable');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="alert"]')!.textContent).to.contain('nicht erreichbar');
    await expect(el).to.be.accessible();
    button(el, 'Erneut versuchen').click();
    await until(() => el.step === 'notEntitled');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Priority- oder Plus-Support');
    expect(el.shadowRoot!.querySelector('[part="pin"]')).to.equal(null);
    expect(done[0]!.detail.output).to.deep.equal({ level: 'basic' });
    await expect(el).to.be.accessible();
  });
});

describe('<gate-support-case>', () => {
  it('environment first (keyboard drop-down, must choose) → details → created; back keeps the choice; axe', async () => {
    const createCase = stubPort({ output: { caseId: 'c1', number: 'SC-1042' } });
    const el = await fixture<GateSupportCase>(
      html`<gate-support-case lang="en" persist="none" .ports=${logic({ createCase })}></gate-support-case>`,
    );
    const done = record(el, 'gate-complete');
    await until(() => el.step === 'choosingEnvironment');
    await el.updateComplete;
    // The manual asks the environment question as a drop-down.
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select[part="environment"]')!;
    expect(select, 'a drop-down').to.not.equal(null);
    expect(el.shadowRoot!.querySelector(`label[for="${select.id}"]`)!.textContent).to.contain(
      'Does this concern a production environment?',
    );
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal([
      'Choose…',
      'Production',
      'Test',
      'POC/POV',
    ]);
    await expect(el).to.be.accessible();
    button(el, 'Continue').click();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Choose the environment first');
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    await until(() => deepActive()?.tagName === 'SELECT');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('A proof of concept or value run together with presales.');
    button(el, 'Continue').click();
    await until(() => el.step === 'details');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Environment: POC/POV');
    expect(el.querySelector('[data-pointer="/environment"]')).to.equal(null);
    await expect(el).to.be.accessible();
    await fill(el, {
      '/subject': `Crash ${xss}`,
      '/description': 'The appliance reboots every hour since the update.',
    });
    submit(el);
    await until(() => el.step === 'created');
    await el.updateComplete;
    expect(createCase.calls).to.deep.equal([
      {
        data: {
          subject: `Crash ${xss}`,
          description: 'The appliance reboots every hour since the update.',
          environment: 'poc-pov',
        },
      },
    ]);
    expect(el.shadowRoot!.textContent).to.contain('SC-1042');
    expect(done[0]!.detail.output).to.deep.equal({ caseId: 'c1', number: 'SC-1042', environment: 'poc-pov' });
    await expect(el).to.be.accessible();
  });
});

const address = {
  company: 'Analytical Engines Ltd',
  street: '1 Engine Way',
  postalCode: 'EC1A 1BB',
  city: 'London',
  country: 'GB',
};

describe('<gate-rma-request>', () => {
  it('pre-filled address must be confirmed; extra serials only with "more than one device"; submitted; draft kept; axe', async () => {
    sessionStorage.clear();
    const p = {
      loadRmaDefaults: stubPort({ output: { deliveryAddress: address } }),
      checkHardware: stubPort({ output: { owner: 'vendor' } }),
      submitRma: stubPort({ output: { rmaId: 'r1', number: 'RMA-77' } }),
    };
    const el = await fixture<GateRmaRequest>(
      html`<gate-rma-request lang="en" .ports=${logic(p)}></gate-rma-request>`,
    );
    await until(() => el.step === 'editing');
    await el.updateComplete;
    expect(el.querySelector<HTMLInputElement>('[data-pointer="/deliveryAddress/city"]')!.value).to.equal(
      'London',
    );
    expect(el.querySelector<HTMLInputElement>('[data-pointer="/addressConfirmed"]')!.checked).to.equal(false);
    expect(el.querySelector('[data-pointer="/additionalSerialNumbers"]')).to.equal(null);
    await expect(el).to.be.accessible();
    await fill(el, {
      '/serialNumber': 'AB12-345678',
      '/description': 'Fan module makes a grinding noise since Monday.',
    });
    expect(sessionStorage.getItem('gatehouse:rma')).to.contain('AB12-345678');
    submit(el);
    await until(() => deepActive()?.getAttribute('data-pointer') === '/addressConfirmed');
    expect(p.checkHardware.calls).to.have.length(0);
    // "More than one device" is a Yes/No drop-down (No by default).
    const more = el.querySelector<HTMLSelectElement>(
      'gate-form[slot="form"] [data-pointer="/moreThanOneDevice"]',
    )!;
    expect(more.tagName).to.equal('SELECT');
    expect([...more.options].slice(1).map((o) => o.text)).to.deep.equal(['No', 'Yes']);
    expect(more.selectedOptions[0]!.text).to.equal('No');
    // The options carry the real values (false, true) as their text.
    expect([...more.options].map((o) => o.value)).to.deep.equal(['', 'false', 'true']);
    more.value = 'true';
    more.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => el.querySelector('[data-pointer="/additionalSerialNumbers"]'));
    const add = el.querySelector<HTMLButtonElement>('[data-pointer="/additionalSerialNumbers"]')!;
    expect(add).to.exist;
    add.click();
    await until(() => el.querySelector('[data-pointer="/additionalSerialNumbers/0"]'));
    await fill(el, { '/additionalSerialNumbers/0': 'AB12-999999', '/addressConfirmed': true });
    await expect(el).to.be.accessible();
    submit(el);
    await until(() => el.step === 'submitted');
    await el.updateComplete;
    const sent = (p.submitRma.calls[0] as { data: Record<string, unknown> }).data;
    expect(sent).to.deep.include({
      serialNumber: 'AB12-345678',
      addressConfirmed: true,
      additionalSerialNumbers: ['AB12-999999'],
    });
    expect(el.shadowRoot!.textContent).to.contain('RMA-77');
    expect(sessionStorage.getItem('gatehouse:rma')).to.equal(null);
  });

  it('partner hardware: referred to the vendor, unsafe links dropped, names as text', async () => {
    const p = {
      loadRmaDefaults: stubPort({ output: { deliveryAddress: address } }),
      checkHardware: stubPort({ output: { owner: 'partner', vendor: xss, rmaUrl: 'javascript:alert(1)' } }),
      submitRma: stubPort({ output: { rmaId: 'r1' } }),
    };
    const el = await fixture<GateRmaRequest>(
      html`<gate-rma-request lang="en" persist="none" .ports=${logic(p)}></gate-rma-request>`,
    );
    await until(() => el.step === 'editing');
    await fill(el, {
      '/serialNumber': 'ZX99-000001',
      '/description': 'Power supply does not start at all anymore.',
      '/addressConfirmed': true,
    });
    submit(el);
    await until(() => el.step === 'referred');
    await el.updateComplete;
    expect(heading(el)).to.equal('This device is partner hardware');
    expect(el.shadowRoot!.textContent).to.contain(xss);
    expect(el.shadowRoot!.querySelector('img, a')).to.equal(null);
    expect(p.submitRma.calls).to.have.length(0);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
    await expect(el).to.be.accessible();
    // A mistyped serial: back to the form with everything kept.
    const back = [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
      /Correct the serial/.test(b.textContent!),
    );
    back!.click();
    await until(() => el.step === 'editing');
    await el.updateComplete;
    expect(el.querySelector<HTMLInputElement>('[data-pointer="/serialNumber"]')!.value).to.equal(
      'ZX99-000001',
    );
  });

  it('a vendor name ending in a full stop does not end a sentence ("Inc..")', async () => {
    const p = {
      loadRmaDefaults: stubPort({ output: { deliveryAddress: address } }),
      checkHardware: stubPort({
        output: { owner: 'partner', vendor: 'Partner Systems Inc.', serialNumber: 'PX12-000001' },
      }),
      submitRma: stubPort({ output: { rmaId: 'r1' } }),
    };
    const el = await fixture<GateRmaRequest>(
      html`<gate-rma-request lang="en" persist="none" .ports=${logic(p)}></gate-rma-request>`,
    );
    await until(() => el.step === 'editing');
    await fill(el, {
      '/serialNumber': 'PX12-000001',
      '/description': 'Power supply does not start at all anymore.',
      '/addressConfirmed': true,
    });
    submit(el);
    await until(() => el.step === 'referred');
    await el.updateComplete;
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('PX12-000001');
    expect(text).to.contain('Partner Systems Inc.');
    expect(text).not.to.contain('Inc..');
  });
});

describe('<gate-invite-user>', () => {
  it('roles from the backend as checkboxes → forbidden alert → invited; axe', async () => {
    const p = {
      listRoles: stubPort({
        output: {
          roles: [
            { id: 'admin', label: 'Administrator' },
            { id: 'rma', label: 'RMA requester' },
          ],
        },
      }),
      inviteUser: stubPort({ error: portError('forbidden') }, { output: { invitationId: 'i1' } }),
    };
    const el = await fixture<GateInviteUser>(
      html`<gate-invite-user lang="en" persist="none" .ports=${logic(p)}></gate-invite-user>`,
    );
    const done = record(el, 'gate-complete');
    await until(() => el.step === 'editing');
    await el.updateComplete;
    const boxes = el.querySelectorAll<HTMLInputElement>(
      'gate-form[slot="form"] fieldset input[type=checkbox]',
    );
    expect([...boxes].map((b) => b.parentElement!.textContent!.trim())).to.deep.equal([
      'Administrator',
      'RMA requester',
    ]);
    await expect(el).to.be.accessible();
    await fill(el, {
      '/email': 'grace.hopper@analytical-engines.com',
      '/givenName': 'Grace',
      '/familyName': 'Hopper',
    });
    submit(el);
    await el.updateComplete;
    expect(p.inviteUser.calls).to.have.length(0);
    boxes[1]!.click();
    await el.updateComplete;
    submit(el);
    await until(() => p.inviteUser.calls.length === 1 && el.step === 'editing');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="alert"]')!.textContent).to.contain('not allowed');
    submit(el);
    await until(() => el.step === 'invited');
    expect(p.inviteUser.calls[1]).to.deep.equal({
      data: {
        email: 'grace.hopper@analytical-engines.com',
        givenName: 'Grace',
        familyName: 'Hopper',
        roles: ['rma'],
      },
    });
    expect(done[0]!.detail.output).to.deep.equal({
      invitationId: 'i1',
      email: 'grace.hopper@analytical-engines.com',
    });
  });
});

describe('<gate-invitation-accept>', () => {
  it('new-password inputs with hints → accepted; token never stored; a link without token is invalid; axe', async () => {
    sessionStorage.clear();
    const acceptInvitation = stubPort({ output: { status: 'ok' } });
    const strong = 'tangerine velvet lighthouse 42 orbit';
    const el = await fixture<GateInvitationAccept>(
      html`<gate-invitation-accept lang="en" token="tok-secret-123" .ports=${logic({ acceptInvitation })}></gate-invitation-accept>`,
    );
    await until(() => el.step === 'editing');
    await el.updateComplete;
    expect(
      el.querySelectorAll('gate-form[slot="form"] form input[autocomplete="new-password"]'),
    ).to.have.length(2);
    expect(el.querySelector('.gate-hints')).to.exist;
    await expect(el).to.be.accessible();
    expect(sessionStorage.getItem('gatehouse:invitation-accept') ?? '').not.to.contain('tok-secret-123');
    await fill(el, { '/newPassword': strong, '/confirmPassword': strong });
    submit(el);
    await until(() => el.step === 'accepted');
    expect(acceptInvitation.calls).to.deep.equal([{ token: 'tok-secret-123', newPassword: strong }]);
    const bad = await fixture<GateInvitationAccept>(
      html`<gate-invitation-accept lang="en" persist="none" .ports=${logic({ acceptInvitation })}></gate-invitation-accept>`,
    );
    await until(() => bad.step === 'invalidLink');
    await bad.updateComplete;
    expect(heading(bad)).to.equal('This invitation link is not valid');
    await expect(bad).to.be.accessible();
    sessionStorage.clear();
  });
});
