/**
 * The welcome e-mail after approval: username, one-time password, and a "Log in" button that opens the login
 * page (not the home page), in the language the person registered in.
 */
import { mailHtml } from './mail-html.js';
import type { OutgoingMessage } from './messenger.js';

/** What the welcome e-mail says. */
export interface WelcomeMail {
  to: string;
  username: string;
  password: string;
  /** Days the one-time password stays valid. */
  days: number;
  /** The portal's login page. */
  loginUrl: string;
  /** `de` for German; anything else gets English. */
  locale?: string;
}

const TEXTS = {
  en: {
    subject: 'Your portal account is ready',
    button: 'Log in',
    text: (m: WelcomeMail) =>
      `Your registration was approved.\n\nUsername: ${m.username}\nOne-time password: ${m.password}\n\nLog in within ${m.days} days; you will choose your own password first:\n${m.loginUrl}`,
  },
  de: {
    subject: 'Ihr Portalkonto ist bereit',
    button: 'Anmelden',
    text: (m: WelcomeMail) =>
      `Ihre Registrierung wurde freigegeben.\n\nBenutzername: ${m.username}\nEinmalpasswort: ${m.password}\n\nMelden Sie sich innerhalb von ${m.days} Tagen an; zuerst wählen Sie Ihr eigenes Passwort:\n${m.loginUrl}`,
  },
};

/** The welcome message, text and HTML (with the "Log in" button). */
export function welcomeMail(m: WelcomeMail): OutgoingMessage {
  const lang = m.locale === 'de' ? 'de' : 'en';
  const t = TEXTS[lang];
  const text = t.text(m);
  return {
    channel: 'email',
    to: m.to,
    subject: t.subject,
    text,
    html: mailHtml(text, lang, { label: t.button, url: m.loginUrl }),
  };
}
