/**
 * The names that typos and plain-ASCII look-alikes are measured against. Short on purpose: every name here
 * puts its neighbours (one keyboard slip, one `0`/`o`) under suspicion, so only names that are typed or imitated
 * often belong here; the false-positive rate this costs is measured in `near-miss.test.ts`. Lower-case ASCII.
 */
/**
 * Free providers whose typos the server refuses with a suggestion (`gmial.com` → `gmail.com`), besides the largest
 * ones (`MAJOR_FREE_DOMAINS`, which the browser form checks alone, for its size budget): the big national and ISP
 * mailboxes of Europe, the Americas and Asia. Every entry is a listed free provider (a test checks it).
 */
export const REGIONAL_TYPO_FREE_DOMAINS: readonly string[] = [
  // Europe: Italy, France, UK, Poland, Czechia, Switzerland, Austria, Germany, Russia, Ukraine.
  'libero.it',
  'virgilio.it',
  'tiscali.it',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'sfr.fr',
  'wanadoo.fr',
  'btinternet.com',
  'virginmedia.com',
  'sky.com',
  'wp.pl',
  'onet.pl',
  'interia.pl',
  'o2.pl',
  'seznam.cz',
  'bluewin.ch',
  'gmx.at',
  'gmx.ch',
  'freenet.de',
  'arcor.de',
  'outlook.de',
  'live.de',
  'live.co.uk',
  'hotmail.it',
  'hotmail.es',
  'yahoo.es',
  'yahoo.it',
  'yandex.com',
  'inbox.ru',
  'bk.ru',
  'list.ru',
  'rambler.ru',
  'ukr.net',
  // The Americas and Oceania: US ISPs, Canada, Brazil, Australia, New Zealand.
  'comcast.net',
  'att.net',
  'sbcglobal.net',
  'verizon.net',
  'bellsouth.net',
  'cox.net',
  'charter.net',
  'rocketmail.com',
  'aim.com',
  'mail.com',
  'shaw.ca',
  'rogers.com',
  'yahoo.com.br',
  'uol.com.br',
  'bol.com.br',
  'terra.com.br',
  'bigpond.com',
  'optusnet.com.au',
  'xtra.co.nz',
  // Asia.
  'yahoo.co.jp',
  'yahoo.co.in',
  'rediffmail.com',
  'hanmail.net',
  'daum.net',
  'sina.com',
  'foxmail.com',
  'yeah.net',
  // Privacy mail.
  'fastmail.com',
  'hushmail.com',
  'tutanota.com',
  'pm.me',
];

/**
 * Brands whose domains phishing imitates most (the brand-phishing reports of the last years: software and cloud,
 * social networks, parcel services, banks and payment, shops and travel). A plain-ASCII look-alike of one
 * (`micros0ft.com`, `paypa1.com`) is refused as `lookalike-domain`; a keyboard typo of one (`microsft.com`) gets
 * a "did you mean" hint that does not block — the person may really work there.
 */
export const IMPERSONATED_BRAND_DOMAINS: readonly string[] = [
  // Software, cloud and collaboration.
  'microsoft.com',
  'office.com',
  'sharepoint.com',
  'google.com',
  'apple.com',
  'adobe.com',
  'dropbox.com',
  'docusign.com',
  'salesforce.com',
  'slack.com',
  'github.com',
  'atlassian.com',
  'okta.com',
  'zoom.us',
  // Social networks and media.
  'facebook.com',
  'meta.com',
  'instagram.com',
  'whatsapp.com',
  'linkedin.com',
  'twitter.com',
  'netflix.com',
  'spotify.com',
  // Parcel services.
  'dhl.com',
  'dhl.de',
  'fedex.com',
  'ups.com',
  'usps.com',
  // Banks, cards, payment and crypto.
  'paypal.com',
  'wellsfargo.com',
  'chase.com',
  'bankofamerica.com',
  'americanexpress.com',
  'mastercard.com',
  'visa.com',
  'hsbc.com',
  'barclays.co.uk',
  'santander.com',
  'deutsche-bank.de',
  'sparkasse.de',
  'commerzbank.de',
  'coinbase.com',
  'binance.com',
  // Shops, travel and telecoms.
  'amazon.com',
  'amazon.de',
  'ebay.com',
  'walmart.com',
  'booking.com',
  'airbnb.com',
  'telekom.de',
  'swisscom.ch',
];
