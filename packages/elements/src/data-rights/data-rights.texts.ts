/** English texts of `<gate-data-rights>` (the fallback, key by key); other languages register under `id` (`src/locales/`). */
export const dataRightsTexts = {
  id: 'dataRights',
  en: {
    loading: 'Loading your data settings…',
    heading: 'Your data',
    intro:
      'Download a copy of everything this portal holds about you, or delete your account and your personal data.',
    export: 'Download my data',
    exporting: 'Preparing your data…',
    exported: 'Your data was saved as {file}. It holds no password or other secret.',
    delete: 'Delete my account',
    close: 'Close',
    closedHeading: 'Your data',
    reopen: 'Show your data settings',
    confirmHeading: 'Delete your account',
    deletedList:
      'Deleted: your account and profile, your sign-in methods (password, authenticator app, passkeys, recovery codes), your support cases and RMA requests, your registration and the forms you sent. You are signed out everywhere, also in the other portals.',
    keptList:
      'Kept: the security log keeps entries about your actions under a pseudonym instead of your name. Invitations you sent and forms you published stay with your company, without your name. We send you one e-mail to confirm the deletion.',
    undone: 'This cannot be undone. Download your data first if you want to keep a copy.',
    handOverText:
      'You are the last Super Admin of your company. Choose a colleague who takes over the role, so your company can still manage its users.',
    successor: 'New Super Admin',
    chooseSuccessor: 'Choose a colleague',
    successorMissing: 'Choose who takes over the Super Admin role.',
    confirm: 'Delete my account',
    cancel: 'Cancel',
    deletedHeading: 'Your account was deleted',
    deletedText: 'Your personal data was removed and you are signed out. Thank you for using the portal.',
  },
};

/** Texts of the whole-step issues only this element meets (kept out of the shared issue texts). */
export const dataRightsIssueTexts = {
  id: 'dataRightsIssues',
  en: {
    'hand-over-required':
      'Your company has no other Super Admin now. Choose who takes over the role, then delete again.',
  },
};
