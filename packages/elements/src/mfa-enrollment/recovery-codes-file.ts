/**
 * Saving the recovery codes as a text file. The file is made in the browser from what is on screen: the codes
 * never travel again, and no server endpoint can hand them out a second time.
 */
import { downloadFile } from '../common/download-file.js';

/** The text of the file: a heading line, then one code a line (CRLF, so Windows Notepad shows the lines too). */
export function recoveryCodesText(heading: string, codes: readonly string[]): string {
  return [heading, '', ...codes, ''].join('\r\n');
}

/** Starts the download of `codes` as `recovery-codes.txt`. */
export function downloadRecoveryCodes(host: Element, heading: string, codes: readonly string[]): void {
  downloadFile(host, 'recovery-codes.txt', recoveryCodesText(heading, codes), 'text/plain');
}
