import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, SimulatedClock, type SnapshotFrom, waitFor } from 'xstate';
import { recordingPort } from '../common/recording-port.js';
import { approvalMachine } from './approval.machine.js';

function start(input: { emailFlag?: string; maxReminders?: number } = {}) {
  const issueCredentials = recordingPort<
    { username: string },
    { registrationId: string; oneTimePasswordLifetimeMs: number }
  >('issueCredentials', { output: { username: 'ada.lovelace' } });
  const notifyRejection = recordingPort<void, { registrationId: string; reason: string }>('notifyRejection', {
    output: undefined,
  });
  const requestInformation = recordingPort<void, { registrationId: string; question: string }>(
    'requestInformation',
    {
      output: undefined,
    },
  );
  const sendReminder = recordingPort<void, { registrationId: string; level: number }>('sendReminder', {
    output: undefined,
  });
  const clock = new SimulatedClock();
  const actor = createActor(
    approvalMachine.provide({
      actors: {
        issueCredentials: issueCredentials.logic,
        notifyRejection: notifyRejection.logic,
        requestInformation: requestInformation.logic,
        sendReminder: sendReminder.logic,
      },
    }),
    { clock, input: { registrationId: 'reg-1', ...input } },
  ).start();
  return { actor, clock, issueCredentials, notifyRejection, requestInformation, sendReminder };
}

describe('approval', () => {
  it('APPROVE issues credentials (7-day one-time password) and records who, when, why', async () => {
    const t = start();
    t.actor.send({ type: 'APPROVE', reviewer: 'rev@vendor.example', reason: 'known customer' });
    await waitFor(t.actor, (s) => s.status === 'done');
    const s = t.actor.getSnapshot();
    expect(s.value).toBe('approved');
    expect(s.context.username).toBe('ada.lovelace');
    expect(t.issueCredentials.calls).toEqual([
      { registrationId: 'reg-1', oneTimePasswordLifetimeMs: 7 * 86_400_000 },
    ]);
    expect(s.context.decisions).toEqual([
      { action: 'approve', by: 'rev@vendor.example', at: expect.any(String), reason: 'known customer' },
    ]);
    expect(Date.parse(s.context.decisions[0]!.at)).toBeGreaterThan(Date.now() - 5000);
  });

  it('REJECT needs a reason, then notifies the applicant', async () => {
    const t = start();
    t.actor.send({ type: 'REJECT', reviewer: 'rev', reason: '  ' });
    expect(t.actor.getSnapshot().context.issues).toContainEqual(
      expect.objectContaining({ path: '/reason', code: 'required' }),
    );
    expect(t.actor.getSnapshot().matches('pending')).toBe(true);
    t.actor.send({ type: 'REJECT', reviewer: 'rev', reason: 'not a business' });
    await waitFor(t.actor, (s) => s.status === 'done');
    expect(t.actor.getSnapshot().value).toBe('rejected');
    expect(t.notifyRejection.calls).toEqual([{ registrationId: 'reg-1', reason: 'not a business' }]);
  });

  it('a flagged business e-mail is approved only with an explicit override and a reason', async () => {
    const t = start({ emailFlag: 'free-provider' });
    t.actor.send({ type: 'APPROVE', reviewer: 'rev' });
    expect(t.actor.getSnapshot().context.issues[0]).toMatchObject({
      path: '/overrideEmailCheck',
      code: 'override-required',
    });
    t.actor.send({ type: 'APPROVE', reviewer: 'rev', overrideEmailCheck: true });
    expect(t.actor.getSnapshot().context.issues).toContainEqual(
      expect.objectContaining({ path: '/reason', code: 'required' }),
    );
    expect(t.issueCredentials.calls).toHaveLength(0);
    t.actor.send({
      type: 'APPROVE',
      reviewer: 'rev',
      overrideEmailCheck: true,
      reason: 'own domain on gmail workspace',
    });
    await waitFor(t.actor, (s) => s.status === 'done');
    expect(t.actor.getSnapshot().context.decisions[0]).toMatchObject({ overrideEmailCheck: true, by: 'rev' });
  });

  it('REQUEST_INFO asks the applicant; INFO_PROVIDED reopens; both are recorded', async () => {
    const t = start();
    t.actor.send({ type: 'REQUEST_INFO', reviewer: 'rev', reason: 'Which product do you use?' });
    await waitFor(t.actor, (s) => s.matches({ pending: { review: 'awaitingInformation' } }));
    expect(t.requestInformation.calls).toEqual([
      { registrationId: 'reg-1', question: 'Which product do you use?' },
    ]);
    t.actor.send({ type: 'INFO_PROVIDED', reviewer: 'applicant' });
    expect(t.actor.getSnapshot().matches({ pending: { review: 'open' } })).toBe(true);
    expect(t.actor.getSnapshot().context.decisions.map((d) => d.action)).toEqual([
      'request-info',
      'info-provided',
    ]);
  });

  it('a failed information request reopens the review with the issue', async () => {
    const t = start();
    t.requestInformation.answer({ error: new GatehouseError('unavailable', 'smtp down') });
    t.actor.send({ type: 'REQUEST_INFO', reviewer: 'rev', reason: 'more?' });
    await waitFor(t.actor, (s) => s.context.issues.length > 0);
    expect(t.actor.getSnapshot().matches({ pending: { review: 'open' } })).toBe(true);
  });

  it('past the 24 h SLA the item is overdue and reminders escalate up to the limit', async () => {
    const t = start({ maxReminders: 2 });
    t.clock.increment(24 * 3600_000 - 1000);
    expect(t.actor.getSnapshot().context.overdue).toBe(false);
    t.clock.increment(1000);
    await waitFor(t.actor, (s) => s.context.remindersSent === 1);
    expect(t.actor.getSnapshot().context.overdue).toBe(true);
    t.clock.increment(4 * 3600_000);
    await waitFor(t.actor, (s) => s.context.remindersSent === 2);
    t.clock.increment(4 * 3600_000);
    await new Promise((r) => setTimeout(r, 5));
    expect(t.sendReminder.calls.map((c) => c.level)).toEqual([1, 2]);
    // Overdue items can still be decided.
    t.actor.send({ type: 'APPROVE', reviewer: 'rev' });
    await waitFor(t.actor, (s) => s.status === 'done');
  });

  it('a failed reminder is retried at the next interval', async () => {
    const t = start();
    t.sendReminder.answer({ error: new Error('mail down') }, { output: undefined });
    t.clock.increment(24 * 3600_000);
    await waitFor(t.actor, (s) => s.matches({ pending: { sla: { overdue: 'waiting' } } }));
    expect(t.actor.getSnapshot().context.remindersSent).toBe(0);
    t.clock.increment(4 * 3600_000);
    await waitFor(t.actor, (s) => s.context.remindersSent === 1);
  });

  it('failing credential issuance or rejection mail returns to pending with the issue', async () => {
    const t = start();
    t.issueCredentials.answer({ error: new GatehouseError('unavailable', 'db') });
    t.actor.send({ type: 'APPROVE', reviewer: 'rev' });
    await waitFor(t.actor, (s) => s.matches('pending') && s.context.issues.length > 0);
    const u = start();
    u.notifyRejection.answer({ error: new GatehouseError('unavailable', 'smtp') });
    u.actor.send({ type: 'REJECT', reviewer: 'rev', reason: 'no' });
    await waitFor(u.actor, (s) => s.matches('pending') && s.context.issues.length > 0);
  });

  it('the SLA runs from submittedAt, so a restarted server keeps the deadline', () => {
    const clock = new SimulatedClock();
    const actor = createActor(approvalMachine, {
      clock,
      input: { registrationId: 'r', submittedAt: new Date(Date.now() - 25 * 3600_000).toISOString() },
    }).start();
    clock.increment(0);
    expect(actor.getSnapshot().context.overdue).toBe(true);
  });

  it('an approval whose credentials keep failing still becomes overdue on time and escalates', async () => {
    const t = start();
    t.issueCredentials.answer(
      { error: new GatehouseError('unavailable', 'db') },
      { error: new GatehouseError('unavailable', 'db') },
    );
    for (let i = 0; i < 2; i++) {
      t.clock.increment(10 * 3600_000);
      t.actor.send({ type: 'APPROVE', reviewer: 'rev' });
      await waitFor(
        t.actor,
        (s) => s.matches({ pending: { review: 'open' } }) && s.context.issues.length > 0,
      );
    }
    t.clock.increment(4 * 3600_000);
    await waitFor(t.actor, (s) => s.context.remindersSent === 1);
    expect(t.actor.getSnapshot().context.overdue).toBe(true);
    expect(t.sendReminder.calls.map((c) => c.level)).toEqual([1]);
  });

  it('RESUME_TIMERS re-arms the timers of a stored snapshot from their absolute deadlines, with the host clock', async () => {
    const submittedAt = Date.parse('2026-01-05T08:00:00Z');
    const levels: number[] = [];
    const machine = approvalMachine.provide({
      actors: {
        sendReminder: fromPromise<void, { registrationId: string; level: number }>(async ({ input }) => {
          levels.push(input.level);
        }),
      },
    });
    let stored: unknown = (() => {
      const actor = createActor(machine, {
        input: { registrationId: 'r', submittedAt: new Date(submittedAt).toISOString() },
      }).start();
      const persisted = actor.getPersistedSnapshot();
      actor.stop();
      return persisted;
    })();
    /** What a server's maintenance run does: restore, tell the time, fire what is due, store. */
    const tick = async (hoursAfterSubmit: number) => {
      const clock = new SimulatedClock();
      const actor = createActor(machine, {
        clock,
        input: { registrationId: 'r' },
        snapshot: stored as SnapshotFrom<typeof machine>,
      }).start();
      actor.send({ type: 'RESUME_TIMERS', at: submittedAt + hoursAfterSubmit * 3600_000 });
      clock.increment(0);
      const settled = await waitFor(actor, (s) => !s.matches({ pending: { sla: { overdue: 'reminding' } } }));
      stored = actor.getPersistedSnapshot();
      actor.stop();
      return settled;
    };
    expect((await tick(23)).context.overdue).toBe(false);
    expect((await tick(25)).context.overdue).toBe(true);
    expect(levels).toEqual([1]);
    await tick(27);
    expect(levels).toEqual([1]);
    await tick(29);
    await tick(29.5);
    expect(levels).toEqual([1, 2]);
    await tick(40);
    await tick(60);
    expect(levels).toEqual([1, 2, 3]);
  });
});
