// The fixture files every Kafka version × client matrix runs over: test/fixtures/*.properties (expected
// findings beside them) and the repository's examples/** (expected findings under test/fixtures/examples).
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const SPRING_EXAMPLES = join(ROOT, 'examples', 'spring');

/** Targets of the matrix: the oldest and newest versions, the KAFKA-13598 patch pair, and the version steps rules care about. */
export const MATRIX_VERSIONS = ['2.8', '3.0.0', '3.0.1', '3.2', '3.9', '4.0', '4.2', '4.3', '4.4.0'];
export const MATRIX_CLIENTS = ['java', 'console-producer'] as const;

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    // Spring Boot files have their own fixtures (test/unit/spring/findings.test.ts)
    if (p === SPRING_EXAMPLES) continue;
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/** Each fixture input with the file holding its expected findings. */
export const FIXTURE_CASES: { input: string; expected: string }[] = [
  ...readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.properties'))
    .sort()
    .map((n) => ({ input: join(FIXTURES, n), expected: join(FIXTURES, n.replace(/\.properties$/, '.expected.json')) })),
  ...walk(join(ROOT, 'examples')).map((p) => ({ input: p, expected: join(FIXTURES, 'examples', relative(join(ROOT, 'examples'), p) + '.expected.json') })),
];
