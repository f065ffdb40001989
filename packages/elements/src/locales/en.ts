/** English texts of the elements' own chrome (buttons, panes, steps). Form messages come from the form catalog. */
export const en = {
  submit: 'Submit',
  add: 'Add',
  remove: 'Remove',
  removeItem: 'Remove item {index}',
  item: 'Item {index}',
  requiredMark: 'required',
  stillRequired: 'Still required',
  allFilled: 'All required fields are filled in.',
  errorsSummary: '{count, plural, one {# field needs} other {# fields need}} your attention.',
  passwordHints: 'Password requirements',
  hintMinLength: 'At least {min} characters',
  hintMinLengthMfa: 'At least {min} characters ({mfaMin} once two-step verification is on)',
  hintMaxLength: 'At most {max} characters',
  hintLowercase: 'A lowercase letter',
  hintUppercase: 'An uppercase letter',
  hintDigit: 'A digit',
  hintSymbol: 'A symbol',
  hintContext: 'Not your name, company or e-mail address',
  hintCommon: 'Not a common password, keyboard walk or repetition',
  hintMet: 'met',
  hintUnmet: 'not met yet',
  loading: 'Loading…',
  error: 'Something went wrong. Please try again.',
  retry: 'Try again',
} as const;

/** The keys every locale of the elements must provide. */
export type UiKey = keyof typeof en;
/** A complete catalog of chrome texts for one locale. */
export type UiCatalog = Record<UiKey, string>;
