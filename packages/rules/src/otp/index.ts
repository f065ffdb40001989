/**
 * One-time secrets on Web Crypto (Node 20 and browsers; everything crypto is async): HOTP/TOTP (RFC 4226 /
 * RFC 6238), otpauth URIs and base32 for authenticator apps, hashed e-mail/SMS one-time codes, and
 * single-use recovery codes.
 */
export { type Base32Issue, type Base32Result, base32Decode, base32Encode } from './base32.js';
export { constantTimeEqual, constantTimeEqualText } from './constant-time.js';
export type { OtpAlgorithm } from './hmac.js';
export { generateHotp, type HotpOptions } from './hotp.js';
export {
  type CodeTtl,
  type CodeVerdict,
  type IssueCodeOptions,
  type IssuedCode,
  issueCode,
  type OneTimeCodeRecord,
  type ReissueResult,
  reissueCode,
  verifyCode,
} from './one-time-code.js';
export { type OtpauthUriOptions, otpauthUri } from './otpauth-uri.js';
export {
  generateRecoveryCodes,
  normalizeRecoveryCode,
  RECOVERY_CODE_COUNT,
  RECOVERY_CODE_LENGTH,
} from './recovery-code.js';
export { generateSecret } from './secret.js';
export {
  generateTotp,
  type TotpOptions,
  type TotpVerdict,
  totpStep,
  type VerifyTotpOptions,
  verifyTotp,
} from './totp.js';
