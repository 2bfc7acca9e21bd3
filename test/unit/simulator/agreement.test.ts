// `kpc check` and `kpc simulate` read one producer model: for every fixture at every target (version ×
// client), what the simulator runs with is what the analysis says Kafka runs with (idempotence, acks,
// retries, max in flight, linger.ms, batch.size, the partitioner, rack awareness), and when the simulator says the producer
// would not start, `kpc check` reports an error. The preview gets the simulator input from the same function.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { keyDefault, parseValue, simulatorInput, simulatorInputFromText, versionAtLeast, type Client, type ParsedValue } from '#core';
import { runCheck } from '../../../server/src/cli/check';
import { readConfigFile } from '../../../server/src/cli/io';
import { runSimulate } from '../../../server/src/cli/simulate';
import { analyze, type Analysis } from '../../../server/src/service/analyze';
import { simulatorSettings } from '../../../server/src/simulator/settings';
import type { ProducerSettings } from '../../../server/src/simulator/types';
import { FIXTURE_CASES, MATRIX_CLIENTS, MATRIX_VERSIONS, ROOT } from '../fixtureCases';

const PARTITIONERS: Record<string, ProducerSettings['partitioner']> = {
  'org.apache.kafka.clients.producer.RoundRobinPartitioner': 'round-robin',
  'org.apache.kafka.clients.producer.internals.DefaultPartitioner': 'default-sticky',
  'org.apache.kafka.clients.producer.UniformStickyPartitioner': 'uniform-sticky-class',
};

function check(argv: string[]): { code: number; out: string } {
  let out = '';
  const code = runCheck(argv, { stdout: (s) => void (out += s), stderr: () => undefined });
  return { code, out };
}

function simulate(argv: string[]): { code: number; out: string } {
  let out = '';
  const code = runSimulate(argv, (s) => void (out += s), () => undefined);
  return { code, out };
}

/** What the analysis says the producer runs with for `key`, as Kafka parses it; undefined when Kafka refuses the value. */
function runsWith(a: Analysis, key: string): { value: ParsedValue } | undefined {
  const raw = a.effective.get(key)?.value;
  if (raw === undefined) return { value: null };
  const r = parseValue(key, raw, a.version);
  return r.ok ? { value: r.value } : undefined;
}

function expectedPartitioner(a: Analysis): ProducerSettings['partitioner'] {
  const cls = runsWith(a, 'partitioner.class')?.value ?? keyDefault('partitioner.class', a.version) ?? null;
  const builtIn = versionAtLeast(a.version, '3.3') ? 'builtin' : 'default-sticky';
  if (typeof cls === 'string' && cls.trim()) return PARTITIONERS[cls.trim()] ?? builtIn; // a custom class: the simulator runs the version's built-in one
  return builtIn;
}

const FIELDS: [key: string, field: 'acks' | 'retries' | 'maxInFlight' | 'lingerMs' | 'batchSize', read: (v: ParsedValue) => unknown][] = [
  ['acks', 'acks', (v) => (v === '0' ? 0 : v === '1' ? 1 : -1)],
  ['retries', 'retries', (v) => v],
  ['max.in.flight.requests.per.connection', 'maxInFlight', (v) => v],
  ['linger.ms', 'lingerMs', (v) => v],
  ['batch.size', 'batchSize', (v) => v],
];

/** Targets seen where the producer would not start / would start: both kinds must be covered. */
const seen = { refused: 0, started: 0, rackRefused: 0 };

for (const { input: file } of FIXTURE_CASES) {
  test(`kpc check and kpc simulate agree on ${relative(ROOT, file)} at every target`, () => {
    const read = readConfigFile(file);
    assert.ok(read.ok);
    for (const version of MATRIX_VERSIONS) {
      for (const client of MATRIX_CLIENTS) {
        const at = `${version}/${client}`;
        const target = ['--kafka-version', version, '--client', client];
        // What `kpc check` analyses (same options as runCheck), and its verdict.
        const a = analyze(read.text, { kafkaVersion: version, client, decoded: 'latin1' });
        const checked = check([file, ...target, '--format', 'json']);
        const sim = simulate([file, ...target, '--records', '1', '--format', 'json']);
        assert.equal(sim.code, 0, at);
        const { settings: s, kafkaVersion, client: simClient } = JSON.parse(sim.out) as { settings: ProducerSettings; kafkaVersion: string; client: Client };
        assert.equal(kafkaVersion, (JSON.parse(checked.out) as { files: { kafkaVersion: string }[] }).files[0]!.kafkaVersion, `${at}: the same target`);
        assert.equal(simClient, a.client, at);

        // Idempotence: as the analysis decided it; a producer that would not start is simulated without it.
        const refused = s.startupError !== undefined;
        seen[refused ? 'refused' : 'started']++;
        if (refused) {
          assert.equal(s.idempotence, false, at);
          assert.equal(checked.code, 1, `${at}: simulate says "${s.startupError}", so kpc check must report an error`);
        } else {
          assert.equal(s.idempotence, a.idempotence.enabled, `${at}: idempotence`);
        }
        if (a.idempotence.problems.some((p) => p.outcome === 'error')) assert.ok(refused, `${at}: check says idempotence stops the producer`);

        // acks, retries, in-flight, linger, batch size: the value Kafka runs with (one it refuses stops the producer).
        for (const [key, field, value] of FIELDS) {
          const runs = runsWith(a, key);
          if (runs) assert.equal(s[field], value(runs.value), `${at}: ${key}`);
          else assert.ok(refused, `${at}: kpc check's ${key} is refused by Kafka, so simulate must say the producer would not start`);
        }
        assert.equal(s.partitioner, expectedPartitioner(a), `${at}: partitioner`);
        // Rack-aware partitioning (4.4): one verdict, so a refusal stops both (the rule is an error).
        assert.deepEqual([s.rackAware, s.clientRack], [a.rack.aware, a.rack.clientRack], `${at}: rack settings`);
        if (a.rack.needsClientRack) {
          assert.ok(refused, `${at}: check says rack awareness without client.rack stops the producer`);
          assert.ok(a.findings.some((f) => f.code === 'rack-aware-without-client-rack'), at);
          seen.rackRefused++;
        }

        // The preview's input (the LSP request's simulatorInput of the analysis) is the one kpc simulate used.
        assert.deepEqual(simulatorInput(a.parsed, a.target), simulatorInputFromText(read.text, { kafkaVersion: version, client }), `${at}: preview input`);
      }
    }
  });
}

test('the fixtures cover producers that start and producers that would not', () => {
  assert.ok(seen.refused > 10 && seen.started > 100 && seen.rackRefused > 0, JSON.stringify(seen));
});

test('the disagreements issue 17 found: acks=all at 3.0.0, and the console producer\'s filled-in values', () => {
  const text = 'acks=all\n';
  const at300 = analyze(text, { kafkaVersion: '3.0.0' });
  assert.ok(at300.findings.some((f) => f.code === 'idempotence-default-ignored'), 'kpc check: the default is not honoured (KAFKA-13598)');
  const input = simulatorInputFromText(text, { kafkaVersion: '3.0.0' });
  assert.deepEqual(input, { kafkaVersion: '3.0', patch: 0, client: 'java', values: { acks: 'all' } });
  const s = simulatorSettings(input);
  assert.equal(s.idempotence, false, 'kpc simulate no longer simulates an idempotent producer');
  assert.ok(s.warnings.some((w) => w.includes('KAFKA-13598')));
  // The preview gets the console producer's fill-ins too (it got the file's values only).
  const console = simulatorSettings(simulatorInputFromText(text, { kafkaVersion: '3.9', client: 'console-producer' }));
  assert.deepEqual([console.lingerMs, console.retries, console.requestTimeoutMs], [1000, 3, 1500]);
});
