/** `<gate-mfa-enrollment>` without registering it, and the QR helpers it renders with. */
export {
  GateMfaEnrollment,
  groupSecret,
  type MfaEnrollmentOutput,
  type MfaEnrollmentView,
} from './mfa-enrollment.element.js';
export { mfaEnrollmentTexts } from './mfa-enrollment.texts.js';
export { type QrMatrix, qrMatrix, qrPath, qrSvg } from './qr-code.js';
