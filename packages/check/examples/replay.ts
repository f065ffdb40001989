// examples/replay.ts
import { checkSync, formatViolation, replay } from '@gatehouse/check';
import model from './login.model.js';

const [violation] = checkSync(model.machine, model.options).violations;
if (!violation) throw new Error('expected the planted bug to be found');
console.log(formatViolation(violation));

// The same steps on a real createActor (simulated clock, stand-ins for invoked actors):
const observed = await replay(model.machine, violation.trace);
console.log(observed.map((step) => `${step.event.type} → ${JSON.stringify(step.state)}`).join('\n'));
