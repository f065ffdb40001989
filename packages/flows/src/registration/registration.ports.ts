import { missingPort } from '../common/port.js';

/** The registration data as the form validated it (hidden fields omitted). */
export type RegistrationData = Record<string, unknown>;

/** Output of `register`: the same shape for new and already-registered addresses (enumeration-safe). */
export interface RegisterOutput {
  id: string;
  /** ISO instant when the confirmation link expires; the machine uses `confirmationLifetime` when absent. */
  confirmationExpiresAt?: string;
  /** ISO instant when RESEND is allowed again; the machine uses `resendCooldown` when absent. */
  resendAvailableAt?: string;
}

/** Output of `confirmEmail`: the registration the single-use token belonged to. */
export interface ConfirmEmailOutput {
  id: string;
}

/** Output of `getRegistrationStatus`. `reason` only accompanies `rejected`. */
export interface RegistrationStatusOutput {
  status: 'pending-confirmation' | 'pending-approval' | 'approved' | 'rejected' | 'expired';
  reason?: string;
}

/**
 * The ports of the registration flow (what the host backend must do). Each default fails with
 * `port-not-provided`; provide real ones with `registrationMachine.provide({ actors })` or `createHttpPorts`.
 */
export const registrationPorts = {
  /** `POST /registrations`: store the registration and send the confirmation e-mail. */
  register: missingPort<RegisterOutput, { data: RegistrationData }>('register'),
  /** `POST /registrations/{id}/resend`: send a new confirmation link. */
  resendConfirmation: missingPort<{ resendAvailableAt?: string }, { id: string }>('resendConfirmation'),
  /** `POST /registrations/confirm`: redeem the single-use confirmation token. */
  confirmEmail: missingPort<ConfirmEmailOutput, { token: string }>('confirmEmail'),
  /** `GET /registrations/{id}`: where the registration stands (polled while awaiting approval). */
  getRegistrationStatus: missingPort<RegistrationStatusOutput, { id: string }>('getRegistrationStatus'),
};

/** The port names of the registration flow, for hosts that build their implementations generically. */
export type RegistrationPorts = typeof registrationPorts;
