import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { checkSync } from '../check/check.js';
import { deadlockedApproval, mfaBypassLogin, mfaBypassOptions } from '../fixtures/planted-bugs.js';
import { toDot } from './to-dot.js';
import { toMermaid } from './to-mermaid.js';

const nested = createMachine({
  id: 'door',
  initial: 'closed',
  states: {
    closed: {
      initial: 'unlocked',
      states: { unlocked: { on: { LOCK: 'locked' } }, locked: { on: { UNLOCK: 'unlocked' } } },
      on: { OPEN: { target: 'open', guard: 'isUnlocked' } },
    },
    open: { on: { CLOSE: 'closed' }, after: { 60000: 'alarm' } },
    alarm: { type: 'parallel', states: { siren: {}, light: {} } },
  },
});

describe('toMermaid', () => {
  it('draws nested, parallel and final states with event and guard labels', () => {
    const text = toMermaid(nested);
    expect(text.startsWith('stateDiagram-v2\n')).toBe(true);
    expect(text).toContain('state "closed" as s_door_closed {');
    expect(text).toContain('[*] --> s_door_closed_unlocked');
    expect(text).toContain('s_door_closed --> s_door_open : OPEN [isUnlocked]');
    expect(text).toContain('s_door_open --> s_door_alarm : after 60s');
    expect(text).toMatch(/state "alarm" as s_door_alarm \{\n\s+state "siren" as s_door_alarm_siren\n\s+--\n/);
  });

  it('highlights the counterexample, its last state as the violation', () => {
    const result = checkSync(mfaBypassLogin, mfaBypassOptions);
    const text = toMermaid(mfaBypassLogin, result);
    expect(text).toMatch(/class [^\n]*s_login_authenticated[^\n]* violation/);
    expect(text).toMatch(/class [^\n]*s_login_credentials[^\n]* trace/);
    expect(text).toContain('%% counterexample: invariant noSessionWithoutMfa');
    expect(text).toContain('s_login_checking --> s_login_routing : done  checkPassword');
  });

  it('greys out unreachable states when drawing coverage', () => {
    const result = checkSync(deadlockedApproval, { events: { APPROVE: [{}], REJECT: [{}] } });
    expect(result.violations).toEqual([]);
    const text = toMermaid(deadlockedApproval, result);
    expect(text).toMatch(/class s_approval_hold,s_approval_escalated unreachable/);
    expect(text).toMatch(/class [^\n]*s_approval_pending[^\n]* covered/);
  });
});

describe('toDot', () => {
  it('draws clusters, compound edges and highlights', () => {
    const result = checkSync(mfaBypassLogin, mfaBypassOptions);
    const text = toDot(mfaBypassLogin, result);
    expect(text).toMatch(/^digraph "login" \{/);
    expect(text).toContain(
      '"login.authenticated" [label="authenticated", peripheries=2, style="filled,rounded", fillcolor="#ffc9c9"',
    );
    const dot = toDot(nested);
    expect(dot).toContain('subgraph "cluster_door.closed"');
    expect(dot).toContain(
      '"door.closed.unlocked" -> "door.open" [label="OPEN [isUnlocked]", ltail="cluster_door.closed"]',
    );
    expect(dot).toContain(
      '"door.open" -> "door.alarm.siren" [label="after 60s", lhead="cluster_door.alarm"]',
    );
  });
});
