import type { ApprovalEvent } from '@gatehouse/flows/approval';
import { checkBusinessEmail } from '@gatehouse/rules/email';
import type { Hono } from 'hono';
import {
  approvalDecisions,
  approvalDueAt,
  approvalState,
  decide,
  type RegistrationRow,
} from '../../approval/approval-service.js';
import type { OutgoingMessage } from '../../mail/messenger.js';
import { malformedRequest, readJson, rejectBody } from '../body.js';
import { approvalPolicy, clientIp, fail, type GatehouseEnv, type ServerContext } from '../context.js';
import { requireSession } from '../session.js';

const ACTIONS = {
  approve: 'APPROVE',
  reject: 'REJECT',
  'request-info': 'REQUEST_INFO',
  'info-provided': 'INFO_PROVIDED',
} as const;

/** Back-office approval queue for sessions with role `reviewer`; the SLA flag comes from stored timestamps. */
export function approvalRoutes(
  app: Hono<GatehouseEnv>,
  ctx: ServerContext,
  limit: number,
  /** The login page the welcome e-mail links to (`publicUrl` + `loginPath`). */
  portalUrl: string,
): void {
  const item = (row: RegistrationRow) => {
    const data = row.data as Record<string, string>;
    const submittedAt = row.confirmed_at ?? row.created_at;
    // The SLA the registration's machine runs with (stored in its snapshot).
    const dueAt = approvalDueAt(row, ctx.policies.approvalSlaMs);
    const verdict = checkBusinessEmail(row.email);
    return {
      id: row.id,
      email: row.email,
      company: data.company ?? '',
      givenName: data.givenName ?? '',
      familyName: data.familyName ?? '',
      submittedAt: submittedAt.toISOString(),
      dueAt: dueAt.toISOString(),
      overdue: row.status === 'pending-approval' && dueAt <= ctx.now(),
      state: approvalState(row.snapshot),
      // The exact policy's verdict today, with what a reviewer needs (`imitates`, `suggestion`, `unicodeDomain`).
      emailCheck: verdict.ok ? { ok: true } : { ok: false, code: verdict.code, params: verdict.params },
      // Soft signals stored at submission (no MX, first from this domain, a likely typo): see RegistrationFinding.
      findings: Array.isArray(row.findings) ? row.findings : [],
    };
  };

  app.get('/approvals', requireSession(ctx, 'approvals'), async (c) => {
    const status = c.req.query('status') ?? 'pending';
    if (!['pending', 'overdue', 'all'].includes(status)) {
      return malformedRequest(c, [{ path: '/status', code: 'enum', params: {} }]);
    }
    const rows = await ctx.db.query<RegistrationRow>(
      status === 'all'
        ? "SELECT * FROM registrations WHERE status IN ('pending-approval', 'approved', 'rejected') ORDER BY confirmed_at"
        : "SELECT * FROM registrations WHERE status = 'pending-approval' ORDER BY confirmed_at",
    );
    const items = rows.map(item).filter((i) => status !== 'overdue' || i.overdue);
    return c.json({ items });
  });

  app.get('/approvals/:id', requireSession(ctx, 'approvals'), async (c) => {
    const rows = await ctx.db.query<RegistrationRow>(
      "SELECT * FROM registrations WHERE id = $1 AND status IN ('pending-approval', 'approved', 'rejected')",
      [c.req.param('id')],
    );
    const row = rows[0];
    if (!row) return fail(c, 404, 'not-found');
    return c.json({ ...item(row), decisions: approvalDecisions(row.snapshot) });
  });

  app.post('/approvals/:id/decisions', requireSession(ctx, 'approvals'), async (c) => {
    const body = await readJson(c, limit);
    if (!body.ok) return body.response;
    const { action, reason, overrideEmailCheck } = body.value;
    const issues = [];
    if (typeof action !== 'string' || !Object.hasOwn(ACTIONS, action)) {
      issues.push({ path: '/action', code: action === undefined ? 'required' : 'enum', params: {} });
    }
    if (reason !== undefined && (typeof reason !== 'string' || reason.length > 2000)) {
      issues.push({ path: '/reason', code: typeof reason === 'string' ? 'maxLength' : 'type', params: {} });
    }
    if (overrideEmailCheck !== undefined && typeof overrideEmailCheck !== 'boolean') {
      issues.push({ path: '/overrideEmailCheck', code: 'type', params: { type: 'boolean' } });
    }
    if (issues.length) return rejectBody(c, issues);
    const reviewer = c.get('account');
    const event = {
      type: ACTIONS[action as keyof typeof ACTIONS],
      reviewer: reviewer.email,
      ...(typeof reason === 'string' && reason.trim() ? { reason: reason.trim() } : {}),
      ...(overrideEmailCheck === true ? { overrideEmailCheck: true } : {}),
    } as ApprovalEvent;
    const now = ctx.now();
    const outbox: OutgoingMessage[] = [];
    const result = await ctx.db.transaction(async (tx) => {
      const rows = await tx.query<RegistrationRow>('SELECT * FROM registrations WHERE id = $1 FOR UPDATE', [
        c.req.param('id'),
      ]);
      const row = rows[0];
      if (!row || row.status === 'pending-confirmation') return null;
      const decided = await decide(
        tx,
        row,
        event,
        {
          now,
          scrypt: ctx.scrypt,
          secrets: ctx.secrets,
          policy: approvalPolicy(ctx.policies),
          portalUrl,
          outbox,
        },
        clientIp(c, ctx.trustProxy),
        reviewer.id,
      );
      // The welcome or rejection e-mail commits with the decision (the transactional outbox).
      await ctx.enqueueMail(tx, outbox);
      return decided;
    });
    if (result === null) return fail(c, 404, 'not-found');
    if (!result.ok) {
      if ('conflict' in result) return fail(c, 409, 'conflict');
      return rejectBody(c, result.issues);
    }
    ctx.kickMail();
    return c.json({ state: result.state, decision: result.decision });
  });
}
