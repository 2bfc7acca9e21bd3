// Editor features on Spring Boot files through the facade: the dialect decision, fixes that edit YAML
// nested and dotted keys and .properties lines without touching other bytes, hover with the Spring
// property and where the value came from, completion in both syntaxes, the outline, the preview input,
// suppressions on the Spring file's lines and secrets kept out of every answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../server/src/service/languageService';
import { applyEdits } from '../../../server/src/service/fixAll';

const ls = getLanguageService();
const yml = { uri: 'file:///app/src/main/resources/application.yml', languageId: 'yaml' };
const props = { uri: 'file:///app/src/main/resources/application-prod.properties', languageId: 'spring-boot-properties' };

test('the dialect comes from the language id and the file name', () => {
  assert.equal(ls.dialect({ uri: 'file:///a/application.yml', languageId: 'yaml' }), 'spring');
  assert.equal(ls.dialect({ uri: 'file:///a/application-dev.yaml', languageId: 'spring-boot-properties-yaml' }), 'spring');
  assert.equal(ls.dialect({ uri: 'file:///a/application.properties', languageId: 'properties' }), 'spring');
  assert.equal(ls.dialect({ uri: 'file:///a/producer.properties', languageId: 'properties' }), 'kafka');
  assert.equal(ls.dialect({ uri: 'file:///a/application.properties', languageId: 'kafka-producer-config' }), 'kafka', 'a file the user gave our language stays a producer config');
  assert.equal(ls.dialect({ uri: 'file:///a/%E0%A4%A.yml' }), 'spring', 'a malformed URI escape does not throw');
});

test('a typo in a nested YAML map key: the fix renames only the piece that is wrong', () => {
  const text = 'spring:\n  kafka:\n    producer:\n      properties:\n        enavle:\n          idempotence: true\n        linger.ms: 5\n';
  const a = ls.analyze(text, {}, undefined, yml)!;
  const f = a.findings.find((x) => x.code === 'unknown-key')!;
  assert.equal(text.slice(f.span.start, f.span.end), 'idempotence');
  assert.equal(applyEdits(text, f.fixes[0]!.edits), text.replace('enavle:', 'enable:'));
});

test('acks=1 beside a transaction-id-prefix is an error on the acks line; the fix and the suppression edit the YAML', () => {
  const text = 'spring:\n  kafka:\n    producer:\n      acks: 1\n      transaction-id-prefix: tx-\n';
  const a = ls.analyze(text, { springBootVersion: '3.3' }, undefined, yml)!;
  const f = a.findings.find((x) => x.code === 'idempotence-acks')!;
  assert.equal(f.severity, 'error');
  assert.equal(text.slice(f.span.start, f.span.end), 'acks: 1');
  assert.ok(f.related?.some((r) => text.slice(r.span.start, r.span.end) === 'transaction-id-prefix'), 'the prefix line is related');
  const actions = ls.codeActions(a, { span: { start: f.span.start, end: f.span.start } }, {});
  assert.equal(applyEdits(text, actions[0]!.edits), text.replace('acks: 1', 'acks: all'));
  const ignore = actions.find((x) => x.title.includes('kpc-disable-next-line'))!;
  const silenced = applyEdits(text, ignore.edits);
  assert.match(silenced, /\n {6}# kpc-disable-next-line idempotence-acks\n {6}acks: 1/);
  assert.equal(ls.analyze(silenced, {}, undefined, yml)!.findings.filter((x) => x.code === 'idempotence-acks').length, 0, 'the comment silences it on the YAML line');
  assert.deepEqual(ls.effectiveConfig(a, true).values, { acks: '1', 'enable.idempotence': 'true', 'transactional.id': 'tx-0' });
  assert.equal(ls.effectiveConfig(a, true).kafkaVersion, '3.7', 'the Kafka version Boot 3.3 manages');
  assert.equal(ls.effectiveConfig(ls.analyze(text, { springBootVersion: '3.3', kafkaVersion: 'latest' }, undefined, yml)!, true).kafkaVersion, '3.7', "the setting's default `latest` leaves it to Boot");
  assert.equal(ls.effectiveConfig(ls.analyze(text, { springBootVersion: '3.3', kafkaVersion: '3.9' }, undefined, yml)!, true).kafkaVersion, '3.9', 'a Kafka version set wins');
});

test('a missing key is added under the producer properties map, in its syntax', () => {
  const text = 'spring:\n  kafka:\n    producer:\n      acks: 1\n      properties:\n        linger.ms: 5\n';
  const a = ls.analyze(text, {}, undefined, yml)!;
  const f = a.findings.find((x) => x.code === 'idempotence-acks')!;
  const add = f.fixes.find((x) => x.title.startsWith('Add enable.idempotence=false'))!;
  assert.equal(applyEdits(text, add.edits), 'spring:\n  kafka:\n    producer:\n      acks: 1\n      properties:\n        linger.ms: 5\n        enable.idempotence: false\n');
  const p = 'spring.kafka.producer.acks=1\n';
  const b = ls.analyze(p, {}, undefined, props)!;
  const g = b.findings.find((x) => x.code === 'idempotence-acks')!;
  assert.equal(applyEdits(p, g.fixes.find((x) => x.title.startsWith('Add enable.idempotence=false'))!.edits), p + 'spring.kafka.producer.properties.enable.idempotence=false\n');
});

test('hover on a map key: the Kafka docs, the Spring property, the value Kafka gets and where from; secrets masked', () => {
  const text = 'spring.kafka.producer.properties.linger.ms=5\nspring.kafka.producer.properties.ssl.key.password=hunter2\n';
  const a = ls.analyze(text, {}, undefined, props)!;
  const h = ls.hover(a, text.indexOf('linger'))!;
  assert.match(h.contents, /linger\.ms/);
  assert.match(h.contents, /Spring Boot 4\.1\.1/);
  assert.match(h.contents, /Kafka gets `linger\.ms` = `5` — from `spring\.kafka\.producer\.properties\.linger\.ms` \(line 1\)/);
  const s = ls.hover(a, text.indexOf('hunter2'))!;
  assert.ok(!s.contents.includes('hunter2'), 'a secret value never appears in a hover');
  assert.ok(!JSON.stringify(ls.documentSymbols(a)).includes('hunter2'), 'nor in the outline');
  assert.ok(!JSON.stringify(a.findings).includes('hunter2'), 'nor in a message');
});

test('completion: Kafka keys under the properties maps and typed names, in YAML and .properties syntax', () => {
  const y = 'spring:\n  kafka:\n    producer:\n      properties:\n        ling\n';
  const c = ls.complete(ls.analyze(y, {}, undefined, yml)!, y.indexOf('ling') + 4);
  const linger = c.items.find((i) => i.label === 'linger.ms')!;
  assert.equal(linger.insertText, 'linger.ms: ${1:5}');
  const t = 'spring:\n  kafka:\n    producer:\n      ac\n';
  const typed = ls.complete(ls.analyze(t, {}, undefined, yml)!, t.indexOf('ac') + 2);
  assert.ok(typed.items.some((i) => i.label === 'acks' && i.insertText === 'acks: '));
  assert.ok(typed.items.some((i) => i.label === 'transaction-id-prefix'));
  const v = 'spring:\n  kafka:\n    producer:\n      acks: \n';
  assert.deepEqual(ls.complete(ls.analyze(v, {}, undefined, yml)!, v.indexOf('acks: ') + 6).items.map((i) => i.label).slice(0, 2), ['all', '-1']);
  const p = 'spring.kafka.producer.properties.lin';
  const pc = ls.complete(ls.analyze(p, {}, undefined, props)!, p.length);
  assert.equal(pc.items.find((i) => i.label === 'linger.ms')!.insertText, 'linger.ms=${1:5}');
  assert.deepEqual(pc.items[0]!.span, { start: 'spring.kafka.producer.properties.'.length, end: p.length });
  const outside = 'server:\n  port: 8080\n  ';
  assert.equal(ls.complete(ls.analyze(outside, {}, undefined, yml)!, outside.length).items.length, 0, 'nothing outside spring.kafka');
});

test('a # kpc: spring-boot= comment picks the Boot release; bootstrap.servers in a map is reported from 3.1', () => {
  const text = '# kpc: spring-boot=3.0\nspring.kafka.properties.bootstrap.servers=a:9092\n';
  const old = ls.analyze(text, { springBootVersion: '3.5' }, undefined, props)!;
  assert.equal(old.spring!.file.target.line, '3.0');
  assert.equal(old.findings.filter((f) => f.code === 'spring-bootstrap-ignored').length, 0);
  const now = ls.analyze(text.replace('3.0', '3.1'), {}, undefined, props)!;
  const f = now.findings.find((x) => x.code === 'spring-bootstrap-ignored')!;
  assert.match(f.message, /spring-boot#35694/);
  assert.equal(applyEdits(text.replace('3.0', '3.1'), f.fixes[0]!.edits), '# kpc: spring-boot=3.1\nspring.kafka.bootstrap-servers=a:9092\n');
  assert.equal(ls.analyze(text, { spring: false }, undefined, props), undefined, 'Spring support off: no analysis');
});

test('Korean messages for the Spring rules', () => {
  const ko = getLanguageService({ locale: 'ko' });
  const a = ko.analyze('spring.kafka.producer.batch-sise=1\n', {}, undefined, props)!;
  assert.match(a.findings[0]!.message, /^'spring.kafka.producer.batch-size'을\(를\) 의도했나요\? .*Spring Boot Kafka 속성이 아니므로/);
});

test('spring-yaml-error: a key twice under spring.kafka is an error, with the first as related; a duplicate elsewhere is not this extension\'s to report', () => {
  const ls = getLanguageService();
  const yml = { uri: 'file:///p/src/main/resources/application.yml', languageId: 'yaml' };
  const text = 'spring:\n  kafka:\n    producer:\n      acks: all\n  kafka:\n    bootstrap-servers: b:9092\nserver:\n  port: 1\n  port: 2\n';
  const found = ls.analyze(text, {}, undefined, yml)!.findings.filter((f) => f.code === 'spring-yaml-error');
  assert.deepEqual(found.map((f) => text.slice(f.span.start, f.span.end)), ['kafka']);
  assert.equal(found[0]!.severity, 'error');
  assert.equal(found[0]!.related?.[0]?.span.start, text.indexOf('kafka'));
  assert.match(found[0]!.message, /^Remove one of the two 'kafka' keys.*DuplicateKeyException/);
  const broken = ls.analyze('spring:\n  kafka:\n    producer:\n      acks: "all\n', {}, undefined, yml)!;
  assert.ok(broken.findings.some((f) => f.code === 'spring-yaml-error' && /^Fix the YAML here/.test(f.message)));
});

test('hostile Spring files: every feature answers at every offset without throwing', () => {
  const inputs = [
    '',
    ':::\n- - -\n  ? [a, b]\n  : {c: *x}\n',
    'spring:\n  kafka: &k\n    producer:\n      properties: *k\n',
    'spring.kafka.producer.properties.\\u12=x\nspring.kafka.producer.properties[=1\n',
    'spring:\n  kafka:\n    producer:\n      properties:\n        "[a.b": 1\n        ? |\n          x\n        : 2\n\t\tbad: tab\n',
    '\uFEFFspring.kafka.producer.acks=1\r\nspring.kafka.producer.transaction-id-prefix=\r\n#---\r\nspring.config.activate.on-profile=(a&\r\n',
    'spring.kafka.producer:\n  acks: [1, 2]\n  batch-size: {a: 1}\n  properties: [x, y]\n  retries: !!binary AAAA\n',
  ];
  for (const text of inputs) {
    for (const doc of [yml, props]) {
      const a = ls.analyze(text, {}, undefined, doc)!;
      for (let o = 0; o <= text.length; o++) {
        ls.hover(a, o);
        ls.complete(a, o);
        ls.codeActions(a, { span: { start: o, end: o } }, {});
      }
      ls.documentSymbols(a);
      ls.effectiveConfig(a, true);
      const fix = ls.resolveFixAll(a, {});
      if (fix) ls.analyze(applyEdits(text, fix.edits), {}, undefined, doc);
    }
  }
});
