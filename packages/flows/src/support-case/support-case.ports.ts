import { missingPort } from '../common/port.js';

/** Where the problem occurs: production, test, or a proof of concept/value with presales. */
export type SupportEnvironment = 'production' | 'test' | 'poc-pov';

/** The port of support cases. The default fails with `port-not-provided`. */
export const supportCasePorts = {
  /** `POST /support/cases`. */
  createCase: missingPort<{ caseId: string; number?: string }, { data: Record<string, unknown> }>(
    'createCase',
  ),
};

/** The port set of support cases. */
export type SupportCasePorts = typeof supportCasePorts;
