/**
 * Generates the machine-derived parts of `docs/flows/<flow>.md`: states, events, ports and the Mermaid
 * diagram (via `toMermaid` of @gatehouse/check), written between markers so the hand-written parts stay.
 */
import { toMermaid } from '@gatehouse/check';
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { approvalMachine } from '../src/approval/approval.machine.js';
import { dataRightsMachine } from '../src/data-rights/data-rights.machine.js';
import { emailChangeMachine } from '../src/email-change/email-change.machine.js';
import { invitationMachine } from '../src/invitation/invitation.machine.js';
import { invitationAcceptMachine } from '../src/invitation-accept/invitation-accept.machine.js';
import { loginMachine } from '../src/login/login.machine.js';
import { mfaEnrollmentMachine } from '../src/mfa-enrollment/mfa-enrollment.machine.js';
import { passkeysMachine } from '../src/passkeys/passkeys.machine.js';
import { passwordChangeMachine } from '../src/password-change/password-change.machine.js';
import { passwordResetMachine } from '../src/password-reset/password-reset.machine.js';
import { profileMachine } from '../src/profile/profile.machine.js';
import { registrationMachine } from '../src/registration/registration.machine.js';
import { rmaMachine } from '../src/rma/rma.machine.js';
import { supportCaseMachine } from '../src/support-case/support-case.machine.js';
import { sessionsMachine } from '../src/sessions/sessions.machine.js';
import { supportInfoMachine } from '../src/support-info/support-info.machine.js';

/** Every documented flow: folder name → machine. */
export const flows: Record<string, AnyStateMachine> = {
  registration: registrationMachine,
  approval: approvalMachine,
  login: loginMachine,
  'mfa-enrollment': mfaEnrollmentMachine,
  profile: profileMachine,
  'password-change': passwordChangeMachine,
  'password-reset': passwordResetMachine,
  'support-info': supportInfoMachine,
  sessions: sessionsMachine,
  passkeys: passkeysMachine,
  'support-case': supportCaseMachine,
  rma: rmaMachine,
  invitation: invitationMachine,
  'invitation-accept': invitationAcceptMachine,
  'data-rights': dataRightsMachine,
  'email-change': emailChangeMachine,
};

export const START = '<!-- generated:start (pnpm --filter @gatehouse/flows diagrams) -->';
export const END = '<!-- generated:end -->';

function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states ?? {}).flatMap((child) => allNodes(child as AnyStateNode))];
}

/** The generated Markdown block for one machine. */
export function generatedBlock(machine: AnyStateMachine): string {
  const nodes = allNodes(machine.root).slice(1);
  const stateRows = nodes.map((n) => {
    const path = n.path.join('.');
    const kind = n.type === 'final' ? 'final' : n.type === 'parallel' ? 'parallel' : n.type === 'compound' ? 'compound' : '';
    const invokes = (n.invoke ?? []).map((i: { src: unknown }) => `\`${String(i.src)}\``).join(', ');
    const resume = (n.meta as { resume?: unknown } | undefined)?.resume;
    return `| \`${path}\` | ${kind} | ${invokes} | ${resume === undefined ? '' : `\`${JSON.stringify(resume)}\``} |`;
  });
  const events = [...new Set(machine.events)].filter((e) => !e.startsWith('xstate.')).sort();
  const ports = Object.keys(machine.implementations.actors ?? {}).sort();
  return [
    START,
    '## States',
    '',
    '| state | kind | invokes port | persisted as (reload resumes here) |',
    '|---|---|---|---|',
    ...stateRows,
    '',
    '## Events',
    '',
    events.map((e) => `\`${e}\``).join(' · '),
    '',
    '## Ports',
    '',
    ports.map((p) => `\`${p}\``).join(' · '),
    '',
    '## Diagram',
    '',
    '```mermaid',
    toMermaid(machine).trimEnd(),
    '```',
    END,
  ].join('\n');
}

/** The page with its generated block replaced (or appended when the markers are missing). */
export function renderPage(existing: string, machine: AnyStateMachine): string {
  const block = generatedBlock(machine);
  const start = existing.indexOf(START);
  const end = existing.indexOf(END);
  if (start === -1 || end === -1) return `${existing.trimEnd()}\n\n${block}\n`;
  return `${existing.slice(0, start)}${block}${existing.slice(end + END.length)}`;
}
