// The catalog against /work/shared/kafka/producer-configs.json, key by key and version by version.
// Documented deviations (facts verified against Kafka's source where the shared file is vague) are
// listed explicitly below so that nothing else can drift.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KAFKA_VERSIONS, LATEST_VERSION, getKey, listKeys, allKeyNames, type KafkaVersion } from '../../../schemas/catalog/index';

const SHARED = join(process.cwd(), '..', 'shared', 'kafka', 'producer-configs.json');

interface SharedEntry {
  key: string;
  type: string;
  default: string | null;
  defaultsByVersion?: Record<string, string | null>;
  validValues?: string[];
  validValuesExtra?: string[];
  range?: { min: number | null; max: number | null };
  importance: string;
  group: string;
  unit: string;
  unitNote?: string;
  since: string;
  deprecated?: { version: string; replacement?: string };
  removed?: string;
  internal?: boolean;
  requiredSince?: string;
  note?: string;
}

const shared: SharedEntry[] | undefined = existsSync(SHARED) ? JSON.parse(readFileSync(SHARED, 'utf8')) : undefined;
const opts = { skip: shared ? false : `${SHARED} not present` };
const idx = (v: string) => KAFKA_VERSIONS.indexOf(v as KafkaVersion);

function sharedSince(e: SharedEntry): string {
  return e.since.replace(' or earlier', '');
}
function sharedAccepts(e: SharedEntry, v: KafkaVersion): boolean {
  return idx(v) >= idx(sharedSince(e)) && (e.removed === undefined || idx(v) < idx(e.removed));
}
function sharedDefault(e: SharedEntry, v: KafkaVersion): string | null {
  if (!e.defaultsByVersion) return e.default;
  let best: string | null | undefined;
  let bestI = -1;
  for (const [from, val] of Object.entries(e.defaultsByVersion)) {
    const i = idx(from);
    if (i <= idx(v) && i > bestI) {
      best = val;
      bestI = i;
    }
  }
  return best === undefined ? e.default : best;
}

// Importance that changed over time (the shared file has one value and a note).
const IMPORTANCE_OVERRIDES: Record<string, Partial<Record<KafkaVersion, string>>> = {
  acks: { '2.8': 'high' }, // ProducerConfig 2.8.0: Importance.HIGH; LOW from 3.0.0 (note in shared file)
  'sasl.oauthbearer.expected.audience': { '4.2': 'high' }, // 4.2 reference (note in shared file)
  'sasl.oauthbearer.expected.issuer': { '4.2': 'high' },
};

test('catalog has exactly the keys of producer-configs.json', opts, () => {
  assert.deepEqual([...allKeyNames()].sort(), shared!.map((e) => e.key).sort());
  assert.equal(allKeyNames().length, 115);
});

test('versions cover 2.8 … 4.2, newest is the default target', () => {
  assert.deepEqual([...KAFKA_VERSIONS], ['2.8', '3.0', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '3.9', '4.0', '4.1', '4.2']);
  assert.equal(LATEST_VERSION, '4.2');
});

for (const v of KAFKA_VERSIONS) {
  test(`every key × Kafka ${v}: presence, type, default, validators, importance, group, unit`, opts, () => {
    for (const e of shared!) {
      const info = getKey(e.key, v);
      const where = `${e.key} @ ${v}`;
      assert.equal(info !== undefined, sharedAccepts(e, v), `${where}: accepted?`);
      if (!info) continue;
      assert.equal(info.type, e.type, `${where}: type`);
      assert.equal(info.group, e.group, `${where}: group`);
      assert.equal(info.since, sharedSince(e), `${where}: since`);
      assert.equal(info.secret, e.type === 'password', `${where}: secret`);
      // default
      const d = sharedDefault(e, v);
      const jvmConstSince4 = (e.key === 'ssl.protocol' || e.key === 'ssl.enabled.protocols') && idx(v) >= idx('4.0');
      if (jvmConstSince4) {
        // SslConfigs at trunk 1eb7644 (4.0 line): plain constants, no Java 8 branch (Kafka 4 clients need Java 11+).
        // The shared file still carries the 2.8 "on Java 11+ / Java 8" text for every version here.
        assert.equal(info.default, e.default, `${where}: default`);
        assert.equal(info.defaultNote, undefined, `${where}: constant default from 4.0`);
      } else if (typeof d === 'string' && / on Java |JVM /.test(d)) {
        // JVM-dependent default: the catalog gives the modern-JVM literal and says why
        assert.ok(info.default && d.includes(info.default), `${where}: default ${info.default} vs ${d}`);
        assert.ok(info.defaultNote, `${where}: JVM-dependent default needs a note`);
      } else {
        assert.equal(info.default, d, `${where}: default`);
        assert.equal(info.defaultNote, undefined, `${where}: no default note`);
      }
      // enums
      let values = e.validValues;
      if (e.key === 'client.dns.lookup' && v === '2.8') values = ['default', ...values!]; // per note; ProducerConfig 2.8.0 in(DEFAULT, …)
      assert.deepEqual(info.validValues ? [...info.validValues] : undefined, values, `${where}: validValues`);
      // ranges
      const min = e.range?.min ?? undefined;
      const max = e.range?.max ?? undefined;
      assert.equal(info.range?.min, min, `${where}: range.min`);
      assert.equal(info.range?.max, max, `${where}: range.max`);
      if (e.validValuesExtra) assert.deepEqual(info.rule?.kind === 'range' ? info.rule.alsoAllowed?.map(String) : undefined, e.validValuesExtra, `${where}: extra values`);
      // importance
      assert.equal(info.importance, IMPORTANCE_OVERRIDES[e.key]?.[v] ?? e.importance, `${where}: importance`);
      // unit
      assert.equal(info.unit, ['ms', 'bytes', 'count'].includes(e.unit) ? e.unit : undefined, `${where}: unit`);
      assert.equal(info.unitHint, e.unit === 's' || e.unitNote === 'seconds' ? 'seconds' : undefined, `${where}: unitHint`);
      // lifecycle
      if (e.deprecated && e.key !== 'partitioner.class') assert.equal(info.deprecated?.since, e.deprecated.version, `${where}: deprecated`);
      else assert.equal(info.deprecated, undefined, `${where}: not deprecated`);
      assert.equal(info.removed?.since, e.removed, `${where}: removed`);
      assert.equal(info.internal ?? false, e.internal === true, `${where}: internal`);
      const required = e.requiredSince ? idx(v) >= idx(e.requiredSince) : e.type === 'class' && e.default === null && /serializer$/.test(e.key);
      assert.equal(info.required, required, `${where}: required`);
      assert.equal(info.version, v);
    }
  });
}

test('validator kinds per version follow ConfigDef at the release tags', () => {
  // compression.type: no ConfigDef validator before 3.3 (KafkaProducer rejects while constructing)
  const ct32 = getKey('compression.type', '3.2')!.rule;
  assert.ok(ct32?.kind === 'enum' && ct32.stage === 'construct');
  const ct33 = getKey('compression.type', '3.3')!.rule;
  assert.ok(ct33?.kind === 'enum' && ct33.stage === undefined && !ct33.caseInsensitive);
  // security.protocol: forName(toUpperCase) before 3.3, ValidString 3.3-3.5, CaseInsensitiveValidString 3.6+
  assert.equal(getKey('security.protocol', '3.2')!.caseInsensitive, true);
  assert.equal(getKey('security.protocol', '3.5')!.caseInsensitive, undefined);
  assert.equal(getKey('security.protocol', '3.6')!.caseInsensitive, true);
  assert.equal(getKey('metadata.recovery.strategy', '3.8')!.caseInsensitive, true);
  assert.equal(getKey('acks', LATEST_VERSION)!.caseInsensitive, undefined);
  assert.equal(getKey('transactional.id', '2.8')!.rule?.kind, 'nonEmpty');
  assert.equal(getKey('bootstrap.servers', '4.1')!.rule, null);
  assert.deepEqual(getKey('bootstrap.servers', '4.2')!.rule, { kind: 'list', nonEmpty: true });
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
});
