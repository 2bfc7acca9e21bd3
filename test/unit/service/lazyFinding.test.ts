// Lazy findings (server/src/service/lazyFinding.ts): what a finding the engine keeps per key costs until it is read,
// and that it reads, spreads, prints and compares as the plain finding it stands for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/service/analyze';
import { hasSafeFix, lazyFinding, withSeverity } from '../../../server/src/service/lazyFinding';
import type { Finding } from '../../../server/src/service/types';

const PLAIN: Finding = {
  code: 'unknown-key',
  severity: 'warning',
  message: "Unknown key 'lingr.ms' — did you mean 'linger.ms'?",
  span: { start: 0, end: 8 },
  fixes: [{ title: "Change to 'linger.ms'", edits: [{ span: { start: 0, end: 8 }, newText: 'linger.ms' }], preferred: true, safe: true }],
  data: { suggestions: ['linger.ms'] },
};

test('a lazy finding builds its other fields only when they are read, and reads as the plain one', () => {
  const built: number[] = [];
  const lazy = lazyFinding(PLAIN, { build: (i) => (built.push(i), PLAIN) }, 7);
  assert.equal(lazy.code, 'unknown-key');
  assert.equal(lazy.severity, 'warning');
  assert.equal(lazy.span, PLAIN.span);
  assert.equal(hasSafeFix(lazy), true);
  assert.deepEqual(built, [], 'code, severity, span and whether a fix is safe need no build');
  assert.equal(lazy.message, PLAIN.message);
  assert.deepEqual(built, [7]);
  assert.deepEqual(lazy, PLAIN);
  assert.deepEqual({ ...lazy }, PLAIN);
  assert.deepEqual(JSON.parse(JSON.stringify(lazy)), JSON.parse(JSON.stringify(PLAIN)));
  assert.deepEqual(Object.keys(lazy).sort(), Object.keys(PLAIN).sort());
  const louder = withSeverity(lazy, 'error');
  assert.deepEqual(louder, { ...PLAIN, severity: 'error' });
  assert.equal(hasSafeFix(louder), true);
});

test("an analysis's findings: every field as a plain copy has it, the safe-fix flag as the fixes say, severity overrides keep the words", () => {
  const text = ['lingr.ms=5', 'enavle.idempotence=true', 'app.custom.key=1', 'acks=all', 'metrics.jmx.blacklist=x', 'ssl.key.password=secret', 'block.on.buffer.full=true', 'group.id=g', 'app.custom.key=2', 'lingr.ms=6', ''].join('\n');
  const a = analyze(text, { kafkaVersion: '3.9' });
  assert.ok(a.findings.filter((f) => f.code === 'unknown-key').length >= 3);
  for (const f of a.findings) {
    const plain = JSON.parse(JSON.stringify(f)) as Finding;
    assert.deepEqual({ ...f }, plain);
    assert.equal(hasSafeFix(f), f.fixes.some((x) => x.safe === true), f.code);
  }
  const louder = analyze(text, { kafkaVersion: '3.9', severity: { 'unknown-key': 'error' } });
  assert.deepEqual(
    louder.findings.map((f) => ({ ...f })),
    a.findings.map((f) => ({ ...f, ...(f.code === 'unknown-key' ? { severity: 'error' } : {}) })),
  );
});
