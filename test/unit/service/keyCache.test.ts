// The findings analyze.ts keeps per key between edits (keyCache.ts): which rules it serves, that running such a
// rule over some keys gives exactly those keys' findings, and that after an edit of any line a rule's registry
// scope reads (plugin classes, config providers, the keys in `reads`, directives) the kept findings are a fresh
// analysis's, on every fixture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeLatin1, parseProperties } from '#core';
import { analyze, analyzeIncremental, ruleContext, type AnalysisOptions } from '../../../server/src/service/analyze';
import { KEYWISE_RULES } from '../../../server/src/service/keyCache';
import { getLanguageService } from '../../../server/src/service/languageService';
import { namesPlugins, ruleApplies, scopeReads } from '../../../server/src/service/rules/definition';
import { RULES } from '../../../server/src/service/rules/index';
import type { Finding } from '../../../server/src/service/types';
import { FIXTURE_CASES, ROOT } from '../fixtureCases';

const CASES = FIXTURE_CASES.map((c) => ({ name: relative(ROOT, c.input), text: decodeLatin1(readFileSync(c.input)) }));
const TARGETS: AnalysisOptions[] = [{ kafkaVersion: '2.8', client: 'console-producer', decoded: 'latin1' }, { kafkaVersion: '3.9', decoded: 'latin1' }, { kafkaVersion: '4.4.0', decoded: 'latin1', locale: 'ko' }];

test('the key-wise rules are registered rules whose scope (entry, or file with what it reads) says when to check a key again', () => {
  assert.deepEqual([...KEYWISE_RULES].map((r) => r.code).sort(), [
    'consumer-key', 'deprecated-key', 'invalid-value', 'out-of-range', 'plaintext-secret', 'plugin-key', 'quoted-value', 'removed-key', 'unknown-class', 'unknown-key', 'unresolved-placeholder',
  ]);
  for (const rule of KEYWISE_RULES) {
    assert.ok(RULES.includes(rule as (typeof RULES)[number]), `${rule.code} is in the registry's RULES`);
    assert.ok(rule.check, rule.code);
    assert.ok(rule.scope.kind === 'entry' || rule.scope.kind === 'file', `${rule.code}: a ${rule.scope.kind} rule cannot be kept per key`);
  }
  // The plugin-aware rules declare the lines that name plugins, and the cache reads that from their scope.
  for (const code of ['consumer-key', 'deprecated-key', 'invalid-value', 'out-of-range', 'plugin-key', 'unknown-class']) {
    const rule = [...KEYWISE_RULES].find((r) => r.code === code)!;
    assert.ok(scopeReads(rule.scope, 'value.serializer') && scopeReads(rule.scope, 'config.providers.file.class'), code);
    assert.ok(!scopeReads(rule.scope, 'app.custom.key'), code);
  }
  assert.ok(namesPlugins('interceptor.classes') && namesPlugins('config.providers.vault.class'));
  // unknown-key reads every line for a key with a did-you-mean; its other keys only the plugin lines and the JMX keys.
  const unknown = [...KEYWISE_RULES].find((r) => r.code === 'unknown-key')!;
  assert.ok(unknown.scope.kind === 'file' && unknown.scope.reads === 'all' && unknown.scope.narrow?.plugins === true);
});

test('a key-wise rule run over some keys (and their entries) gives exactly the findings of those keys, on their lines', () => {
  let compared = 0;
  for (const c of CASES) {
    const parsed = parseProperties(c.text);
    for (const o of TARGETS) {
      const ctx = ruleContext(parsed, o);
      for (const rule of KEYWISE_RULES) {
        if (!ruleApplies(rule, ctx.target)) continue;
        const whole: Finding[] = [];
        rule.check!(ctx, whole);
        const parts: Finding[] = [];
        for (const [key, idx] of ctx.byKey) {
          const one: Finding[] = [];
          rule.check!({ ...ctx, byKey: narrowTo(ctx.byKey, key), checkedEntries: () => idx }, one);
          for (const f of one) assert.ok(idx.some((i) => f.span.start >= ctx.entries[i]!.span.start && f.span.start < ctx.entries[i]!.span.end + 1), `${c.name}: ${rule.code}'s finding for ${key} is not on its lines`);
          parts.push(...one);
        }
        // (a rule that goes entry by entry gives a repeated key's findings in file order, the cache key by key: compared as sets)
        assert.deepEqual(parts.map((f) => JSON.stringify(f)).sort(), whole.map((f) => JSON.stringify(f)).sort(), `${c.name} at ${o.kafkaVersion}: ${rule.code} key by key`);
        compared += whole.length;
      }
    }
  }
  assert.ok(compared > 50, `only ${compared} findings compared`);
});

/** byKey iterating only `key` while lookups see every key (what keyCache.ts hands a rule). */
function narrowTo(all: Map<string, number[]>, key: string): Map<string, number[]> {
  const m = new Map([[key, all.get(key)!]]);
  m.get = (k: string) => all.get(k);
  m.has = (k: string) => all.has(k);
  return m;
}

// Lines each rule's scope may read: plugin classes and config providers (`plugins`), keys in `reads`, the JMX keys
// unknown-key's narrow scope reads, directives, and lines no rule reads.
const LINES = [
  'value.serializer=io.confluent.kafka.serializers.KafkaAvroSerializer', 'key.serializer=org.apache.kafka.common.serialization.StringSerializer',
  'value.serializer=com.example.OwnSerializer', 'interceptor.classes=io.confluent.monitoring.clients.interceptor.MonitoringProducerInterceptor',
  'config.providers=file', 'config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider',
  'partitioner.class=org.apache.kafka.clients.producer.UniformStickyPartitioner', 'schema.registry.ulr=http://r', 'basic.auth.user.info=u:p',
  'metrics.jmx.exclude=x', 'metrics.jmx.blacklist=x', 'enable.idempotence=true', 'acks=1', 'retriess=3', 'zz.not.read.by.anyone=1',
  '# kpc: allow zz.* retriess', '# kpc: kafka-version=3.0', '# kpc: client=console-producer', '# plain comment', '',
];

test('after an edit of a line any rule reads, the findings kept per key are a fresh analysis of the text', () => {
  let edits = 0;
  for (const c of CASES) {
    const lines = c.text.split('\n');
    // the last line with text: replaced by each line above, then given back (two one-line edits)
    let at = lines.length - 1;
    while (at >= 0 && (lines[at]!.trim() === '' || /[\\\r]/.test(lines[at]!) || (lines[at - 1] ?? '').endsWith('\\'))) at--;
    if (at < 0) continue;
    const start = lines.slice(0, at).reduce((n, l) => n + l.length + 1, 0);
    const original = lines[at]!;
    for (const o of TARGETS) {
      let text = c.text;
      let a = analyze(text, o);
      for (const line of LINES) {
        for (const [from, to] of [[original, line], [line, original]] as const) {
          text = text.slice(0, start) + to + text.slice(start + from.length);
          a = analyzeIncremental(a, [{ start, end: start + from.length, text: to }], text, o);
          assert.deepEqual(a.findings, analyze(text, o).findings, `${c.name} at ${o.kafkaVersion}: line ${at + 1} '${from}' → '${to}'`);
          edits++;
        }
      }
    }
  }
  assert.ok(edits > 1000, `only ${edits} edits`);
});

test('Spring Boot files are analysed whole on every edit (no findings kept), and give a fresh analysis\'s findings', () => {
  const service = getLanguageService();
  for (const name of ['application.properties', 'application.yml']) {
    let text = readFileSync(join(ROOT, 'examples', 'spring', name), 'utf8');
    const doc = { uri: `file:///w/${name}`, languageId: name.endsWith('.yml') ? 'yaml' : 'properties' };
    let a = service.analyze(text, {}, undefined, doc)!;
    assert.ok(a.spring && a.findings.length > 0, name);
    // edits inside one line: a value, a misspelt key, a serializer class
    for (const [from, to] of [['=', '= '], ['acks', 'acsk'], ['acsk', 'acks'], ['StringSerializer', 'KafkaAvroSerializer']] as const) {
      const start = text.indexOf(from);
      if (start < 0) continue;
      text = text.slice(0, start) + to + text.slice(start + from.length);
      a = service.analyze(text, {}, { analysis: a, changes: [{ start, end: start + from.length, text: to }] }, doc)!;
      assert.deepEqual(a.findings, service.analyze(text, {}, undefined, doc)!.findings, `${name}: '${from}' → '${to}'`);
    }
  }
});
