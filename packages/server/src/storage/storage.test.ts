import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.js';
import { migrate, migrations } from './migrations.js';
import { openTestDatabase, testBackends } from './test-database.js';

describe.each(testBackends)('storage on %s', (backend) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(backend);
  }, 120_000);
  afterAll(async () => {
    await db.close();
  });

  it('applies every migration once and records it', async () => {
    const rows = await db.query<{ version: number }>(
      'SELECT version FROM gatehouse_migrations ORDER BY version',
    );
    expect(rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    expect(await migrate(db)).toEqual([]);
  });

  it('applies a new numbered step after the existing ones', async () => {
    const extra = [...migrations, { version: 999, name: 'test', sql: 'CREATE TABLE t999 (a integer)' }];
    expect(await migrate(db, extra)).toEqual([999]);
    expect(await migrate(db, extra)).toEqual([]);
    await db.query('DROP TABLE t999');
    await db.query('DELETE FROM gatehouse_migrations WHERE version = 999');
  });

  it('rolls a failing transaction back completely', async () => {
    const at = new Date();
    await expect(
      db.transaction(async (tx) => {
        await tx.query(
          "INSERT INTO companies (id, name, domain, created_at) VALUES ('c-rollback', 'Acme', 'acme.test', $1)",
          [at],
        );
        await tx.query('SELECT * FROM no_such_table');
      }),
    ).rejects.toThrow(/no_such_table/);
    expect(await db.query("SELECT id FROM companies WHERE id = 'c-rollback'")).toEqual([]);
  });

  it('keeps values as values: an injection string is stored verbatim', async () => {
    const name = "Robert'); DROP TABLE companies;--";
    await db.query('INSERT INTO companies (id, name, domain, created_at) VALUES ($1, $2, $3, $4)', [
      'c-inject',
      name,
      'acme.test',
      new Date(),
    ]);
    const rows = await db.query<{ name: string }>('SELECT name FROM companies WHERE id = $1', ['c-inject']);
    expect(rows[0]?.name).toBe(name);
  });

  it('round-trips timestamps, jsonb and arrays the same way on both implementations', async () => {
    const at = new Date('2026-01-02T03:04:05.678Z');
    const rows = await db.query<{ t: Date; j: unknown; a: string[] }>(
      'SELECT $1::timestamptz AS t, $2::jsonb AS j, $3::text[] AS a',
      [at, JSON.stringify({ x: [1, 'y'] }), ['admin', 'user']],
    );
    expect(rows[0]?.t).toBeInstanceOf(Date);
    expect(rows[0]?.t.toISOString()).toBe(at.toISOString());
    expect(rows[0]?.j).toEqual({ x: [1, 'y'] });
    expect(rows[0]?.a).toEqual(['admin', 'user']);
  });
});
