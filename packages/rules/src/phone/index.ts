/**
 * Phone numbers to E.164 with libphonenumber-js (`min` metadata). Import `@gatehouse/rules/phone` only where
 * phone numbers are edited: its metadata (~28 KB gzip) stays out of every other bundle.
 */
export {
  isSupportedPhoneCountry,
  type ParsedPhone,
  type ParsePhoneOptions,
  type PhoneReason,
  type PhoneResult,
  parsePhone,
} from './parse-phone.js';
