// The catalog against test/fixtures/kafka/producer-configs.json (research data with its sources, kept in the
// repository), key by key and version by version. The fixture is written apart from the catalog, so a slip in
// either shows up here; how a new release changes both: docs/kafka-versions.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CHECKS,
  KAFKA_VERSIONS,
  LATEST_VERSION,
  SOURCES,
  VERSION_SOURCES,
  allKeyNames,
  atVersion,
  getKey,
  listKeys,
  type KafkaVersion,
} from '../../../schemas/catalog/index';

type Versioned<T> = Partial<Record<KafkaVersion, T>>;

interface FixtureKey {
  key: string;
  type: string;
  group: string;
  unit: 'ms' | 'bytes' | 'count' | 'seconds' | null;
  since: KafkaVersion;
  sinceOrEarlier?: boolean;
  importance: string | Versioned<string>;
  defaults: Versioned<string | null>;
  /** the default depends on the JVM running the producer: how (null from the version it no longer does) */
  jvmDependentDefault?: Versioned<string | null>;
  validValues?: Versioned<string[]>;
  caseInsensitive?: Versioned<boolean>;
  checkedAtConstruction?: Versioned<boolean>;
  range?: { min?: number; max?: number };
  alsoAllowed?: number[];
  listValidator?: Versioned<{ emptyList: boolean; emptyItems: boolean }>;
  deprecated?: { since: KafkaVersion };
  deprecatedClassValues?: { value: string; deprecatedSince: KafkaVersion; removedIn: KafkaVersion }[];
  removed?: KafkaVersion;
  internal?: boolean;
  requiredSince?: KafkaVersion;
  sources: string[];
}

interface FixtureCheck { id: string; since: KafkaVersion; outcome: string; kafkaMessage?: string; thresholdBytes?: number; sources: string[] }

const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'kafka', 'producer-configs.json');
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { versions: KafkaVersion[]; keys: FixtureKey[]; checks: FixtureCheck[] };
const idx = (v: string) => KAFKA_VERSIONS.indexOf(v as KafkaVersion);
const accepts = (e: FixtureKey, v: KafkaVersion) => idx(v) >= idx(e.since) && (e.removed === undefined || idx(v) < idx(e.removed));
const at = <T>(m: T | Versioned<T> | undefined, v: KafkaVersion): T | undefined =>
  m !== null && typeof m === 'object' && !Array.isArray(m) ? atVersion(m as Versioned<T>, v) : (m as T | undefined);

test('the fixture covers the catalog\'s versions, and latest is the newest', () => {
  assert.deepEqual([...KAFKA_VERSIONS], fixture.versions);
  assert.deepEqual([...KAFKA_VERSIONS], ['2.8', '3.0', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '3.9', '4.0', '4.1', '4.2', '4.3', '4.4']);
  assert.equal(LATEST_VERSION, '4.4');
});

test('catalog has exactly the keys of the fixture', () => {
  assert.deepEqual([...allKeyNames()].sort(), fixture.keys.map((e) => e.key).sort());
  assert.equal(allKeyNames().length, 122);
});

test('every fixture fact names its sources, and every source is defined in the catalog', () => {
  for (const e of fixture.keys) {
    assert.ok(e.sources.length > 0, `${e.key}: no source`);
    for (const s of e.sources) assert.ok(s in SOURCES, `${e.key}: unknown source ${s}`);
  }
  for (const c of fixture.checks) for (const s of c.sources) assert.ok(s in SOURCES, `${c.id}: unknown source ${s}`);
});

for (const v of KAFKA_VERSIONS) {
  test(`every key × Kafka ${v}: presence, type, default, validators, importance, group, unit, lifecycle`, () => {
    for (const e of fixture.keys) {
      const info = getKey(e.key, v);
      const where = `${e.key} @ ${v}`;
      assert.equal(info !== undefined, accepts(e, v), `${where}: accepted?`);
      if (!info) continue;
      assert.equal(info.type, e.type, `${where}: type`);
      assert.equal(info.group, e.group, `${where}: group`);
      assert.equal(info.since, e.since, `${where}: since`);
      assert.equal(info.sinceBeforeCoverage, e.sinceOrEarlier === true, `${where}: since or earlier`);
      assert.equal(info.secret, e.type === 'password', `${where}: secret`);
      assert.equal(info.default, at(e.defaults, v) ?? null, `${where}: default`);
      assert.equal(info.defaultNote !== undefined, (at(e.jvmDependentDefault, v) ?? null) !== null, `${where}: JVM-dependent default`);
      // validators
      const values = at(e.validValues, v);
      assert.deepEqual(info.validValues ? [...info.validValues] : undefined, values, `${where}: validValues`);
      assert.equal(info.caseInsensitive ?? false, values ? at(e.caseInsensitive, v) ?? false : false, `${where}: case-insensitive`);
      const construct = info.rule?.kind === 'enum' && info.rule.stage === 'construct';
      assert.equal(construct, at(e.checkedAtConstruction, v) ?? false, `${where}: checked at construction`);
      assert.equal(info.range?.min, e.range?.min, `${where}: range.min`);
      assert.equal(info.range?.max, e.range?.max, `${where}: range.max`);
      assert.deepEqual(info.rule?.kind === 'range' ? info.rule.alsoAllowed : undefined, e.alsoAllowed, `${where}: extra values`);
      const list = at(e.listValidator, v);
      const rule = info.rule?.kind === 'list' ? info.rule : undefined;
      assert.equal(rule !== undefined, list !== undefined, `${where}: ValidList`);
      if (list && rule) {
        assert.equal(rule.nonEmpty ?? false, !list.emptyList, `${where}: empty list refused`);
        assert.equal(rule.noEmptyItems ?? false, !list.emptyItems, `${where}: empty item refused`);
      }
      // importance and unit
      assert.equal(info.importance, at(e.importance, v), `${where}: importance`);
      assert.equal(info.unit, e.unit === 'seconds' ? undefined : e.unit ?? undefined, `${where}: unit`);
      assert.equal(info.unitHint, e.unit === 'seconds' ? 'seconds' : undefined, `${where}: unitHint`);
      // lifecycle
      assert.equal(info.deprecated?.since, e.deprecated && idx(v) >= idx(e.deprecated.since) ? e.deprecated.since : undefined, `${where}: deprecated`);
      assert.deepEqual(
        info.deprecatedValues?.map((d) => ({ value: d.value, deprecatedSince: d.deprecatedSince, removedIn: d.removedIn })),
        e.deprecatedClassValues,
        `${where}: deprecated class values`,
      );
      assert.equal(info.removed?.since, e.removed, `${where}: removed`);
      assert.equal(info.internal ?? false, e.internal === true, `${where}: internal`);
      assert.equal(info.required, e.requiredSince !== undefined && idx(v) >= idx(e.requiredSince), `${where}: required`);
      assert.equal(info.version, v);
      // where the catalog says it read the fact is one of the places the research names for this key
      for (const r of info.source.refs) assert.ok(r.id !== undefined && r.id in SOURCES, `${where}: source ${r.id}`);
    }
  });
}

test('each version has a default source; keys new in 4.4 cite the 4.4 reference', () => {
  for (const v of KAFKA_VERSIONS) {
    const s = VERSION_SOURCES[v];
    assert.ok(s.refs.length > 0 && s.summary.length > 10, v);
    assert.equal(s.confidence, idx(v) < idx('4.0') ? 'source' : 'docs', v);
  }
  for (const e of fixture.keys.filter((k) => k.since === '4.4' && !k.internal)) {
    assert.ok(getKey(e.key, '4.4')!.source.refs.some((r) => r.id === 'ref-4.4'), e.key);
    assert.ok(e.sources.includes('ref-4.4'), e.key);
  }
  assert.equal(getKey('buffer.memory.allocation.strategy', '4.4')!.source.confidence, 'third-party', 'internal key: read in constants and port notes only');
  assert.equal(getKey('acks', '3.5')!.source.confidence, 'source');
  assert.match(getKey('sasl.oauthbearer.expected.audience', '4.3')!.source.note ?? '', /patch release/);
});

test('start-up checks: version, outcome and Kafka\'s text as the research found them', () => {
  assert.deepEqual(Object.keys(CHECKS).sort(), fixture.checks.map((c) => c.id).sort());
  for (const c of fixture.checks) {
    const ours = CHECKS[c.id as keyof typeof CHECKS];
    assert.equal(ours.since, c.since, c.id);
    assert.equal(ours.outcome, c.outcome, c.id);
    assert.equal('kafkaMessage' in ours ? ours.kafkaMessage : undefined, c.kafkaMessage, c.id);
    assert.deepEqual([...ours.source.refs].sort(), [...c.sources].sort(), `${c.id}: sources`);
  }
});

test('validator kinds per version follow ConfigDef at the release tags', () => {
  assert.equal(getKey('transactional.id', '2.8')!.rule?.kind, 'nonEmpty');
  assert.equal(getKey('bootstrap.servers', '4.1')!.rule, null);
  assert.deepEqual(getKey('bootstrap.servers', '4.2')!.rule, { kind: 'list', nonEmpty: true, noEmptyItems: true });
  assert.deepEqual(getKey('metric.reporters', '4.4')!.rule, { kind: 'list', noEmptyItems: true });
  assert.equal(getKey('metric.reporters', '4.1')!.rule, null);
});

test('listKeys counts per version', () => {
  const counts = Object.fromEntries(KAFKA_VERSIONS.map((v) => [v, listKeys(v).length]));
  // 2.8: 71 incl. the internal downgrade key; 3.0 drops it; 3.1 adds 14 SASL/OAuth keys; 3.3 +3 partitioner keys …
  assert.equal(counts['2.8'], 71);
  assert.equal(counts['3.0'], 70);
  assert.equal(counts['3.1'], 84);
  assert.equal(counts['3.3'], 87);
  assert.equal(counts['3.9'], 95);
  assert.equal(counts['4.0'], 95);
  assert.equal(counts['4.1'], 112);
  assert.equal(counts['4.2'], 113);
  assert.equal(counts['4.3'], 113, '4.3 adds and removes no producer key');
  assert.equal(counts['4.4'], 120, '4.4: six documented keys and one internal one');
  assert.equal(listKeys('4.4').filter((k) => !k.internal).length, 119);
});

test('strings outside the catalog that name the version range say what the catalog says', () => {
  const range = `\`${KAFKA_VERSIONS[0]}\` … \`${LATEST_VERSION}\``;
  for (const f of ['package.nls.json', 'package.nls.ko.json']) {
    const s = (JSON.parse(readFileSync(f, 'utf8')) as Record<string, string>)['config.kafkaVersion']!;
    assert.ok(s.includes(range) && s.includes(`\`latest\` = \`${LATEST_VERSION}\``), `${f}: ${s}`);
  }
});
