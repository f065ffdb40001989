import type { AccountRow } from '../http/context.js';
import type { Queryable } from '../storage/database.js';

/** What deleting `account` needs (the contract's `GET /account/deletion`). */
export interface HandOverNeeds {
  handOver: 'none' | 'required';
  successors: { id: string; name: string }[];
}

/**
 * Whether `account` is its company's last active Super Admin while other active users remain: then one of them
 * (`successors`) must take the role over before the account goes, or the company would be left without anyone who
 * manages it. Another Super Admin, no Super Admin role, or no other user: nothing to hand over. Call it in the
 * deleting transaction after locking the company row, so two Super Admins cannot leave at the same moment.
 */
export async function handOverNeeds(db: Queryable, account: AccountRow): Promise<HandOverNeeds> {
  if (!account.company_id || !account.roles.includes('super-admin'))
    return { handOver: 'none', successors: [] };
  const others = await db.query<{
    id: string;
    given_name: string;
    family_name: string;
    email: string;
    roles: string[];
  }>(
    `SELECT id, given_name, family_name, email, roles FROM accounts
     WHERE company_id = $1 AND status = 'active' AND id <> $2 ORDER BY family_name, given_name, id`,
    [account.company_id, account.id],
  );
  if (others.length === 0 || others.some((o) => o.roles.includes('super-admin'))) {
    return { handOver: 'none', successors: [] };
  }
  return {
    handOver: 'required',
    successors: others.map((o) => ({ id: o.id, name: `${o.given_name} ${o.family_name}`.trim() || o.email })),
  };
}
