/**
 * `a…@globex.test` for `ada.lovelace@globex.test`: enough for the owner to recognise an address in a notice, too
 * little for someone else reading the mailbox to write to it. The domain stays whole (it is the company's own).
 */
export function maskedAddress(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '…';
  return `${email.slice(0, 1)}…${email.slice(at)}`;
}
