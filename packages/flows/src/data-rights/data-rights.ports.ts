import { missingPort } from '../common/port.js';

/** A colleague who can take over the Super Admin role, as `GET /account/deletion` lists them. */
export interface Successor {
  id: string;
  /** Given and family name, for the choice; never used as a key. */
  name: string;
}

/**
 * What deleting the account needs. `handOver: 'required'`: the user is the company's last Super Admin and other
 * users remain, so one of `successors` must take the role over; `'none'`: anyone else (another Super Admin remains,
 * the user is no Super Admin, or the user is the company's only member).
 */
export interface DeletionRequirements {
  handOver: 'none' | 'required';
  successors: Successor[];
}

/**
 * The export as the backend sends it: a file name and the JSON document (everything held about the person, no
 * secret). The machine hands it to the page (`download` event) and never keeps it in its context.
 */
export interface DataExport {
  fileName: string;
  data: unknown;
}

/** The ports of the data-rights flow. Each default fails with `port-not-provided`. */
export const dataRightsPorts = {
  /** `GET /account/deletion`: whether deleting needs a hand-over of the Super Admin role, and to whom. */
  loadRequirements: missingPort<DeletionRequirements, void>('loadRequirements'),
  /** `GET /account/export`: the person's data as JSON. */
  exportData: missingPort<DataExport, void>('exportData'),
  /**
   * `POST /account/deletion` (the form's data plus `successor`): re-authenticates with `password` in the same request, hands the Super Admin role to
   * `successor` when one is named, then deletes. Rejects with `invalid-credentials`, `locked`,
   * `hand-over-required` or `invalid-request`.
   */
  deleteAccount: missingPort<void, { password: string; understood: true; successor?: string }>(
    'deleteAccount',
  ),
};

/** The port set of the data-rights flow. */
export type DataRightsPorts = typeof dataRightsPorts;
