import { missingPort } from '../common/port.js';

/** Support levels; only `priority` and `plus` see the regional number and the PIN. */
export type SupportLevel = 'basic' | 'standard' | 'priority' | 'plus';

/** Output of `getSupportInfo` (`GET /support`). The PIN is derived by the server (`deriveSupportPin`). */
export interface SupportInfo {
  level: SupportLevel;
  regionalNumber?: string;
  /** 8 digits, per user, rotating. A secret: never persisted. */
  pin?: string;
  /** ISO instant the PIN rotates; the UI counts down to it and the flow refreshes then. */
  pinValidUntil?: string;
}

/** The port of the support information. The default fails with `port-not-provided`. */
export const supportInfoPorts = {
  getSupportInfo: missingPort<SupportInfo, void>('getSupportInfo'),
};

/** The port set of the support information. */
export type SupportInfoPorts = typeof supportInfoPorts;
