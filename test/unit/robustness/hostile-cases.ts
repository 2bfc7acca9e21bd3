// Hostile and large inputs, run in a child process by hostile.test.ts so that a hang (synchronous
// code the test runner cannot interrupt) is killed by a watchdog and reported as a failure.
// Each case must be read, analysed and served by every feature without an exception, with sane
// results. No timing assertions (those live in `npm run bench`).
// Run directly: node --import tsx test/unit/robustness/hostile-cases.ts [index...]
import assert from 'node:assert/strict';
import { analyze, type Analysis } from '../../../server/src/service/analyze';
import { codeActions } from '../../../server/src/service/codeActions';
import { complete } from '../../../server/src/service/completion';
import { applyEdits, fixAll } from '../../../server/src/service/fixAll';
import { formatEdits } from '../../../server/src/service/format';
import { hover } from '../../../server/src/service/hover';
import { documentSymbols } from '../../../server/src/service/symbols';
import { settingsFromConfig, simulate } from '../../../server/src/simulator/index';
import { decodeLatin1, KAFKA_VERSIONS, LATEST_VERSION, parseProperties, SIMULATOR_KEYS } from '#core';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../../server/src/cli/check';
import { checkFeatures, checkFixes, checkParse, checkedAnalyze, EXAMPLES } from './props';

const MB = 1024 * 1024;

export const HOSTILE_CASES: { name: string; run: () => void }[] = [];
const c = (name: string, run: () => void): void => void HOSTILE_CASES.push({ name, run });

/** Everything an editor would ask of a file, at its start, middle and end. */
function serveEverything(text: string): Analysis {
  const a = checkedAnalyze(text);
  const n = text.length;
  checkFeatures(a, [0, 1, n >> 1, n - 1, n, n + 10], { start: Math.max(0, n - 100), end: n });
  const formatted = applyEdits(text, formatEdits(a));
  assert.equal(parseProperties(formatted).entries.length, a.parsed.entries.length, 'formatting keeps every entry');
  return a;
}

c('empty file', () => {
  const a = serveEverything('');
  assert.equal(a.parsed.entries.length, 0);
  assert.deepEqual(a.parsed.lineStarts, [0]);
  assert.ok(a.findings.every((f) => f.span.start === 0 && f.span.end === 0), 'only file-level findings');
  assert.deepEqual(fixAll('').text.length >= 0, true);
});

c('only comments (100k lines, both markers, CRLF)', () => {
  const text = Array.from({ length: 100_000 }, (_, i) => (i % 2 ? `# comment ${i}` : `! another = ${i}: x`)).join('\r\n');
  const a = serveEverything(text);
  assert.equal(a.parsed.entries.length, 0);
  assert.equal(a.parsed.comments.length, 100_000);
});

c('a 10 MB file', () => {
  const base = EXAMPLES.join('\n');
  const reps = Math.ceil((10.5 * MB) / base.length);
  const text = Array.from({ length: reps }, (_, i) => base.replace(/acks=\w+/g, `acks=${i % 3 === 0 ? 'all' : '1'}`)).join('\n');
  assert.ok(text.length >= 10 * MB, 'size');
  // What the editor asks on every keystroke; the full property checks are too slow at this size.
  const a = analyze(text);
  const n = text.length;
  assert.ok(a.parsed.entries.length > 100_000, 'entries');
  for (const off of [0, n >> 1, n]) {
    hover(a, off);
    for (const it of complete(a, off).items) assert.ok(it.span.start >= 0 && it.span.end <= n, 'completion span');
    for (const ca of codeActions(a, { span: { start: off, end: off }, only: ['quickfix'] })) for (const e of ca.edits) assert.ok(e.span.end <= n, 'code action span');
  }
  assert.ok(documentSymbols(a).length > 0, 'symbols');
  const formatted = applyEdits(text, formatEdits(a));
  assert.equal(parseProperties(formatted).entries.length, a.parsed.entries.length, 'formatting keeps every entry');
  // Duplicates everywhere: the last one wins, as in Kafka.
  const lastAcks = [...a.parsed.entries].reverse().find((e) => e.key === 'acks');
  assert.equal(a.effective.get('acks')?.value, lastAcks?.value);
  assert.ok(a.findings.some((f) => f.code === 'duplicate-key'), 'duplicates found');
  // Fix-all (was quadratic: minutes here) removes the duplicates and is then stable.
  const fixed = fixAll(text);
  assert.ok(fixed.applied > 100_000 && fixed.text.length < text.length, 'fix-all removed the duplicates with equal values');
  assert.equal(fixAll(fixed.text).applied, 0);
  // kpc check's JSON report of this file is ~540 MB, over V8's largest string: it must leave in chunks.
  const dir = mkdtempSync(join(tmpdir(), 'kpc-hostile-'));
  const file = join(dir, 'big.config');
  writeFileSync(file, text, 'latin1');
  for (const format of ['json', 'sarif']) {
    let bytes = 0; let head = ''; let err = ''; let largest = 0;
    const code = runCheck([file, '--format', format], {
      stdout: (s) => { if (head.length < 100) head += String(s); bytes += s.length; largest = Math.max(largest, s.length); },
      stderr: (s) => void (err += s),
    });
    assert.ok(code === 0 || code === 1, `kpc check --format ${format} exits 0/1 (findings), not ${code}: ${err}`);
    assert.equal(err, '');
    assert.ok(bytes > 100 * MB && head.startsWith('{'), `${format} report written (${bytes} chars)`);
    assert.ok(largest < 16 * MB, `${format} report written in chunks (largest ${largest} chars)`);
  }
  rmSync(dir, { recursive: true });
});

c('a single 1 MB line (value) and a 1 MB key', () => {
  const value = 'x'.repeat(MB);
  const a = serveEverything(`acks=${value}`);
  assert.equal(a.parsed.entries[0]!.value, value);
  assert.ok(a.findings.some((f) => f.code === 'invalid-value'), 'acks=xxx… is refused');
  for (const f of a.findings) assert.ok(f.message.length < 10_000, `message of ${f.code} does not echo the whole value (${f.message.length})`);
  const key = 'k'.repeat(MB);
  const b = serveEverything(`${key}=1\n`);
  assert.equal(b.parsed.entries[0]!.key, key);
  for (const f of b.findings) assert.ok(f.message.length < 10_000, `message of ${f.code} does not echo the whole key (${f.message.length})`);
});

c('100k continuation lines', () => {
  const text = `sasl.jaas.config=start \\\n${'  part \\\n'.repeat(100_000)}  end\nacks=all\n`;
  const p = checkParse(text);
  assert.equal(p.entries.length, 2);
  assert.equal(p.entries[0]!.lineCount, 100_002);
  assert.equal(p.entries[0]!.value, `start ${'part '.repeat(100_000)}end`);
  const a = serveEverything(text);
  checkFixes(text, a);
});

c('a million backslashes', () => {
  for (const text of ['\\'.repeat(1_000_000), `k=${'\\'.repeat(1_000_001)}`, `${'\\'.repeat(999_999)}=v`, `a=b${'\\\n'.repeat(200_000)}`]) {
    const p = checkParse(text);
    assert.ok(p.entries.length + p.orphanContinuations.length >= 1);
    const a = serveEverything(text);
    checkFixes(text, a);
  }
  // An even run is literal backslashes: 500k of them.
  assert.equal(parseProperties(`k=${'\\'.repeat(1_000_000)}`).entries[0]!.value, '\\'.repeat(500_000));
});

c('NUL bytes, invalid UTF-8 and lone surrogates', () => {
  const bytes = Buffer.from([0x61, 0x63, 0x6b, 0x73, 0x3d, 0x00, 0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0x0a, 0x00, 0x3d, 0x00, 0x0a, 0xf0, 0x90, 0x28, 0xbc]);
  for (const text of [decodeLatin1(bytes), bytes.toString('utf8'), '\0'.repeat(10_000), 'k\0ey=\0va\0lue\n\0', 'acks=\uD800\nlinger.ms=\uDFFF5\n\uDBFF=\uDC00']) {
    checkParse(text);
    const a = serveEverything(text);
    checkFixes(text, a);
    const fixed = fixAll(text);
    assert.equal(fixAll(fixed.text).applied, 0);
  }
  // What Java reads: every byte one char.
  assert.equal(parseProperties(decodeLatin1(bytes)).entries[0]!.key, 'acks');
});

c('\\u garbage', () => {
  const texts = [
    '\\u',
    '\\u\\u\\u=\\u',
    'acks=\\uzzzz',
    'acks=\\u00',
    `key\\u00=${'\\u'.repeat(100_000)}`,
    `${'\\uD83D\\uDE00'.repeat(10_000)}=\\uFFFF\\u0000\\u000a`,
    'a\\\n\\u0061=\\u\\\n0061',
    'enable.idempotence=\\u0074rue\nacks=\\u0041LL',
  ];
  for (const text of texts) {
    const p = checkParse(text);
    const a = serveEverything(text);
    checkFixes(text, a);
    // (A continuation inside an escape is joined first, as in Java: `\\u\\⏎0061` reads `a`.)
    if (!text.includes('\\\n') && /\\u(?![0-9a-fA-F]{4})/.test(text.replace(/\\\\/g, ''))) assert.ok(p.problems.length > 0 || a.findings.some((f) => /escape|unicode/i.test(f.code)), `malformed escape reported in ${JSON.stringify(text.slice(0, 40))}`);
  }
  assert.equal(analyze('enable.idempotence=\\u0074rue').effective.get('enable.idempotence')?.value, 'true');
});

c('deeply repeated directives and a huge allow list', () => {
  const text = `${'# kpc: kafka-version=2.8\n# kpc-disable-next-line\n'.repeat(20_000)}# kpc: allow ${'k '.repeat(100_000)}\nacks=1\n`;
  serveEverything(text);
});

c('simulator: a single broker down for 1e9 ms with failover (crashed the process: invalid array size)', () => {
  const r = simulate(settingsFromConfig({}, LATEST_VERSION), { records: 3000, brokers: 1, faults: { lostAck: 0, requestFailure: 0, brokerDown: { broker: 0, atMs: 10, durationMs: 1e9, failoverMs: 100 } } });
  assert.ok(r.timeSeries.t.length <= 2000);
  JSON.stringify(r);
});

c('simulator: hostile settings and scenarios (fixed seed)', () => {
  const vals = fc.constantFrom('0', '-1', '1', 'all', '2147483647', '-2147483648', '9223372036854775807', '1e308', 'NaN', 'Infinity', '', ' ', 'true', 'false', 'zstd', 'x', '0.5', '1000000000', 'org.apache.kafka.clients.producer.RoundRobinPartitioner');
  const cfg = fc.dictionary(fc.constantFrom(...SIMULATOR_KEYS), vals);
  const num = fc.constantFrom(0, 1, 3, -1, 0.5, 1e9, NaN, Infinity, -Infinity);
  const scn = fc.record(
    {
      records: fc.integer({ min: 0, max: 3000 }),
      ratePerSec: num,
      partitions: num,
      brokers: num,
      valueBytes: fc.constantFrom(0, 1, 1e6, -1, NaN),
      // (key counts are clamped to 1e6; a Zipf table that size takes seconds, so the property stays small)
      keys: fc.constantFrom({ kind: 'null' as const }, { kind: 'uniform' as const, count: 0 }, { kind: 'skewed' as const, count: 10_000 }, { kind: 'uniform' as const, count: NaN }),
      faults: fc.record({ lostAck: num, requestFailure: num, brokerDown: fc.option(fc.record({ broker: num, atMs: num, durationMs: num, failoverMs: num }), { nil: undefined }) }),
      seed: num,
    },
    // records always given: the default 50 000 with 10 000 partitions and a broker down for 1e9 ms is bounded by
    // the event limit but takes ~20 s
    { requiredKeys: ['records'] },
  );
  fc.assert(
    fc.property(cfg, fc.constantFrom(...KAFKA_VERSIONS), scn, (values, v, s) => {
      const r = simulate(settingsFromConfig(values, v), s as Parameters<typeof simulate>[1]);
      assert.ok(r.timeSeries.t.length <= 2000);
      JSON.stringify(r);
    }),
    { seed: 20261125, numRuns: 100 },
  );
  // Key count far past the limit: clamped, so bounded.
  simulate(settingsFromConfig({}, LATEST_VERSION), { records: 100, keys: { kind: 'skewed', count: 1e12 } });
});

if (require.main === module) {
  const wanted = process.argv.slice(2).map(Number);
  HOSTILE_CASES.forEach(({ name, run }, i) => {
    if (wanted.length && !wanted.includes(i)) return;
    process.stdout.write(`start ${i}\n`);
    try {
      run();
      process.stdout.write(`ok ${i}\n`);
    } catch (err) {
      process.stdout.write(`fail ${i} ${JSON.stringify(`${name}: ${err instanceof Error ? err.message : String(err)}`.slice(0, 4000))}\n`);
    }
  });
}
