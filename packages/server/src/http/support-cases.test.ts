import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { invitedUser, type LastMessage, registerSuperAdmin } from '../testing/company.js';
import { type TestClock, testServer } from '../testing/test-server.js';

let db: Database;
let app: GatehouseApp;
let clock: TestClock;
let lastMessage: LastMessage;
beforeAll(async () => {
  db = await openTestDatabase();
  ({ app, clock, lastMessage } = await testServer(db));
}, 120_000);
afterAll(async () => {
  await app?.idle();
  await db?.close();
});

describe('support cases', () => {
  it('lists my cases (number, title, environment, status, last update), shows one, takes follow-up comments', async () => {
    const admin = await registerSuperAdmin(app, lastMessage, 'ada.lovelace@case-corp.com', 'Case Corp');
    expect((await admin.get('/support/cases')).json).toEqual({ cases: [] });
    const first = await admin.post('/support/cases', {
      environment: 'production',
      subject: 'Cluster node reboots',
      description: 'Node 3 reboots every night at 02:00.',
      severity: 'high',
    });
    clock.advance(60_000);
    const second = await admin.post('/support/cases', {
      environment: 'poc-pov',
      subject: 'Trial licence',
      description: 'The trial licence expires too early.',
    });
    const list = await admin.get('/support/cases');
    expect(list.json.cases.map((c: { number: string }) => c.number)).toEqual([
      second.json.number,
      first.json.number,
    ]);
    expect(list.json.cases[1]).toMatchObject({
      caseId: first.json.caseId,
      number: expect.stringMatching(/^CS-\d{4}-/),
      subject: 'Cluster node reboots',
      environment: 'production',
      status: 'open',
    });

    clock.advance(60_000);
    const comment = await admin.post(`/support/cases/${first.json.caseId}/comments`, {
      body: '  It also happened on node 4 tonight.  ',
    });
    expect(comment.status).toBe(201);
    expect(comment.json).toMatchObject({
      author: 'Ada Lovelace',
      body: 'It also happened on node 4 tonight.',
    });
    const empty = await admin.post(`/support/cases/${first.json.caseId}/comments`, { body: '   ' });
    expect(empty.status).toBe(422);
    expect(empty.json.error.issues).toEqual([{ path: '/body', code: 'required', params: {} }]);
    const long = await admin.post(`/support/cases/${first.json.caseId}/comments`, {
      body: 'x'.repeat(10_001),
    });
    expect(long.json.error.issues[0]).toMatchObject({ path: '/body', code: 'too-long' });

    const detail = await admin.get(`/support/cases/${first.json.caseId}`);
    expect(detail.json).toMatchObject({
      number: first.json.number,
      description: 'Node 3 reboots every night at 02:00.',
      severity: 'high',
      comments: [{ author: 'Ada Lovelace', body: 'It also happened on node 4 tonight.' }],
    });
    // The comment is the newest update: the case moves to the top of the list.
    const reordered = await admin.get('/support/cases');
    expect(reordered.json.cases[0]).toMatchObject({
      caseId: first.json.caseId,
      updatedAt: comment.json.createdAt,
    });
  });

  it('another user’s case is not found, not forbidden', async () => {
    const admin = await registerSuperAdmin(app, lastMessage, 'ada.lovelace@own-cases.com', 'Own Cases');
    const sam = await invitedUser(app, lastMessage, admin, 'sam.cases@own-cases.com', ['support-cases']);
    const mine = await admin.post('/support/cases', {
      environment: 'test',
      subject: 'Slow login',
      description: 'Logging in takes a minute.',
    });
    expect((await sam.get('/support/cases')).json.cases).toEqual([]);
    expect((await sam.get(`/support/cases/${mine.json.caseId}`)).status).toBe(404);
    expect((await sam.post(`/support/cases/${mine.json.caseId}/comments`, { body: 'me too' })).status).toBe(
      404,
    );
    expect((await sam.get(`/support/cases/${'x'.repeat(500)}`)).status).toBe(404);
  });
});
