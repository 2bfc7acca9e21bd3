// Fixed-seed property run (part of `npm test`): the parser, analysis, fixes, fix-all and every editor
// feature over generated and mutated configs. `npm run fuzz` runs the same properties far longer.
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { properties } from './props';

const SEED = 20261125;
const RUNS = Number(process.env.KPC_PROPERTY_RUNS ?? 300);

describe('properties (fixed seed)', () => {
  for (const { name, property } of properties()) {
    test(name, { timeout: 60_000 }, () => {
      fc.assert(property, { seed: SEED, numRuns: RUNS, endOnFailure: true });
    });
  }
});
