/**
 * Saving the recovery codes as a text file. The file is made in the browser from what is on screen: the codes
 * never travel again, and no server endpoint can hand them out a second time.
 */

/** The text of the file: a heading line, then one code a line (CRLF, so Windows Notepad shows the lines too). */
export function recoveryCodesText(heading: string, codes: readonly string[]): string {
  return [heading, '', ...codes, ''].join('\r\n');
}

/** Starts the download of `codes` as `recovery-codes.txt` through a short-lived `blob:` link. */
export function downloadRecoveryCodes(host: Element, heading: string, codes: readonly string[]): void {
  const url = URL.createObjectURL(new Blob([recoveryCodesText(heading, codes)], { type: 'text/plain' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'recovery-codes.txt';
  link.hidden = true;
  // In the host's tree, not a detached node: some browsers ignore clicks on links outside the document.
  (host.shadowRoot ?? host).append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download manager; revoking later keeps slow browsers working.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
