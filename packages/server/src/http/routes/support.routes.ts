import { supportCaseForm } from '@gatehouse/flows/support-case';
import { base32Decode } from '@gatehouse/rules/otp';
import { deriveSupportPin, pinValidUntil } from '@gatehouse/rules/pin';
import type { Hono } from 'hono';
import { openPinSecret } from '../../security/pin-secrets.js';
import { randomId } from '../../security/tokens.js';
import { readForm, readJson, rejectBody } from '../body.js';
import { type AccountRow, fail, type GatehouseEnv, type ServerContext } from '../context.js';
import { requireSession } from '../session.js';

/** Regional support numbers by region code (shown to Priority and Plus levels only). */
export const DEFAULT_REGIONAL_NUMBERS: Readonly<Record<string, string>> = Object.freeze({
  emea: '+49 89 0000 0000',
  americas: '+1 555 0100',
  apac: '+65 0000 0000',
});

/** The longest follow-up comment, in code points (the case description's limit). */
export const MAX_COMMENT_LENGTH = 10_000;

interface CaseRow {
  id: string;
  account_id: string;
  data: Record<string, unknown>;
  status: string;
  created_at: Date;
  updated_at: Date | null;
}

/** A case as the list shows it: number, title, environment, status, last update. */
function caseSummary(row: CaseRow) {
  return {
    caseId: row.id,
    number: String(row.data.number ?? ''),
    subject: String(row.data.subject ?? ''),
    environment: String(row.data.environment ?? ''),
    status: row.status,
    createdAt: row.created_at.toISOString(),
    updatedAt: (row.updated_at ?? row.created_at).toISOString(),
  };
}

/** The comment text, or the issue that names what is wrong with it. */
function commentBody(value: unknown) {
  if (typeof value !== 'string' || value.trim().length === 0) {
    return { ok: false as const, issue: { path: '/body', code: 'required', params: {} } };
  }
  const text = value.trim();
  if ([...text].length > MAX_COMMENT_LENGTH) {
    return {
      ok: false as const,
      issue: { path: '/body', code: 'too-long', params: { max: MAX_COMMENT_LENGTH } },
    };
  }
  return { ok: true as const, text };
}

/**
 * Support information (every signed-in user) and support cases (role permission `support-cases`): open a case,
 * list one's own cases, read one with its comments, add a follow-up comment. A case of another user answers 404,
 * the same as a case that does not exist.
 */
export function supportRoutes(
  app: Hono<GatehouseEnv>,
  ctx: ServerContext,
  limit: number,
  regionalNumbers: Readonly<Record<string, string>>,
): void {
  app.get('/support', requireSession(ctx), async (c) => {
    const account = c.get('account');
    const info = account.company_id
      ? (
          await ctx.db.query<{ support_level: string; region: string }>(
            'SELECT support_level, region FROM companies WHERE id = $1',
            [account.company_id],
          )
        )[0]
      : undefined;
    const level = info?.support_level ?? 'basic';
    if (level !== 'priority' && level !== 'plus') return c.json({ level });
    const opened = openPinSecret(ctx.secrets, account.id, account.pin_secret);
    if (!opened.ok) {
      // A seed that does not open (another key, copied from another row) fails closed: no PIN is shown, since
      // a PIN the support desk cannot reproduce would only mislead; the operator must see why.
      console.error(`gatehouse: support-PIN seed of account ${account.id} does not open (${opened.code})`);
      return c.json({ level });
    }
    const secret = base32Decode(opened.value);
    if (!secret.ok) return c.json({ level });
    const time = ctx.now().getTime();
    return c.json({
      level,
      regionalNumber: regionalNumbers[info?.region ?? 'emea'] ?? regionalNumbers.emea,
      pin: await deriveSupportPin({ secret: secret.value, time }),
      pinValidUntil: new Date(pinValidUntil({ time })).toISOString(),
    });
  });

  app.post('/support/cases', requireSession(ctx, 'support-cases'), async (c) => {
    const body = await readForm(c, supportCaseForm, limit);
    if (!body.ok) return body.response;
    const account = c.get('account');
    const id = randomId('case');
    const now = ctx.now();
    const number = `CS-${now.getUTCFullYear()}-${id.slice(-6).toUpperCase()}`;
    await ctx.db.query(
      `INSERT INTO support_cases (id, account_id, data, created_at, updated_at, status)
       VALUES ($1, $2, $3, $4, $4, 'open')`,
      [id, account.id, JSON.stringify({ ...body.value, number }), now],
    );
    return c.json({ caseId: id, number }, 201);
  });

  app.get('/support/cases', requireSession(ctx, 'support-cases'), async (c) => {
    const rows = await ctx.db.query<CaseRow>(
      'SELECT * FROM support_cases WHERE account_id = $1 ORDER BY COALESCE(updated_at, created_at) DESC',
      [c.get('account').id],
    );
    return c.json({ cases: rows.map(caseSummary) });
  });

  const ownCase = async (account: AccountRow, id: string) =>
    id.length > 100
      ? undefined
      : (
          await ctx.db.query<CaseRow>('SELECT * FROM support_cases WHERE id = $1 AND account_id = $2', [
            id,
            account.id,
          ])
        )[0];

  app.get('/support/cases/:id', requireSession(ctx, 'support-cases'), async (c) => {
    const row = await ownCase(c.get('account'), c.req.param('id'));
    if (!row) return fail(c, 404, 'not-found');
    const comments = await ctx.db.query<{ id: string; author: string; body: string; created_at: Date }>(
      'SELECT id, author, body, created_at FROM support_case_comments WHERE case_id = $1 ORDER BY created_at, id',
      [row.id],
    );
    return c.json({
      ...caseSummary(row),
      description: String(row.data.description ?? ''),
      ...(row.data.product ? { product: String(row.data.product) } : {}),
      ...(row.data.severity ? { severity: String(row.data.severity) } : {}),
      comments: comments.map((m) => ({
        id: m.id,
        author: m.author,
        body: m.body,
        createdAt: m.created_at.toISOString(),
      })),
    });
  });

  app.post('/support/cases/:id/comments', requireSession(ctx, 'support-cases'), async (c) => {
    const body = await readJson(c, limit);
    if (!body.ok) return body.response;
    const comment = commentBody(body.value.body);
    if (!comment.ok) return rejectBody(c, [comment.issue]);
    const account = c.get('account');
    const row = await ownCase(account, c.req.param('id'));
    if (!row) return fail(c, 404, 'not-found');
    if (row.status === 'closed') return fail(c, 409, 'case-closed');
    const id = randomId('cmt');
    const now = ctx.now();
    const author = `${account.given_name} ${account.family_name}`.trim() || account.email;
    await ctx.db.transaction(async (tx) => {
      await tx.query(
        'INSERT INTO support_case_comments (id, case_id, account_id, author, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [id, row.id, account.id, author, comment.text, now],
      );
      await tx.query('UPDATE support_cases SET updated_at = $2 WHERE id = $1', [row.id, now]);
    });
    return c.json({ id, author, body: comment.text, createdAt: now.toISOString() }, 201);
  });
}
