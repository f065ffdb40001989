import type { PasswordBlocklist } from './blocklist.js';

/**
 * Loads the default common-password list on demand. Bundlers turn the dynamic import into a separate chunk,
 * so a browser pays for the list only when a password form actually opens.
 */
export async function loadCommonPasswords(): Promise<PasswordBlocklist> {
  const { commonPasswordBlocklist } = await import('./common-passwords.js');
  return commonPasswordBlocklist();
}
