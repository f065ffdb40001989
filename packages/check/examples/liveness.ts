// examples/liveness.ts
import { checkSync, eventually, formatViolation } from '@gatehouse/check';
import { createMachine } from 'xstate';

// A review that can bounce between two reviewers forever, unless someone decides.
const review = createMachine({
  id: 'review',
  initial: 'withAlice',
  states: {
    withAlice: { on: { PASS_ON: 'withBob', DECIDE: 'decided' } },
    withBob: { on: { PASS_ON: 'withAlice', DECIDE: 'decided' } },
    decided: { type: 'final' },
  },
});
const options = {
  events: { PASS_ON: [{}], DECIDE: [{}] },
  liveness: { decided: eventually((s: { status: string }) => s.status === 'done') },
};

const unfair = checkSync(review, options);
console.log(unfair.liveness);
for (const violation of unfair.violations) console.log(formatViolation(violation));
// Weak fairness: DECIDE, possible in every state of the loop, is not ignored forever.
console.log(checkSync(review, { ...options, fairness: { events: ['DECIDE'] } }).liveness);
