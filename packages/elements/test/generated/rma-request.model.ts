/** The RMA flow's machine with the answers its ports may give, for the generated suite of `<gate-rma-request>`. */
import { defineModel } from '@gatehouse/check';
import { rmaMachine } from '@gatehouse/flows/rma';
import { withoutTimes } from './model-key.js';

const address = {
  company: 'Analytical Engines Ltd',
  street: '1 Engine Row',
  postalCode: 'N1 9GU',
  city: 'London',
  country: 'GB',
};
const down = {
  error: Object.assign(new Error('unavailable'), { name: 'GatehouseError', code: 'unavailable' }),
};

export default defineModel({
  name: 'rma-request',
  machine: rmaMachine,
  options: {
    input: {},
    events: {
      // What a person types; the address comes pre-filled from the registration and is confirmed.
      SUBMIT: (s) =>
        s.matches('editing')
          ? [
              {
                data: {
                  serialNumber: 'AB12-345678',
                  description: 'Fan module makes a grinding noise since Monday.',
                  deliveryAddress: address,
                  addressConfirmed: true,
                },
              },
            ]
          : [],
      CANCEL: [{}],
      EDIT: [{}],
    },
    actors: {
      loadRmaDefaults: [{ output: { deliveryAddress: address } }],
      checkHardware: [
        { output: { owner: 'vendor' } },
        { output: { owner: 'partner', vendor: 'Acme Networks', serialNumber: 'AB12-345678' } },
        down,
      ],
      submitRma: [{ output: { rmaId: 'r1', number: 'RMA-77' } }, down],
    },
    key: withoutTimes,
  },
});
