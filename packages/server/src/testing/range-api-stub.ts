import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { passwordSha1 } from '../security/breached-passwords.js';

/** How the stub answers one range request. */
export type StubMode = 'normal' | 'slow' | 'garbage' | 'error' | 'huge';

/** A local HTTP server speaking the range API of the breach service, with the requests it saw. */
export interface RangeApiStub {
  /** `http://127.0.0.1:<port>` — pass it as `baseUrl`. */
  readonly url: string;
  /** Every request: its path and headers, as they reached the socket. */
  readonly requests: { url: string; headers: Record<string, string | string[] | undefined> }[];
  /** Every request body's raw bytes as text (a range query has none). */
  readonly bodies: string[];
  mode: StubMode;
  /** Lists `password` as seen `count` times from now on. */
  breach(password: string, count: number): void;
  close(): Promise<void>;
}

/**
 * Starts the stub on `options.port` (default: any free one). `breached` maps passwords to their breach counts; the stub stores only their SHA-1 (as the real
 * service does) and answers `GET /range/<prefix>` with `SUFFIX:COUNT` lines, plus count-0 decoys under
 * `Add-Padding: true`.
 */
export async function startRangeApiStub(
  breached: Record<string, number>,
  options: { port?: number } = {},
): Promise<RangeApiStub> {
  const hashes = new Map(
    Object.entries(breached).map(([password, count]) => [passwordSha1(password), count]),
  );
  const requests: RangeApiStub['requests'] = [];
  const bodies: string[] = [];
  const state = { mode: 'normal' as StubMode };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    req.on('end', () => {
      requests.push({ url: req.url ?? '', headers: req.headers });
      bodies.push(body);
      const prefix = /^\/range\/([0-9A-F]{5})$/.exec(req.url ?? '')?.[1];
      if (state.mode === 'error' || !prefix) return void res.writeHead(503).end('unavailable');
      if (state.mode === 'slow') return void setTimeout(() => res.writeHead(200).end(''), 5_000);
      if (state.mode === 'garbage') {
        return void res
          .writeHead(200, { 'content-type': 'text/html' })
          .end('<html>Sign in to the Wi-Fi</html>');
      }
      if (state.mode === 'huge')
        return void res.writeHead(200).end('0'.repeat(35).concat(':1\r\n').repeat(40_000));
      const lines = [...hashes]
        .filter(([hash]) => hash.startsWith(prefix))
        .map(([hash, count]) => `${hash.slice(5)}:${count}`);
      // A real answer has other suffixes beside the one wanted.
      lines.push(`${'A'.repeat(34)}B:7`);
      if (req.headers['add-padding'] === 'true') lines.push(`${'F'.repeat(35)}:0`, `${'E'.repeat(35)}:0`);
      res.writeHead(200, { 'content-type': 'text/plain' }).end(lines.join('\r\n'));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    bodies,
    get mode() {
      return state.mode;
    },
    set mode(mode: StubMode) {
      state.mode = mode;
    },
    breach: (password, count) => {
      hashes.set(passwordSha1(password), count);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
