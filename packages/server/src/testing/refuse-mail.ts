import type { Database } from '../storage/database.js';

/**
 * Makes the mail queue refuse every new row (`on`) or accept them again: a trigger stands in for a failing insert,
 * so a test can show that a change whose message cannot be queued changes nothing.
 */
export async function refuseMail(db: Database, on: boolean): Promise<void> {
  if (on) {
    await db.query(
      `CREATE OR REPLACE FUNCTION refuse_mail() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'mail queue refused the row'; END $$ LANGUAGE plpgsql`,
    );
    await db.query(
      'CREATE TRIGGER refuse_mail BEFORE INSERT ON mail_queue FOR EACH ROW EXECUTE FUNCTION refuse_mail()',
    );
  } else {
    await db.query('DROP TRIGGER refuse_mail ON mail_queue');
  }
}
