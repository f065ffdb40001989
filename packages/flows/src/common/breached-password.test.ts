import { describe, expect, it } from 'vitest';
import '../locales/de.js';
import '../invitation-accept/de.js';
import '../login/de.js';
import '../password-change/de.js';
import '../password-reset/de.js';
import { invitationAcceptForm } from '../invitation-accept/index.js';
import { loginPasswordChangeForm } from '../login/index.js';
import { passwordChangeForm } from '../password-change/index.js';
import { passwordResetCodeForm } from '../password-reset/index.js';
import { breachVerdict } from './breached-password.js';

const forms = { passwordChangeForm, passwordResetCodeForm, loginPasswordChangeForm, invitationAcceptForm };

describe('breached-password refusals', () => {
  it('every form that sets a password explains both codes on the new-password field, in English and German', () => {
    for (const [name, form] of Object.entries(forms)) {
      for (const code of ['breached-password', 'breach-check-unavailable']) {
        const issue = { path: '/newPassword', code, params: { count: 3 } };
        const en = form.messagesFor('en');
        const de = form.messagesFor('de');
        expect(en.knows(issue), `${name} ${code} en`).toBe(true);
        expect(de.knows(issue), `${name} ${code} de`).toBe(true);
        expect(en.issue(issue)).toMatch(/new password/);
        expect(de.issue(issue)).toMatch(/neue Passwort|neues Passwort/);
      }
    }
  });

  it('a verdict has the shape of every password rule: ok, or a code with params', () => {
    expect(breachVerdict({ status: 'not-found' })).toEqual({ ok: true });
    expect(breachVerdict({ status: 'found', count: 1 })).toEqual({
      ok: false,
      code: 'breached-password',
      params: { count: 1 },
    });
    // A minimum below 1 still refuses a listed password; it never refuses an unlisted one.
    expect(breachVerdict({ status: 'found', count: 1 }, { minCount: 0, onUnknown: 'allow' }).ok).toBe(false);
    expect(breachVerdict({ status: 'not-found' }, { minCount: 0, onUnknown: 'refuse' }).ok).toBe(true);
  });
});
