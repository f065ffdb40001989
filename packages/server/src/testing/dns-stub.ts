/**
 * A tiny authoritative DNS responder over UDP on 127.0.0.1 and an ephemeral port, for testing the mail-domain
 * check without the network: it answers MX, A and AAAA from a zone given as data, NXDOMAIN for names it does
 * not know, SERVFAIL or silence (a timeout) on request. RFC 1035 wire format, one question per query.
 */
import { createSocket as createUdpSocket } from 'node:dgram';

/** What the stub knows about one name. */
export interface StubRecords {
  /** MX records; `exchange: ''` is a null MX (RFC 7505). */
  mx?: Array<{ priority: number; exchange: string }>;
  a?: string[];
  aaaa?: string[];
  /** Answer SERVFAIL for this name. */
  servfail?: boolean;
  /** Never answer (the client times out). */
  silent?: boolean;
}

/** A running stub: its address for `Resolver.setServers`, how many queries it saw, and `close()`. */
export interface DnsStub {
  server: string;
  queries: () => number;
  close(): Promise<void>;
}

const TYPES = { A: 1, MX: 15, AAAA: 28 } as const;

function encodeName(name: string): Buffer {
  const parts = name === '' ? [] : name.split('.');
  return Buffer.concat([
    ...parts.map((label) => Buffer.concat([Buffer.from([label.length]), Buffer.from(label, 'ascii')])),
    Buffer.from([0]),
  ]);
}

function readQuestion(query: Buffer): { name: string; type: number; end: number } {
  const labels: string[] = [];
  let at = 12;
  while (query[at] !== 0) {
    const length = query[at] as number;
    labels.push(query.subarray(at + 1, at + 1 + length).toString('ascii'));
    at += 1 + length;
  }
  return { name: labels.join('.').toLowerCase(), type: query.readUInt16BE(at + 1), end: at + 5 };
}

function record(type: number, data: Buffer): Buffer {
  const head = Buffer.alloc(12);
  head.writeUInt16BE(0xc00c, 0); // the name: a pointer to the question's
  head.writeUInt16BE(type, 2);
  head.writeUInt16BE(1, 4); // class IN
  head.writeUInt32BE(60, 6); // TTL
  head.writeUInt16BE(data.length, 10);
  return Buffer.concat([head, data]);
}

function answers(records: StubRecords, type: number): Buffer[] {
  if (type === TYPES.MX) {
    return (records.mx ?? []).map(({ priority, exchange }) => {
      const preference = Buffer.alloc(2);
      preference.writeUInt16BE(priority);
      return record(type, Buffer.concat([preference, encodeName(exchange)]));
    });
  }
  if (type === TYPES.A)
    return (records.a ?? []).map((ip) => record(type, Buffer.from(ip.split('.').map(Number))));
  if (type === TYPES.AAAA) {
    return (records.aaaa ?? []).map((ip) => {
      const groups = ip.split(':');
      const gap = groups.indexOf('');
      const full =
        gap === -1
          ? groups
          : [...groups.slice(0, gap), ...Array(9 - groups.length).fill('0'), ...groups.slice(gap + 1)];
      const data = Buffer.alloc(16);
      full.slice(0, 8).forEach((g, i) => {
        data.writeUInt16BE(Number.parseInt(g || '0', 16), i * 2);
      });
      return record(type, data);
    });
  }
  return [];
}

/** Starts the stub with `zone` (lower-case names → records). */
export async function startDnsStub(zone: Readonly<Record<string, StubRecords>>): Promise<DnsStub> {
  const socket = createUdpSocket('udp4');
  let count = 0;
  socket.on('message', (query, peer) => {
    count += 1;
    const { name, type, end } = readQuestion(query);
    const records = zone[name];
    if (records?.silent) return;
    const list = records && !records.servfail ? answers(records, type) : [];
    const header = Buffer.alloc(12);
    header.writeUInt16BE(query.readUInt16BE(0), 0); // same id
    // QR, opcode 0, AA, RD copied, RA; RCODE 0 (NOERROR), 2 (SERVFAIL) or 3 (NXDOMAIN).
    const rcode = records === undefined ? 3 : records.servfail ? 2 : 0;
    header.writeUInt16BE(0x8400 | (((query[2] as number) & 0x01) << 8) | 0x0080 | rcode, 2);
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(list.length, 6);
    socket.send(Buffer.concat([header, query.subarray(12, end), ...list]), peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  return {
    server: `127.0.0.1:${port}`,
    queries: () => count,
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}
