/**
 * A hidden username field for forms that ask only for passwords (change a password, set a new one after a reset).
 * Password managers tie a saved password to the account through a username field in the same `<form>`; without one
 * they save it for no account (Chromium warns: "Password forms should have (optionally hidden) username fields").
 * Only the elements with such forms import this, so other pages do not carry it.
 */

/**
 * Puts a hidden, read-only `autocomplete="username"` input holding `username` at the start of the host's current
 * `<gate-form>`'s form (or updates it), once that form has rendered. Nothing happens without a username or when
 * the form has a username field of its own.
 */
export function syncUsernameField(host: Element, username: string | undefined | null): void {
  const gateForm = host.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(
    'gate-form[slot="form"]',
  );
  if (!gateForm || !username) return;
  void Promise.resolve(gateForm.updateComplete).then(() => {
    const form = gateForm.querySelector('form');
    if (!form?.querySelector('input[type="password"]')) return;
    let input = form.querySelector<HTMLInputElement>('input[data-gate-username]');
    if (!input) {
      if (form.querySelector('[autocomplete~="username"]')) return;
      input = document.createElement('input');
      input.type = 'text';
      input.name = 'username';
      input.autocomplete = 'username';
      input.hidden = true;
      input.readOnly = true;
      input.tabIndex = -1;
      input.setAttribute('data-gate-username', '');
      form.prepend(input);
    }
    input.value = username;
  });
}
