import nodemailer from 'nodemailer';
import type { Queryable } from '../storage/database.js';
import { mailHtml } from './mail-html.js';

/** One message to a person: an e-mail, or an SMS (`subject` is then only a label for the outbox page). */
export interface OutgoingMessage {
  channel: 'email' | 'sms';
  /** An e-mail address or an E.164 phone number. */
  to: string;
  subject: string;
  text: string;
  /** The HTML part of an e-mail; made from `text` when absent (every e-mail goes out with both). */
  html?: string;
}

/**
 * Delivers messages. The server calls `send` after the request's transaction committed, so a rolled-back
 * request never mails anyone; a delivery failure is logged and recorded, not shown to the requester
 * (that would tell an attacker which addresses exist).
 */
export interface Messenger {
  /** Where messages go, for the start banner: `outbox` or `smtp://host:port`. */
  readonly describe: string;
  send(message: OutgoingMessage): Promise<void>;
}

/**
 * The development default: every message is a row in the `outbox` table, readable at `/dev/outbox`.
 * Never use it in production: the rows hold one-time passwords and links in clear text.
 */
export function createOutboxMessenger(db: Queryable, now: () => Date = () => new Date()): Messenger {
  return {
    describe: 'outbox',
    async send(message) {
      await db.query(
        'INSERT INTO outbox (channel, recipient, subject, body, created_at) VALUES ($1, $2, $3, $4, $5)',
        [message.channel, message.to, message.subject, message.text, now()],
      );
    },
  };
}

/** Options of {@link createSmtpMessenger}. */
export interface SmtpOptions {
  /** `smtp://user:pass@host:port` or `smtps://…` (nodemailer's URL form), e.g. from `SMTP_URL`. */
  url: string;
  /** The no-reply sender, e.g. `"Portal" <no-reply@example.com>`; the registration page asks the company's IT not to block it. */
  from: string;
  /** SMS has no SMTP: where SMS go instead (default: the outbox of `fallback`). */
  sms?: Messenger;
  /** Accept self-signed certificates (tests against a local server only). */
  insecureTls?: boolean;
}

/** E-mail through nodemailer's SMTP transport; SMS through `options.sms`. */
export function createSmtpMessenger(options: SmtpOptions): Messenger {
  const transport = nodemailer.createTransport(options.url, {
    from: options.from,
    ...(options.insecureTls ? { tls: { rejectUnauthorized: false } } : {}),
  });
  const host = new URL(options.url);
  return {
    describe: `${host.protocol}//${host.host}`,
    async send(message) {
      if (message.channel === 'sms') {
        if (!options.sms) throw new Error('no SMS channel configured');
        await options.sms.send(message);
        return;
      }
      await transport.sendMail({
        from: options.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html ?? mailHtml(message.text, 'en'),
      });
    },
  };
}
