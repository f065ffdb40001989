import { missingPort } from '../common/port.js';

/** The user's profile as the backend stores it (`email` and `company` are read-only here). */
export interface Profile {
  givenName: string;
  familyName: string;
  email: string;
  company?: string;
  jobTitle?: string;
  /** E.164; used for password-reset codes. */
  phone?: string;
  /** ISO 3166-1 alpha-2 country of the registration: a number typed without a country code is read as its. */
  country?: string;
}

/** The ports of profile editing. Each default fails with `port-not-provided`. */
export const profilePorts = {
  /** `GET /profile`. */
  loadProfile: missingPort<Profile, void>('loadProfile'),
  /** `PATCH /profile`: the personal details without the phone. */
  saveProfile: missingPort<Profile, { data: Record<string, unknown> }>('saveProfile'),
  /** `POST /profile/phone`: text a code to the new number. */
  requestPhoneVerification: missingPort<
    { verificationId: string; resendAvailableAt?: string },
    { phone: string }
  >('requestPhoneVerification'),
  /** `POST /profile/phone/{id}/confirm`: the number is stored only now. */
  confirmPhone: missingPort<Profile, { verificationId: string; code: string }>('confirmPhone'),
};

/** The port set of profile editing. */
export type ProfilePorts = typeof profilePorts;
