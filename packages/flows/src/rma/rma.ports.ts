import { missingPort } from '../common/port.js';

/** A delivery address as `GET /rma/defaults` pre-fills it. */
export interface DeliveryAddress {
  company: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
}

/**
 * Output of `checkHardware`: the vendor's own hardware, or a partner's with where to go instead (`serialNumber`:
 * which of the request's serials is the partner's). Serials that are not the company's fail the port with
 * field issues (`unknown-device`).
 */
export type HardwareOwner =
  | { owner: 'vendor' }
  | { owner: 'partner'; vendor: string; rmaUrl?: string; serialNumber?: string };

/** The ports of the RMA request. Each default fails with `port-not-provided`. */
export const rmaPorts = {
  /** `GET /rma/defaults`: the registered address (never updated by this flow). */
  loadRmaDefaults: missingPort<{ deliveryAddress?: Partial<DeliveryAddress> }, void>('loadRmaDefaults'),
  /** `POST /rma/hardware-check`: whose hardware the serial numbers belong to. */
  checkHardware: missingPort<HardwareOwner, { serialNumber: string; additionalSerialNumbers?: string[] }>(
    'checkHardware',
  ),
  /** `POST /rma`. */
  submitRma: missingPort<{ rmaId: string; number?: string }, { data: Record<string, unknown> }>('submitRma'),
};

/** The port set of the RMA request. */
export type RmaPorts = typeof rmaPorts;
