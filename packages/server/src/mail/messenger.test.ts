import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../storage/database.js';
import { createOutboxMessenger, createSmtpMessenger, type OutgoingMessage } from './messenger.js';

describe('SMTP delivery against a real smtp-server on 127.0.0.1', () => {
  const received: { from: string; to: string[]; data: string }[] = [];
  let server: SMTPServer;
  let port = 0;
  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => {
          data += chunk.toString('utf8');
        });
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            data,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('sends the e-mail with the no-reply sender, subject and text', async () => {
    const sms: OutgoingMessage[] = [];
    const messenger = createSmtpMessenger({
      url: `smtp://127.0.0.1:${port}`,
      from: 'Portal <no-reply@portal.test>',
      sms: { describe: 'memory', send: async (m) => void sms.push(m) },
    });
    expect(messenger.describe).toBe(`smtp://127.0.0.1:${port}`);
    await messenger.send({
      channel: 'email',
      to: 'ada@acme.test',
      subject: 'Confirm',
      text: 'Link: https://x/1',
    });
    expect(received).toHaveLength(1);
    expect(received[0]?.from).toBe('no-reply@portal.test');
    expect(received[0]?.to).toEqual(['ada@acme.test']);
    expect(received[0]?.data).toContain('Subject: Confirm');
    expect(received[0]?.data).toContain('Link: https://x/1');
    await messenger.send({ channel: 'sms', to: '+4915112345678', subject: 'code', text: '123456' });
    expect(received).toHaveLength(1);
    expect(sms).toHaveLength(1);
  });

  it('rejects when the SMTP server is unreachable', async () => {
    const messenger = createSmtpMessenger({ url: 'smtp://127.0.0.1:1', from: 'no-reply@portal.test' });
    await expect(
      messenger.send({ channel: 'email', to: 'a@acme.test', subject: 's', text: 't' }),
    ).rejects.toThrow();
  });
});

describe('outbox', () => {
  it('stores each message as a row', async () => {
    const calls: unknown[][] = [];
    const db: Queryable = {
      async query<Row>(_sql: string, params: readonly unknown[] = []) {
        calls.push([...params]);
        return [] as Row[];
      },
    };
    const at = new Date('2026-01-01T00:00:00Z');
    await createOutboxMessenger(db, () => at).send({
      channel: 'sms',
      to: '+491',
      subject: 'Code',
      text: '123456',
    });
    expect(calls).toEqual([['sms', '+491', 'Code', '123456', at]]);
  });
});
