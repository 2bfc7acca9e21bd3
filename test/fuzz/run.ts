// The long fuzz run: the same properties as test/unit/robustness/properties.test.ts, many more cases.
// Usage: npm run fuzz   (FUZZ_RUNS=100000 by default for the whole run, split evenly; FUZZ_SEED=n to replay)
import fc from 'fast-check';
import { properties } from '../unit/robustness/props';

const total = Number(process.env.FUZZ_RUNS ?? 100_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const only = process.env.FUZZ_ONLY;
const props = properties().filter((p) => !only || p.name.includes(only));
const perProperty = Math.max(1, Math.floor(total / props.length));

console.log(`fuzz: ${new Date().toISOString()} seed=${seed} runs=${perProperty} per property x ${props.length} properties (node ${process.version})`);
const t0 = Date.now();
let failed = 0;
for (const { name, property } of props) {
  const t = Date.now();
  const r = fc.check(property, { seed, numRuns: perProperty, endOnFailure: true });
  const secs = ((Date.now() - t) / 1000).toFixed(1);
  if (r.failed) {
    failed++;
    console.log(`FAIL ${name} after ${r.numRuns} runs (${secs}s)\n  counterexample: ${fc.stringify(r.counterexample)}\n  replay: FUZZ_SEED=${seed} (path ${r.counterexamplePath})\n  ${r.errorInstance instanceof Error ? r.errorInstance.message.split('\n').slice(0, 12).join('\n  ') : String(r.errorInstance)}`);
  } else {
    console.log(`ok   ${name}: ${r.numRuns} runs (${secs}s)`);
  }
}
console.log(`fuzz: ${failed ? `${failed} of ${props.length} properties FAILED` : 'all properties held'}; ${perProperty * props.length} cases in ${((Date.now() - t0) / 1000).toFixed(0)}s, seed ${seed}`);
process.exitCode = failed ? 1 : 0;
