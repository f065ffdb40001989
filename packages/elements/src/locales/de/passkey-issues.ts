/** German texts of the passkey issues. Data only: the `/de` modules of the elements with passkeys register it. */
import type { passkeyIssueTexts } from '../../passkeys/passkey-issues.js';
import type { Complete } from './complete.js';

/** German catalog of `passkeyIssues`. */
export const passkeyIssues: Complete<typeof passkeyIssueTexts> = {
  'passkey-cancelled':
    'Die Passkey-Anfrage wurde abgebrochen oder ist abgelaufen. Versuchen Sie es erneut, wenn Sie bereit sind.',
  'passkey-not-accepted':
    'Dieser Passkey wurde nicht akzeptiert. Verwenden Sie einen anderen Passkey oder melden Sie sich mit Ihrem Passwort an.',
  'passkey-exists': 'Dieses Gerät enthält bereits einen Passkey für Ihr Konto.',
  'passkey-unsupported': 'Dieser Browser oder dieses Gerät kann hier keinen Passkey verwenden.',
};
