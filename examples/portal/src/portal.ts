/**
 * The demo portal's one script: each page (`<body data-page="…">`) embeds `<gate-form>` elements with forms
 * built at start-up (no compilation in the browser, so it runs under `script-src 'self'`) and talks to the
 * Gatehouse REST API. Text from the server is always set as text.
 */
import '@gatehouse/elements/form/define';
import { form as invitationForm } from '../.build/forms/invitation.js';
import { form as loginForm } from '../.build/forms/login.js';
import { form as loginMfaForm } from '../.build/forms/login-mfa.js';
import { form as loginPasswordChangeForm } from '../.build/forms/login-password-change.js';
import { form as mfaCodeForm } from '../.build/forms/mfa-code.js';
import { form as mfaReauthForm } from '../.build/forms/mfa-reauthenticate.js';
import { form as passwordChangeForm } from '../.build/forms/password-change.js';
import { form as resetCodeForm } from '../.build/forms/password-reset-code.js';
import { form as resetRequestForm } from '../.build/forms/password-reset-request.js';
import { form as profileForm } from '../.build/forms/profile.js';
import { form as phoneCodeForm } from '../.build/forms/profile-phone-code.js';
import { form as registrationForm } from '../.build/forms/registration.js';
import { form as rmaForm } from '../.build/forms/rma.js';
import { form as supportCaseForm } from '../.build/forms/support-case.js';
import { type Answer, api, errorText } from './api.js';
import { $, h, say, step } from './dom.js';
import { qrCode } from './qr.js';

type GateFormElement = HTMLElement & {
  form: unknown;
  value: Record<string, unknown>;
  issues: readonly unknown[];
  submitLabel: string;
  showRequired: boolean;
  disabled: boolean;
};

/**
 * Mounts a `<gate-form>` into `where`. On a valid submit `send(value)` runs; a 400 `invalid-request` puts the
 * server's issues on the fields (same codes as the browser), any other error goes to the status line.
 */
function mountForm(
  where: string,
  form: unknown,
  label: string,
  send: (value: Record<string, unknown>) => Promise<Answer | undefined>,
  options: { value?: Record<string, unknown>; showRequired?: boolean } = {},
): GateFormElement {
  const el = document.createElement('gate-form') as GateFormElement;
  el.form = form;
  el.submitLabel = label;
  el.showRequired = options.showRequired ?? false;
  if (options.value) el.value = options.value;
  el.addEventListener('gate-submit', async (event) => {
    const value = (event as CustomEvent<{ value: Record<string, unknown> }>).detail.value;
    el.disabled = true;
    try {
      const answer = await send(value);
      if (answer && answer.status >= 400) {
        if (answer.body?.error?.code === 'invalid-request') el.issues = answer.body.error.issues ?? [];
        say(errorText(answer), 'error');
      }
    } catch {
      say('The server could not be reached.', 'error');
    } finally {
      el.disabled = false;
    }
  });
  $(where).replaceChildren(el);
  return el;
}

async function requireLogin(): Promise<boolean> {
  const { body } = await api('GET', '/session');
  if (body?.session) return true;
  say('Please log in first.', 'error');
  location.assign(`/login.html?next=${encodeURIComponent(location.pathname)}`);
  return false;
}

const pages: Record<string, () => Promise<void> | void> = {
  async home() {
    const { body } = await api('GET', '/session');
    $('#who').textContent = body?.session
      ? `Logged in as ${body.session.user.email}.`
      : 'You are not logged in. Register your company or log in.';
  },

  register() {
    step('form');
    let id = '';
    mountForm(
      '#registration-form',
      registrationForm,
      'Register',
      async (value) => {
        const answer = await api('POST', '/registrations', value);
        if (answer.status === 202) {
          id = answer.body.id;
          $('#sent-to').textContent = String(value.email);
          step('sent');
          say('Confirmation e-mail sent.', 'ok');
        }
        return answer;
      },
      { showRequired: true },
    );
    $('#resend').addEventListener('click', async () => {
      const answer = await api('POST', `/registrations/${encodeURIComponent(id)}/resend`, {});
      say(
        answer.status === 202 ? 'A new confirmation e-mail is on its way.' : errorText(answer),
        answer.status === 202 ? 'ok' : 'error',
      );
    });
  },

  async confirm() {
    const token = new URLSearchParams(location.search).get('token') ?? '';
    const answer = await api('POST', '/registrations/confirm', { token });
    if (answer.status === 200) {
      step('done');
      say('E-mail confirmed: your registration now waits for approval (usually within 24 hours).', 'ok');
    } else say(errorText(answer), 'error');
  },

  async login() {
    const next = new URLSearchParams(location.search).get('next') ?? '/profile.html';
    const go = () => location.assign(next.startsWith('/') && !next.startsWith('//') ? next : '/profile.html');
    const session = await api('GET', '/session');
    if (session.body?.session) {
      say(`Already logged in as ${session.body.session.user.email} (single sign-on).`, 'ok');
    }
    const outcome = (answer: Answer) => {
      if (answer.status !== 200) return answer;
      const status = answer.body.status as string;
      if (status === 'ok') go();
      else if (status === 'password-change-required') {
        step('change');
        say('This is a one-time password: please choose your own password now.', 'info');
      } else if (status === 'mfa-required') {
        const methods = answer.body.methods as string[];
        step('mfa');
        mountForm(
          '#mfa-form',
          loginMfaForm,
          'Verify',
          async (value) => outcome(await api('POST', '/session/mfa', value)),
          {
            value: { method: methods[0] ?? 'totp' },
          },
        );
        $('#send-code').hidden = !methods.includes('email');
        say(
          methods[0] === 'totp'
            ? 'Enter the 6-digit code from your authenticator app.'
            : 'Send yourself an e-mail code.',
          'info',
        );
      }
      return undefined;
    };
    step('credentials');
    mountForm('#login-form', loginForm, 'Log in', async (value) =>
      outcome(await api('POST', '/session', value)),
    );
    mountForm('#change-form', loginPasswordChangeForm, 'Save new password', async (value) =>
      outcome(await api('POST', '/session/password', value)),
    );
    $('#send-code').addEventListener('click', async () => {
      const answer = await api('POST', '/session/mfa/code', { method: 'email' });
      say(
        answer.status === 202 ? 'Code sent by e-mail.' : errorText(answer),
        answer.status === 202 ? 'ok' : 'error',
      );
    });
  },

  reset() {
    let email = '';
    step('request');
    mountForm('#reset-request-form', resetRequestForm, 'Send code', async (value) => {
      const answer = await api('POST', '/password-reset', value);
      if (answer.status === 202) {
        email = String(value.email);
        step('code');
        say(
          'If the address has an account, a code is on its way (by SMS to a verified phone, else by e-mail).',
          'ok',
        );
      }
      return answer;
    });
    mountForm('#reset-code-form', resetCodeForm, 'Set new password', async (value) => {
      const answer = await api('POST', '/password-reset/confirm', { ...value, email });
      if (answer.status === 204) {
        step('done');
        say('Your password was changed. You can log in now.', 'ok');
      }
      return answer;
    });
  },

  async profile() {
    if (!(await requireLogin())) return;
    const { body } = await api('GET', '/profile');
    const profile = body.profile as Record<string, string>;
    $('#profile-email').textContent = `${profile.email} · ${profile.company}`;
    mountForm(
      '#profile-form',
      profileForm,
      'Save details',
      async (value) => {
        const { phone: _phone, ...rest } = value;
        const answer = await api('PATCH', '/profile', rest);
        if (answer.status === 200) say('Details saved.', 'ok');
        if (typeof value.phone === 'string' && value.phone && value.phone !== profile.phone) {
          const sms = await api('POST', '/profile/phone', { phone: value.phone });
          if (sms.status !== 202) return sms;
          $('#phone-step').hidden = false;
          mountForm('#phone-code-form', phoneCodeForm, 'Confirm phone', async (code) => {
            const confirmed = await api(
              'POST',
              `/profile/phone/${encodeURIComponent(sms.body.verificationId)}/confirm`,
              code,
            );
            if (confirmed.status === 200) {
              $('#phone-step').hidden = true;
              say('Phone number verified and saved.', 'ok');
            }
            return confirmed;
          });
          say('We sent an SMS code to the new number; it is stored once you enter the code.', 'info');
        }
        return answer;
      },
      {
        value: {
          givenName: profile.givenName,
          familyName: profile.familyName,
          jobTitle: profile.jobTitle ?? '',
          phone: profile.phone ?? '',
        },
      },
    );
    mountForm('#password-form', passwordChangeForm, 'Change password', async (value) => {
      const answer = await api('POST', '/password', value);
      if (answer.status === 204) say('Your password was changed.', 'ok');
      return answer;
    });
    await showFactors();
    const withReauth = async (call: () => Promise<Answer>): Promise<Answer | undefined> => {
      const answer = await call();
      if (answer.body?.error?.code !== 'reauthentication-required') return answer;
      $('#reauth-step').hidden = false;
      say('Please confirm your password to change your sign-in methods.', 'info');
      return new Promise((resolve) => {
        mountForm('#reauth-form', mfaReauthForm, 'Confirm', async (value) => {
          const re = await api('POST', '/session/reauthenticate', value);
          if (re.status !== 200) return re;
          $('#reauth-step').hidden = true;
          resolve(await call());
          return undefined;
        });
      });
    };
    $('#enroll-totp').addEventListener('click', async () => {
      const answer = await withReauth(() => api('POST', '/mfa/totp', {}));
      if (!answer || answer.status !== 201) return answer && say(errorText(answer), 'error');
      $('#totp-step').hidden = false;
      $('#totp-secret').textContent = answer.body.secret;
      $('#totp-uri').textContent = answer.body.otpauthUri;
      $('#totp-qr').replaceChildren(qrCode(answer.body.otpauthUri, 'QR code for your authenticator app'));
      mountForm('#totp-code-form', mfaCodeForm, 'Activate', async (value) => {
        const confirmed = await api(
          'POST',
          `/mfa/totp/${encodeURIComponent(answer.body.enrollmentId)}/confirm`,
          value,
        );
        if (confirmed.status === 200) {
          $('#totp-step').hidden = true;
          say('Authenticator app activated.', 'ok');
          await showFactors();
        }
        return confirmed;
      });
    });
    $('#enroll-email').addEventListener('click', async () => {
      const answer = await withReauth(() => api('POST', '/mfa/email', {}));
      if (!answer || answer.status !== 202) return answer && say(errorText(answer), 'error');
      $('#email-step').hidden = false;
      mountForm('#email-code-form', mfaCodeForm, 'Activate', async (value) => {
        const confirmed = await api(
          'POST',
          `/mfa/email/${encodeURIComponent(answer.body.enrollmentId)}/confirm`,
          value,
        );
        if (confirmed.status === 200) {
          $('#email-step').hidden = true;
          say('E-mail codes activated.', 'ok');
          await showFactors();
        }
        return confirmed;
      });
    });
  },

  async support() {
    if (!(await requireLogin())) return;
    const { body } = await api('GET', '/support');
    $('#level').textContent = body.level;
    if (body.pin) {
      $('#priority').hidden = false;
      $('#regional-number').textContent = body.regionalNumber;
      $('#pin').textContent = body.pin;
      $('#pin-until').textContent = new Date(body.pinValidUntil).toLocaleTimeString();
    }
    mountForm('#case-form', supportCaseForm, 'Create case', async (value) => {
      const answer = await api('POST', '/support/cases', value);
      if (answer.status === 201) say(`Case ${answer.body.number} created.`, 'ok');
      return answer;
    });
  },

  async rma() {
    if (!(await requireLogin())) return;
    const { body } = await api('GET', '/rma/defaults');
    mountForm(
      '#rma-form',
      rmaForm,
      'Submit RMA request',
      async (value) => {
        const check = await api('POST', '/rma/hardware-check', { serialNumber: value.serialNumber });
        if (check.body?.owner === 'partner') {
          say(
            `This serial number belongs to ${check.body.vendor}: please use their RMA process ${check.body.rmaUrl ?? ''}`,
            'error',
          );
          return undefined;
        }
        const answer = await api('POST', '/rma', value);
        if (answer.status === 201) say(`RMA request ${answer.body.number} submitted.`, 'ok');
        return answer;
      },
      { value: { deliveryAddress: body.deliveryAddress } },
    );
  },

  async users() {
    if (!(await requireLogin())) return;
    const roles = await api('GET', '/roles');
    if (roles.status !== 200) return say(errorText(roles), 'error');
    $('#roles').replaceChildren(
      ...roles.body.roles.map((r: { id: string; label: string }) => h('li', {}, `${r.label} (${r.id})`)),
    );
    mountForm('#invite-form', invitationForm, 'Send invitation', async (value) => {
      const answer = await api('POST', '/invitations', value);
      if (answer.status === 202) say(`Invitation sent to ${String(value.email)}.`, 'ok');
      return answer;
    });
  },

  invitation() {
    const token = new URLSearchParams(location.search).get('token') ?? '';
    mountForm('#accept-form', loginPasswordChangeForm, 'Set password and log in', async (value) => {
      const answer = await api('POST', '/invitations/accept', { token, newPassword: value.newPassword });
      if (answer.status === 200) location.assign('/profile.html');
      return answer;
    });
  },

  async reviewer() {
    if (!(await requireLogin())) return;
    const answer = await api('GET', '/approvals?status=all');
    if (answer.status !== 200) return say(errorText(answer), 'error');
    const rows = answer.body.items.map((item: Record<string, any>) => {
      const reason = h('input', {
        type: 'text',
        'aria-label': `Reason for ${item.email}`,
        maxlength: '2000',
      }) as HTMLInputElement;
      const decide = (action: string) => async () => {
        const result = await api('POST', `/approvals/${encodeURIComponent(item.id)}/decisions`, {
          action,
          ...(reason.value ? { reason: reason.value } : {}),
          ...(item.emailCheck.ok ? {} : { overrideEmailCheck: true }),
        });
        if (result.status === 200) {
          say(`${item.email}: ${result.body.state}.`, 'ok');
          await pages.reviewer?.();
        } else {
          const issue = result.body?.error?.issues?.[0];
          say(issue ? `${issue.path.slice(1)}: ${issue.code}` : errorText(result), 'error');
        }
      };
      const button = (action: string, text: string) => {
        const b = h('button', { type: 'button', 'data-action': action }, text);
        b.addEventListener('click', decide(action));
        return b;
      };
      const pending = item.state === 'pending' || item.state === 'awaiting-information';
      return h(
        'tr',
        { 'data-email': item.email },
        h('td', {}, `${item.givenName} ${item.familyName}`),
        h('td', {}, item.email, item.emailCheck.ok ? '' : ` ⚠ ${item.emailCheck.code}`),
        h('td', {}, item.company),
        h('td', {}, new Date(item.submittedAt).toLocaleString()),
        h(
          'td',
          { class: item.overdue ? 'overdue' : '' },
          item.overdue ? 'overdue' : new Date(item.dueAt).toLocaleString(),
        ),
        h('td', {}, item.state),
        h(
          'td',
          {},
          ...(pending
            ? [
                reason,
                button('approve', 'Approve'),
                button('reject', 'Reject'),
                button('request-info', 'Ask for info'),
              ]
            : []),
        ),
      );
    });
    $('#queue').replaceChildren(...rows);
    $('#empty').hidden = rows.length > 0;
  },
};

async function showFactors() {
  const { body } = await api('GET', '/mfa/factors');
  const methods = (body?.factors ?? []).map((f: { method: string }) => f.method);
  $('#factors').textContent = methods.length
    ? `Active: ${methods.join(', ')}`
    : 'No second factor yet. We recommend an authenticator app (e-mail codes are the weaker option).';
}

async function nav() {
  const logout = document.querySelector('#logout');
  logout?.addEventListener('click', async () => {
    await api('DELETE', '/session');
    location.assign('/');
  });
}

void nav();
void pages[document.body.dataset.page ?? 'home']?.();
