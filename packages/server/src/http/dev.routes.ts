import type { Hono } from 'hono';
import type { GatehouseEnv, ServerContext } from './context.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

// Links in message bodies become clickable, but only http(s) URLs, and always escaped.
const linkify = (text: string) =>
  escapeHtml(text).replace(/https?:\/\/[^\s<&]+/g, (url) => `<a href="${url}">${url}</a>`);

/**
 * `/dev/outbox`: the development outbox as an HTML page (newest first) and as JSON (`/dev/outbox.json`).
 * Mounted only when `devRoutes` is on: it shows one-time passwords and links in clear text.
 */
export function devRoutes(app: Hono<GatehouseEnv>, ctx: ServerContext): void {
  const load = () =>
    ctx.db.query<{
      id: number;
      channel: string;
      recipient: string;
      subject: string;
      body: string;
      created_at: Date;
    }>(
      'SELECT id::int AS id, channel, recipient, subject, body, created_at FROM outbox ORDER BY id DESC LIMIT 200',
    );
  app.get('/dev/outbox.json', async (c) => c.json({ messages: await load() }));
  app.get('/dev/outbox', async (c) => {
    const rows = await load();
    const items = rows
      .map(
        (
          m,
        ) => `<article class="message" data-channel="${escapeHtml(m.channel)}" data-to="${escapeHtml(m.recipient)}">
  <h2>${escapeHtml(m.subject)}</h2>
  <p class="meta">${escapeHtml(m.channel)} to <strong>${escapeHtml(m.recipient)}</strong> at ${m.created_at.toISOString()}</p>
  <pre>${linkify(m.body)}</pre>
</article>`,
      )
      .join('\n');
    c.header('Cache-Control', 'no-store');
    return c.html(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Outbox (development)</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/portal.css"></head>
<body><main><h1>Outbox</h1><p>Development only: every e-mail and SMS the server would have sent. Newest first.</p>
<p><a href="/">Back to the portal</a></p>
${items || '<p>No messages yet.</p>'}
</main></body></html>`);
  });
}
