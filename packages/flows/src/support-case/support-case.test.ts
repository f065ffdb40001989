import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { recordingPort } from '../common/recording-port.js';
import { supportCaseMachine } from './support-case.machine.js';

const details = {
  subject: 'Cluster node reboots',
  description: 'Node 3 reboots every night at 02:00 since the update.',
};

function start() {
  const createCase = recordingPort<{ caseId: string; number?: string }, { data: Record<string, unknown> }>(
    'createCase',
    {
      output: { caseId: 'c1', number: 'CS-1001' },
    },
  );
  const actor = createActor(supportCaseMachine.provide({ actors: { createCase: createCase.logic } })).start();
  return { actor, createCase };
}

describe('support case', () => {
  it('asks Production/Test/POC-POV first, then the details, and creates the case', async () => {
    const t = start();
    t.actor.send({ type: 'SELECT_ENVIRONMENT', environment: 'staging' as never });
    expect(t.actor.getSnapshot().value).toBe('choosingEnvironment');
    expect(t.actor.getSnapshot().context.issues[0]).toMatchObject({ path: '/environment', code: 'enum' });
    t.actor.send({ type: 'SELECT_ENVIRONMENT', environment: 'poc-pov' });
    expect(t.actor.getSnapshot().value).toBe('details');
    t.actor.send({ type: 'SUBMIT', data: { subject: 'x' } });
    expect(t.actor.getSnapshot().context.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['/subject', '/description']),
    );
    expect(t.createCase.calls).toHaveLength(0);
    t.actor.send({ type: 'SUBMIT', data: details });
    await waitFor(t.actor, (s) => s.status === 'done');
    expect(t.createCase.calls).toEqual([{ data: { ...details, environment: 'poc-pov' } }]);
    expect(t.actor.getSnapshot().context).toMatchObject({ caseId: 'c1', caseNumber: 'CS-1001' });
  });

  it('BACK changes the environment; a failure returns to the details; CANCEL ends', async () => {
    const t = start();
    t.actor.send({ type: 'SELECT_ENVIRONMENT', environment: 'test' });
    t.actor.send({ type: 'BACK' });
    expect(t.actor.getSnapshot().value).toBe('choosingEnvironment');
    t.actor.send({ type: 'SELECT_ENVIRONMENT', environment: 'production' });
    t.createCase.answer({ error: new GatehouseError('unavailable', 'x') });
    t.actor.send({ type: 'SUBMIT', data: details });
    await waitFor(t.actor, (s) => s.matches('details') && s.context.issues.length > 0);
    t.actor.send({ type: 'CANCEL' });
    expect(t.actor.getSnapshot().value).toBe('cancelled');
    const u = start();
    u.actor.send({ type: 'CANCEL' });
    expect(u.actor.getSnapshot().value).toBe('cancelled');
  });
});
