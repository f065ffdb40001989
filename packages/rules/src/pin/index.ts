/**
 * The rotating support PIN: 8 digits derived from a per-user secret and the current period, so a call agent
 * verifies it without any stored copy. Web Crypto; async.
 */
export {
  DEFAULT_PIN_PERIOD,
  deriveSupportPin,
  pinPeriodNumber,
  pinValidUntil,
  type SupportPinOptions,
  type SupportPinVerdict,
  type VerifySupportPinOptions,
  verifySupportPin,
} from './support-pin.js';
