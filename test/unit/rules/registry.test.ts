// The rule registry: every rule documents itself (en and ko), its example shows what it reports, the files
// generated from it are up to date, every finding of every fixture belongs to a registered rule with a severity
// it declares, and each rule's scope (the contract incremental re-checking builds on) holds on every fixture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeLatin1, parseProperties, type ParsedProperties } from '#core';
import { analyze, ruleContext, type AnalysisOptions } from '../../../server/src/service/analyze';
import { ruleApplies, scopeReads, type RuleDefinition } from '../../../server/src/service/rules/definition';
import { ALL_CODES, REGISTRY, RULES, ruleByCode } from '../../../server/src/service/rules/index';
import { getLanguageService } from '../../../server/src/service/languageService';
import { readProjectConfig } from '../../../server/src/service/project/config';
import type { Finding } from '../../../server/src/service/types';
import { generatedFiles } from '../../../scripts/rulesGenerated';
import { FIXTURE_CASES, MATRIX_CLIENTS, MATRIX_VERSIONS, ROOT } from '../fixtureCases';

const HANGUL = /[\uac00-\ud7a3]/;

test('every rule has a unique kebab-case code, a severity it declares, and docs in English and Korean', () => {
  assert.ok(REGISTRY.length >= 32);
  assert.equal(new Set(REGISTRY.map((r) => r.code)).size, REGISTRY.length);
  for (const r of REGISTRY) {
    assert.match(r.code, /^[a-z]+(-[a-z0-9]+)*$/, r.code);
    assert.ok(r.severities.includes(r.defaultSeverity), `${r.code}: default severity not among its severities`);
    for (const locale of ['en', 'ko'] as const) {
      const d = r.docs[locale];
      for (const field of ['summary', 'what', 'why', 'fix'] as const) {
        assert.ok(d[field].trim().length > 20, `${r.code}: ${locale}.${field} is empty or too short`);
        if (locale === 'ko') assert.match(d[field], HANGUL, `${r.code}: ko.${field} is not Korean`);
      }
    }
    assert.equal(r.check === undefined, r.scope.kind === 'host' || r.dialect === 'spring', `${r.code}: only host and Spring rules have no check here`);
    assert.equal(r.example === undefined, r.scope.kind === 'host', `${r.code}: every rule the analysis runs has an example`);
  }
});

/** The target an example names (`# kpc: kafka-version=3.0.0`) is a comment of its text, so it is analysed as written. */
function exampleText(r: RuleDefinition, which: 'bad' | 'good'): string {
  const ex = r.example!;
  return (ex.target ? `# kpc: ${ex.target}\n` : '') + ex[which];
}

/** The team policy an example is checked with (its `.kpc.json`), read the way kpc reads the file. */
function exampleOptions(r: RuleDefinition): AnalysisOptions {
  if (!r.example?.policy) return {};
  const reading = readProjectConfig('.kpc.json', r.example.policy);
  assert.deepEqual(reading.problems, [], `${r.code}: the example's .kpc.json has problems`);
  return { policy: reading.config!.policy! };
}

for (const r of RULES) {
  test(`the example of ${r.code}: the bad file gets it, the fixed one does not`, () => {
    const o = exampleOptions(r);
    const bad = analyze(exampleText(r, 'bad'), o).findings.filter((f) => f.code === r.code);
    assert.ok(bad.length > 0, `${r.code}: the bad example is not reported`);
    assert.deepEqual(analyze(exampleText(r, 'good'), o).findings.filter((f) => f.code === r.code), [], `${r.code}: the fixed example is still reported`);
  });
}

// Spring rules run on the Spring analysis: their examples are Spring Boot files, read through the facade.
for (const r of REGISTRY.filter((x) => x.dialect === 'spring')) {
  test(`the example of ${r.code} (a Spring Boot file): the bad file gets it, the fixed one does not`, () => {
    const ex = r.example!;
    assert.ok(ex.file, `${r.code}: a Spring rule's example names its file`);
    const ls = getLanguageService();
    const doc = { uri: `file:///project/src/main/resources/${ex.file}` };
    assert.equal(ls.dialect(doc), 'spring');
    const codes = (text: string) => ls.analyze(text, {}, undefined, doc)!.findings.filter((f) => f.code === r.code);
    assert.ok(codes(exampleText(r, 'bad')).length > 0, `${r.code}: the bad example is not reported`);
    assert.deepEqual(codes(exampleText(r, 'good')), [], `${r.code}: the fixed example is still reported`);
  });
}

test('the files generated from the registry are up to date (npm run rules:docs)', () => {
  const { write } = generatedFiles((p) => (existsSync(join(ROOT, p)) ? readFileSync(join(ROOT, p), 'utf8') : undefined));
  for (const [path, text] of write) {
    const full = join(ROOT, path);
    assert.ok(existsSync(full), `${path} is missing: run npm run rules:docs`);
    assert.equal(readFileSync(full, 'utf8'), text, `${path} is stale: run npm run rules:docs`);
  }
  const pages = readdirSync(join(ROOT, 'docs/rules')).map((n) => `docs/rules/${n}`);
  assert.deepEqual(pages.filter((p) => !write.has(p)), [], 'pages of rules that are not registered');
  assert.equal(pages.length, REGISTRY.length);
});

test('package.json offers exactly the configurable codes under kafkaProducerConfig.severity', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const offered = Object.keys(pkg.contributes.configuration.properties['kafkaProducerConfig.severity'].properties).sort();
  assert.deepEqual(offered, [...ALL_CODES].sort());
});

const CASES = FIXTURE_CASES.map((c) => ({ name: relative(ROOT, c.input), text: decodeLatin1(readFileSync(c.input)) }));
const TARGETS: AnalysisOptions[] = MATRIX_VERSIONS.flatMap((v) => MATRIX_CLIENTS.map((client) => ({ kafkaVersion: v, client, decoded: 'latin1' as const })));

test('every finding of every fixture belongs to a rule that applies, with a severity the rule declares', () => {
  const byCode = new Map(REGISTRY.map((r) => [r.code, r]));
  const seen = new Set<string>();
  for (const c of CASES) {
    for (const o of TARGETS) {
      const a = analyze(c.text, o);
      for (const f of a.findings) {
        const r = byCode.get(f.code);
        assert.ok(r, `${c.name}: '${f.code}' is not registered`);
        assert.ok(r.severities.includes(f.severity), `${c.name}: ${f.code} gave ${f.severity}, not among ${r.severities.join(', ')}`);
        assert.ok(ruleApplies(r, a.target), `${c.name}: ${f.code} reported at ${o.kafkaVersion}/${o.client}, outside its appliesTo`);
        seen.add(f.code);
      }
    }
  }
  assert.ok(seen.size >= 25, `the fixtures exercise only ${seen.size} rules`);
});

test('every finding of every Spring fixture belongs to a registered rule, with a severity the rule declares', () => {
  const ls = getLanguageService();
  const dir = join(ROOT, 'test', 'fixtures', 'spring');
  const seen = new Set<string>();
  for (const name of readdirSync(dir).filter((n) => /\.(properties|ya?ml)$/.test(n))) {
    const bytes = readFileSync(join(dir, name));
    const text = name.endsWith('.properties') ? decodeLatin1(bytes) : bytes.toString('utf8');
    const doc = { uri: `file:///project/src/main/resources/${name}`, languageId: name.endsWith('.properties') ? 'spring-boot-properties' : 'yaml' };
    for (const springBootVersion of ['2.7', '3.1', '4.1']) {
      for (const f of ls.analyze(text, { springBootVersion }, undefined, doc)!.findings) {
        const r = ruleByCode(f.code);
        assert.ok(r, `${name}: '${f.code}' is not registered`);
        assert.ok(r.severities.includes(f.severity), `${name}: ${f.code} gave ${f.severity}, not among ${r.severities.join(', ')}`);
        if (r.dialect === 'spring') seen.add(f.code);
      }
    }
  }
  assert.ok(seen.size >= 5, `the Spring fixtures exercise only ${seen.size} Spring rules`);
});

// ---- scope: the contract for re-running only some rules after an edit ---------------------------------

function run(rule: RuleDefinition, parsed: ParsedProperties, o: AnalysisOptions): Finding[] {
  const out: Finding[] = [];
  const ctx = ruleContext(parsed, o);
  if (ruleApplies(rule, ctx.target)) rule.check!(ctx, out);
  return out;
}

const within = (f: Finding, s: { start: number; end: number }) => f.span.start >= s.start && f.span.end <= s.end;

test("an entry rule's findings for an entry are those of a file holding that entry alone", () => {
  const rules = RULES.filter((r) => r.scope.kind === 'entry');
  assert.ok(rules.length >= 4);
  let compared = 0;
  for (const c of CASES) {
    const parsed = parseProperties(c.text);
    for (const o of TARGETS.filter((_, i) => i % 3 === 0)) {
      for (const r of rules) {
        const whole = run(r, parsed, o);
        const parts: Finding[] = [];
        parsed.entries.forEach((e) => {
          const alone: ParsedProperties = { ...parsed, entries: [e], problems: parsed.problems.filter((p) => within({ span: p.span } as Finding, e.span)) };
          parts.push(...run(r, alone, o));
        });
        const key = (f: Finding) => JSON.stringify(f);
        assert.deepEqual(parts.map(key).sort(), whole.map(key).sort(), `${c.name} at ${o.kafkaVersion}/${o.client}: ${r.code} depends on more than one entry`);
        compared += whole.length;
      }
    }
  }
  assert.ok(compared > 50, `only ${compared} findings compared`);
});

test("a file rule's findings do not change when a line of a key it does not read is added", () => {
  const rules = RULES.filter((r) => r.scope.kind === 'file' && r.scope.reads !== 'all');
  assert.ok(rules.length >= 15);
  // Lines of keys some rule reads (and two no rule reads), each added where a rule does not read its key.
  const extra = [
    'zz.not.read.by.anyone=1', 'client.id=unrelated', 'acks=0', 'retries=0', 'enable.idempotence=false', 'transactional.id=t',
    'max.in.flight.requests.per.connection=9', 'linger.ms=100', 'batch.size=1', 'buffer.memory=1', 'compression.type=gzip',
    'delivery.timeout.ms=1', 'request.timeout.ms=999999', 'partitioner.class=x.Y', 'partitioner.rack.aware=true', 'client.rack=',
    'security.protocol=SASL_SSL', 'sasl.mechanism=', 'metadata.recovery.strategy=none', 'buffer.memory.allocation.strategy=incremental',
    'bootstrap.servers=x:1', 'key.serializer=x.Y',
    // lines that name plugins: they decide which plugin keys exist (rules declare them with `plugins`)
    'value.serializer=io.confluent.kafka.serializers.KafkaAvroSerializer', 'interceptor.classes=io.confluent.monitoring.clients.interceptor.MonitoringProducerInterceptor',
    'config.providers=file', 'config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider',
  ];
  const targets: AnalysisOptions[] = [{ kafkaVersion: '2.8', client: 'console-producer' }, { kafkaVersion: '3.0.0' }, { kafkaVersion: '3.9' }, { kafkaVersion: '4.4.0' }];
  for (const c of CASES) {
    for (const o of targets) {
      for (const r of rules) {
        const scope = r.scope as Extract<RuleDefinition['scope'], { kind: 'file' }>;
        for (const line of extra) {
          if (scopeReads(scope, line.slice(0, line.indexOf('=')))) continue;
          const before = run(r, parseProperties(c.text), o).map((f) => JSON.stringify(f));
          const sep = c.text === '' || c.text.endsWith('\n') ? '' : '\n';
          // findings on the added line itself are that line's own (a file rule may report each line too)
          const added = c.text.length + sep.length;
          const after = run(r, parseProperties(c.text + sep + line + '\n'), o).filter((f) => f.span.start < added).map((f) => JSON.stringify(f));
          assert.deepEqual(after, before, `${c.name} at ${o.kafkaVersion}/${o.client}: ${r.code} reads more than ${(scope.reads as readonly string[]).join(', ')} (a '${line}' line changed its findings)`);
          if (scope.firstEntry) continue;
          // A line before all others shifts every offset by its length and changes which entry comes first.
          const head = line + '\n';
          const shifted = run(r, parseProperties(head + c.text), o).filter((f) => f.span.start >= head.length).map((f) => JSON.stringify(shift(f, -head.length)));
          assert.deepEqual(shifted, before, `${c.name} at ${o.kafkaVersion}/${o.client}: ${r.code} depends on the first entry (declare firstEntry)`);
        }
      }
    }
  }
});

function shift(f: Finding, d: number): Finding {
  const s = (x: { start: number; end: number }) => ({ start: x.start + d, end: x.end + d });
  return {
    ...f,
    span: s(f.span),
    fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, span: s(e.span) })) })),
    ...(f.related ? { related: f.related.map((r) => ({ ...r, span: s(r.span) })) } : {}),
  };
}
