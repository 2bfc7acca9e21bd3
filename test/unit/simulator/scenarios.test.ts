import { test } from 'node:test';
import assert from 'node:assert/strict';
import { settingsFromConfig, simulate, makeScenario, parseFaultSpec, parseKeySpec, type SimulationResult } from '../../../server/src/simulator/index';

const RR = 'org.apache.kafka.clients.producer.RoundRobinPartitioner';

function conservation(r: SimulationResult): void {
  assert.equal(r.records.sent, r.records.delivered + r.records.lost, 'sent = delivered + lost');
  assert.equal(r.records.lost, r.records.failed + r.records.lostSilently, 'lost = failed + lostSilently');
  const appended = r.partitions.reduce((a, p) => a + p.records, 0);
  assert.ok(appended + r.buffer.exhaustedRecords <= r.records.sent, 'every appended record was sent once');
  assert.ok(r.latencyMs.p50 <= r.latencyMs.p95 && r.latencyMs.p95 <= r.latencyMs.p99 && r.latencyMs.p99 <= r.latencyMs.max);
}

test('seed claim: sticky gives fewer, fuller batches and lower latency than round robin for null keys at the same linger.ms', () => {
  for (const [linger, rate] of [['5', 50_000], ['20', 20_000]] as const) {
    const scn = { records: 50_000, ratePerSec: rate, partitions: 6, brokers: 3, seed: 3 };
    for (const version of ['3.9', '4.0'] as const) {
      const sticky = simulate(settingsFromConfig({ 'linger.ms': linger }, version), scn);
      const rr = simulate(settingsFromConfig({ 'linger.ms': linger, 'partitioner.class': RR }, '4.0'), scn);
      const what = `${version} linger.ms=${linger} at ${rate}/s`;
      assert.ok(sticky.batches.count < rr.batches.count * 0.95, `${what}: batches ${sticky.batches.count} vs ${rr.batches.count}`);
      assert.ok(sticky.batches.avgFill > rr.batches.avgFill + 0.05, `${what}: fill ${sticky.batches.avgFill} vs ${rr.batches.avgFill}`);
      assert.ok(sticky.latencyMs.p50 < rr.latencyMs.p50 * 0.8, `${what}: p50 ${sticky.latencyMs.p50} vs ${rr.latencyMs.p50}`);
      assert.ok(sticky.latencyMs.p99 < rr.latencyMs.p99, `${what}: p99 ${sticky.latencyMs.p99} vs ${rr.latencyMs.p99}`);
    }
  }
  // at linger.ms=0 the batches still differ a lot
  const scn = { records: 50_000, ratePerSec: 20_000, partitions: 6, brokers: 3, seed: 3 };
  const s0 = simulate(settingsFromConfig({ 'linger.ms': '0' }, '4.0'), scn);
  const r0 = simulate(settingsFromConfig({ 'linger.ms': '0', 'partitioner.class': RR }, '4.0'), scn);
  assert.ok(s0.batches.count * 2 < r0.batches.count && s0.batches.avgFill > r0.batches.avgFill * 2);
  // ...and with many partitions round robin's tiny batches cost latency even at linger.ms=0 (KIP-480's case)
  const many = { records: 50_000, ratePerSec: 100_000, partitions: 120, brokers: 3, seed: 5 };
  const sm = simulate(settingsFromConfig({ 'linger.ms': '0' }, '4.0'), many);
  const rm = simulate(settingsFromConfig({ 'linger.ms': '0', 'partitioner.class': RR }, '4.0'), many);
  assert.ok(sm.latencyMs.p50 < rm.latencyMs.p50 * 0.8, `120 partitions, linger.ms=0: p50 ${sm.latencyMs.p50} vs ${rm.latencyMs.p50}`);
  assert.ok(sm.batches.count * 5 < rm.batches.count);
});

const faults = (spec: string) => { const f = parseFaultSpec(spec); if ('error' in f) throw new Error(f.error); return f; };

test('seed claim: at-least-once duplicates under lost acks, idempotence gives none', () => {
  for (const seed of [1, 2, 3]) {
    const scn = makeScenario({ records: 30_000, faults: faults('lost-ack:0.02'), seed });
    const alo = simulate(settingsFromConfig({ acks: 'all', 'enable.idempotence': 'false', retries: '5' }, '3.9'), scn);
    const idem = simulate(settingsFromConfig({ acks: 'all', 'enable.idempotence': 'true', retries: '5', 'max.in.flight.requests.per.connection': '5' }, '3.9'), scn);
    assert.ok(alo.records.duplicated > 0, `seed ${seed}: at-least-once duplicated ${alo.records.duplicated}`);
    assert.equal(alo.records.lost, 0);
    assert.equal(idem.records.duplicated, 0);
    assert.equal(idem.records.lost, 0);
    assert.equal(idem.records.reordered, 0);
    assert.ok(idem.requests.disconnects > 0 && idem.batches.retried > 0, 'the faults really happened');
    conservation(alo); conservation(idem);
  }
});

test('seed claim: at-most-once (acks=0) loses records the producer thinks were sent; at-least-once does not', () => {
  const scn = makeScenario({ records: 30_000, faults: faults('request-failure:0.05,lost-ack:0.02') });
  const amo = simulate(settingsFromConfig({ acks: '0', 'enable.idempotence': 'false' }, '3.9'), scn);
  const alo = simulate(settingsFromConfig({ acks: 'all', 'enable.idempotence': 'false' }, '3.9'), scn);
  assert.ok(amo.records.lost > 0 && amo.records.lostSilently === amo.records.lost, `at-most-once lost ${amo.records.lost}`);
  assert.equal(amo.records.duplicated, 0, 'acks=0 never retries, so never duplicates');
  assert.equal(alo.records.lost, 0);
  // retries=0 with acks=1 is at-most-once too, but the producer reports the failures
  const noRetry = simulate(settingsFromConfig({ acks: '1', retries: '0', 'enable.idempotence': 'false' }, '3.9'), scn);
  assert.ok(noRetry.records.lost > 0 && noRetry.records.failed > 0);
  conservation(amo); conservation(alo); conservation(noRetry);
});

test('reordering appears only where Kafka allows it', () => {
  const scn = makeScenario({ records: 30_000, faults: faults('request-failure:0.05') });
  const loose = simulate(settingsFromConfig({ 'enable.idempotence': 'false', 'max.in.flight.requests.per.connection': '5' }, '3.9'), scn);
  const one = simulate(settingsFromConfig({ 'enable.idempotence': 'false', 'max.in.flight.requests.per.connection': '1' }, '3.9'), scn);
  const idem = simulate(settingsFromConfig({ 'enable.idempotence': 'true', 'max.in.flight.requests.per.connection': '5' }, '3.9'), scn);
  assert.ok(loose.records.reordered > 0, `in-flight 5 without idempotence reorders (${loose.records.reordered})`);
  assert.equal(one.records.reordered, 0);
  assert.equal(idem.records.reordered, 0);
  for (const r of [loose, one, idem]) { assert.equal(r.records.lost, 0); conservation(r); }
});

test('a broker down for a while delays delivery but loses nothing with retries; delivery.timeout.ms shorter than the outage fails records', () => {
  const scn = makeScenario({ records: 20_000, faults: faults('broker-down:1000') });
  const ok = simulate(settingsFromConfig({}, '3.9'), scn);
  assert.equal(ok.records.lost, 0);
  assert.ok(ok.latencyMs.max > 500, `max latency ${ok.latencyMs.max}`);
  const short = simulate(settingsFromConfig({ 'delivery.timeout.ms': '400', 'request.timeout.ms': '300', 'linger.ms': '0' }, '3.9'), scn);
  assert.ok(short.records.failed > 0 && short.batches.expired > 0, `failed ${short.records.failed}`);
  conservation(ok); conservation(short);
});

test('same seed gives an identical result; another seed differs', () => {
  const st = settingsFromConfig({ 'linger.ms': '5' }, '3.9');
  const scn = { records: 20_000, keys: { kind: 'skewed' as const, count: 50 }, faults: faults('lost-ack:0.01,request-failure:0.01'), seed: 42 };
  assert.deepEqual(simulate(st, scn), simulate(st, scn));
  assert.notDeepEqual(simulate(st, scn).partitions, simulate(st, { ...scn, seed: 43 }).partitions);
});

test('accumulator: batches of batch.size, linger.ms waits, buffer.memory blocks then fails after max.block.ms, max.request.size rejects', () => {
  // 100 records/s: far below a full batch, so each batch leaves after linger.ms
  const slow = { records: 200, ratePerSec: 100, partitions: 1, brokers: 1 };
  const l0 = simulate(settingsFromConfig({ 'linger.ms': '0' }, '3.9'), slow);
  const l50 = simulate(settingsFromConfig({ 'linger.ms': '50' }, '3.9'), slow);
  // records every 10 ms join a batch that leaves 50 ms after its first record: waits of 50, 40, 30, 20, 10 ms (+ ~2 ms round trip)
  assert.ok(l50.latencyMs.p50 >= 28 && l50.latencyMs.p50 < 40, `p50 with linger 50: ${l50.latencyMs.p50}`);
  assert.ok(l50.latencyMs.max >= 50 && l50.latencyMs.max < 60, `max with linger 50: ${l50.latencyMs.max}`);
  assert.ok(Math.abs(l50.batches.avgRecords - 5) < 0.2, `records per batch ${l50.batches.avgRecords}`);
  assert.ok(l0.latencyMs.p50 < 5, `p50 with linger 0: ${l0.latencyMs.p50}`);
  assert.ok(l50.batches.avgRecords > 3 && l0.batches.avgRecords < 1.5);

  // batch.size 1000: floor((1000 - 61) / 208) = 4 records per batch, each batch leaves full
  const small = simulate(settingsFromConfig({ 'batch.size': '1000', 'linger.ms': '60000', 'delivery.timeout.ms': '600000' }, '3.9'), { records: 400, ratePerSec: 10_000, partitions: 1, brokers: 1 });
  assert.equal(small.batches.count, 100);

  // a slow network and a small buffer: send() blocks
  const tight = { records: 20_000, ratePerSec: 100_000, partitions: 3, brokers: 1, bandwidthMBps: 2 };
  const blocked = simulate(settingsFromConfig({ 'buffer.memory': '65536', 'linger.ms': '0' }, '3.9'), tight);
  assert.ok(blocked.buffer.blockedMs > 100 && blocked.buffer.maxUsedBytes <= 65536, `blocked ${blocked.buffer.blockedMs} ms`);
  assert.equal(blocked.records.lost, 0);
  const noWait = simulate(settingsFromConfig({ 'buffer.memory': '65536', 'linger.ms': '0', 'max.block.ms': '0' }, '3.9'), tight);
  assert.ok(noWait.buffer.exhaustedRecords > 0 && noWait.records.failed >= noWait.buffer.exhaustedRecords);
  conservation(blocked); conservation(noWait);

  const tooLarge = simulate(settingsFromConfig({ 'max.request.size': '100' }, '3.9'), { records: 50 });
  assert.equal(tooLarge.records.failed, 50);
  assert.equal(tooLarge.records.delivered, 0);
});

test('compression: more records per batch and fewer bytes on the wire', () => {
  const scn = { records: 50_000, ratePerSec: 50_000 };
  const none = simulate(settingsFromConfig({ 'linger.ms': '10' }, '3.9'), scn);
  const lz4 = simulate(settingsFromConfig({ 'linger.ms': '10', 'compression.type': 'lz4' }, '3.9'), scn);
  assert.ok(lz4.batches.count < none.batches.count, `${lz4.batches.count} vs ${none.batches.count}`);
  assert.equal(lz4.settings.compressionType, 'lz4');
});

test('settings from the file: invalid values fall back to defaults with a warning; idempotence rules per version', () => {
  const bad = settingsFromConfig({ 'batch.size': '16k', acks: 'maybe' }, '3.9');
  assert.equal(bad.batchSize, 16384);
  assert.equal(bad.acks, -1);
  assert.ok(bad.warnings.some((w) => w.startsWith('batch.size')) && bad.warnings.some((w) => w.startsWith('acks')));
  assert.ok(bad.startupError);

  assert.equal(settingsFromConfig({}, '2.8').idempotence, false);
  assert.equal(settingsFromConfig({}, '2.8').acks, 1);
  assert.equal(settingsFromConfig({}, '3.9').idempotence, true);
  assert.equal(settingsFromConfig({}, '3.9').acks, -1);
  // default idempotence plus acks=1: silently off
  const soft = settingsFromConfig({ acks: '1' }, '3.9');
  assert.equal(soft.idempotence, false);
  assert.equal(soft.startupError, undefined);
  // explicit idempotence plus acks=1: the producer refuses to start
  const hard = settingsFromConfig({ acks: '1', 'enable.idempotence': 'true' }, '3.9');
  assert.match(hard.startupError ?? '', /would not start/);
  // the seed's file: misspelled keys are not settings, so 3.9 defaults apply (idempotent)
  const seed = settingsFromConfig({ 'enavle.idempotence': 'true', 'max.in.flight.request.per.connection': '5', retriess: '5' }, '3.9');
  assert.equal(seed.idempotence, true);
  assert.equal(settingsFromConfig({}, '4.0').lingerMs, 5);
  assert.equal(settingsFromConfig({}, '3.9').retryBackoffMaxMs, 1000);
  assert.equal(settingsFromConfig({}, '3.6').retryBackoffMaxMs, 100);
});

test('scenario specs parse and bad ones are reported', () => {
  assert.deepEqual(parseKeySpec('uniform:10'), { kind: 'uniform', count: 10 });
  assert.deepEqual(parseKeySpec('null'), { kind: 'null' });
  assert.deepEqual(parseKeySpec('skewed:5'), { kind: 'skewed', count: 5 });
  assert.ok('error' in parseKeySpec('zipf:3'));
  assert.ok('error' in parseKeySpec('uniform:0'));
  assert.deepEqual(parseFaultSpec('lost-ack:0.1,request-failure:0.2'), { lostAck: 0.1, requestFailure: 0.2 });
  assert.ok('error' in parseFaultSpec('lost-ack:2'));
  assert.ok('error' in parseFaultSpec('meteor:1'));
  // hostile numbers are clamped, never hang
  const r = simulate(settingsFromConfig({}, '3.9'), { records: -5, partitions: 0, brokers: 1e9, ratePerSec: Number.NaN });
  assert.equal(r.records.sent, 0);
});

test('the producer model reads the same defaults as the catalog contract getKey(key, version)?.default, without the docs', async () => {
  const { getKey, listKeys, allKeyNames, keyDefault, versionDefaults, KAFKA_VERSIONS } = await import('#core');
  for (const v of KAFKA_VERSIONS) {
    for (const k of allKeyNames()) assert.deepEqual(keyDefault(k, v), getKey(k, v)?.default, `${k} @ ${v}`);
    assert.deepEqual([...versionDefaults(v)], listKeys(v).map((i) => [i.key, i.default]), `every key of ${v}`);
  }
});

test('leader failover after a crash: acks=1 and acks=0 lose the unreplicated tail, acks=all and idempotence do not', () => {
  // a follower 20 ms behind; broker 0 crashes a quarter into the run, the controller moves its partitions after 300 ms
  const scn = makeScenario({ records: 50_000, replicationMs: 20, faults: faults('broker-down:2000,failover:300'), seed: 2 });
  const acks1 = simulate(settingsFromConfig({ acks: '1', 'enable.idempotence': 'false' }, '3.9'), scn);
  const acks0 = simulate(settingsFromConfig({ acks: '0', 'enable.idempotence': 'false' }, '3.9'), scn);
  const all = simulate(settingsFromConfig({ acks: 'all', 'enable.idempotence': 'false' }, '3.9'), scn);
  const idem = simulate(settingsFromConfig({}, '3.9'), scn);
  assert.ok(acks1.records.lost > 0 && acks1.records.lostSilently === acks1.records.lost, `acks=1 lost ${acks1.records.lost}`);
  assert.ok(acks0.records.lost > 0);
  assert.equal(all.records.lost, 0);
  assert.deepEqual([idem.records.lost, idem.records.duplicated, idem.records.reordered], [0, 0, 0]);
  // leadership moved: the crashed broker's partitions were served by the others, so the outage is short
  assert.ok(idem.latencyMs.max < 1500, `max latency ${idem.latencyMs.max}`);
  // without failover (a restart) nothing acknowledged is lost, but the outage lasts
  const restart = simulate(settingsFromConfig({ acks: '1', 'enable.idempotence': 'false' }, '3.9'), makeScenario({ ...scn, faults: faults('broker-down:2000') }));
  assert.equal(restart.records.lost, 0);
  assert.ok(restart.latencyMs.max > 1500);
  for (const r of [acks1, acks0, all, idem, restart]) conservation(r);
  assert.ok('error' in parseFaultSpec('failover:100'), 'failover needs broker-down');
});

test('warnings and start-up errors come in Korean when asked, one for one with the English ones', () => {
  const configs: [Record<string, string>, '2.8' | '3.9' | '4.0'][] = [
    [{ 'linger.ms': 'soon' }, '3.9'],
    [{ 'enable.idempotence': 'true', acks: '1' }, '3.9'],
    [{ 'enable.idempotence': 'true', acks: '1', retries: '0', 'max.in.flight.requests.per.connection': '6' }, '3.9'],
    [{ acks: '1' }, '3.9'],
    [{ 'max.in.flight.requests.per.connection': '6' }, '4.0'],
    [{ 'enable.idempotence': 'true', acks: '1' }, '2.8'],
    [{ 'enable.idempotence': 'true', retries: '0' }, '2.8'],
    [{ 'enable.idempotence': 'true', 'max.in.flight.requests.per.connection': '6' }, '2.8'],
    [{ 'transactional.id': 'tx', 'enable.idempotence': 'false' }, '3.9'],
    [{ 'delivery.timeout.ms': '1000' }, '3.9'],
    [{ 'linger.ms': '200000' }, '3.9'],
    [{ acks: '0', retries: '3' }, '3.9'],
    [{ 'partitioner.class': 'com.example.MyPartitioner' }, '3.9'],
    [{ 'partitioner.class': RR, 'partitioner.ignore.keys': 'true' }, '3.9'],
  ];
  let seen = 0;
  for (const [values, version] of configs) {
    const en = settingsFromConfig(values, version);
    const ko = settingsFromConfig(values, version, 'ko');
    assert.ok(en.warnings.length > 0, `a warning for ${JSON.stringify(values)} on ${version}`);
    assert.equal(ko.warnings.length, en.warnings.length);
    for (const w of ko.warnings) assert.match(w, /[\uAC00-\uD7A3]/, `Korean: ${w}`);
    assert.equal(ko.startupError === undefined, en.startupError === undefined);
    if (ko.startupError) assert.match(ko.startupError, /^프로듀서가 시작되지 않습니다/);
    assert.deepEqual({ ...ko, warnings: [], startupError: undefined, locale: 'en' }, { ...en, warnings: [], startupError: undefined }, 'the same settings otherwise');
    seen += en.warnings.length;
  }
  assert.ok(seen >= configs.length);
});
