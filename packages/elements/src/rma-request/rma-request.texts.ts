/** Texts of `<gate-rma-request>` (en, de). */
export const rmaRequestTexts = {
  en: {
    loading: 'Loading your delivery address…',
    heading: 'Return a device (RMA)',
    intro:
      'For our own hardware only. The delivery address comes from your registration and is not updated automatically: check it and confirm it.',
    submit: 'Request RMA',
    checking: 'Checking the serial number…',
    cancel: 'Cancel',
    referredHeading: 'This device is partner hardware',
    referredText: 'The serial number belongs to {vendor} hardware. Please use the RMA process of {vendor}.',
    referredLink: 'Open the RMA process of {vendor}',
    submittedHeading: 'RMA requested',
    submittedText:
      'Your RMA request {number} was received. We will send the shipping instructions by e-mail.',
    cancelledHeading: 'No RMA requested',
  },
  de: {
    loading: 'Ihre Lieferadresse wird geladen…',
    heading: 'Gerät zurücksenden (RMA)',
    intro:
      'Nur für unsere eigene Hardware. Die Lieferadresse stammt aus Ihrer Registrierung und wird nicht automatisch aktualisiert: Prüfen und bestätigen Sie sie.',
    submit: 'RMA anfordern',
    checking: 'Die Seriennummer wird geprüft…',
    cancel: 'Abbrechen',
    referredHeading: 'Dieses Gerät ist Partner-Hardware',
    referredText:
      'Die Seriennummer gehört zu Hardware von {vendor}. Bitte nutzen Sie den RMA-Prozess von {vendor}.',
    referredLink: 'RMA-Prozess von {vendor} öffnen',
    submittedHeading: 'RMA angefordert',
    submittedText:
      'Ihre RMA-Anfrage {number} ist eingegangen. Die Versandanweisungen erhalten Sie per E-Mail.',
    cancelledHeading: 'Keine RMA angefordert',
  },
};
