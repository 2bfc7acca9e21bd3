// Kafka version from Maven builds: what each pom shape gives, and the notes when it cannot tell.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ProjectContext } from '../../../server/src/service/project/detect';
import { interpolate } from '../../../server/src/service/project/maven';
import { memFs } from './memfs';

const pom = (body: string, head = '<groupId>com.example</groupId><artifactId>app</artifactId><version>1.0</version>'): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n  ${head}\n${body}\n</project>\n`;
const dep = (a: string, v?: string, extra = ''): string => `<dependency><groupId>org.apache.kafka</groupId><artifactId>${a}</artifactId>${v !== undefined ? `<version>${v}</version>` : ''}${extra}</dependency>`;
const deps = (...d: string[]): string => `  <dependencies>${d.join('')}</dependencies>`;
const bootParent = (v: string): string => `<parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>${v}</version><relativePath/></parent><groupId>com.example</groupId><artifactId>app</artifactId>`;

function detect(files: Record<string, string | Error>, file = '/repo/producer.config', root = '/repo') {
  const d = new ProjectContext(memFs(files)).detectKafkaVersion(file, root);
  return d && { ...d, how: d.how?.en, notes: d.notes.map((n) => n.en) };
}

test('kafka-clients with its own version', () => {
  const d = detect({ '/repo/pom.xml': pom(deps(dep('kafka-clients', '3.6.1'))) });
  assert.deepEqual(d, { file: '/repo/pom.xml', line: 5, version: '3.6.1', kafkaVersion: '3.6.1', minor: '3.6', how: 'kafka-clients 3.6.1 in pom.xml', notes: [] });
});

test('a ${property}, nested, resolved from the pom', () => {
  const d = detect({ '/repo/pom.xml': pom(`  <properties><kafka.major>3</kafka.major><kafka.version>\${kafka.major}.6.1</kafka.version></properties>\n${deps(dep('kafka-clients', '${kafka.version}'))}`) });
  assert.equal(d?.kafkaVersion, '3.6.1');
  assert.equal(d?.how, 'kafka-clients 3.6.1 in pom.xml (${kafka.version} in pom.xml)');
});

test('interpolate: nested, missing and self-referencing properties', () => {
  const props: Record<string, string> = { a: '${b}.1', b: '3.${c}', c: '6', loop: '${loop}' };
  assert.deepEqual(interpolate('${a}', (n) => props[n]), { value: '3.6.1' });
  assert.equal(interpolate('${nope}', (n) => props[n]).missing, 'nope');
  assert.ok(interpolate('${loop}', (n) => props[n]).missing !== undefined);
});

test('the parent pom in the repository: its properties and <dependencyManagement> (default relativePath)', () => {
  const d = detect(
    {
      '/repo/pom.xml': pom(`  <packaging>pom</packaging>\n  <properties><kafka.version>3.5.2</kafka.version></properties>\n  <dependencyManagement>${deps(dep('kafka-clients', '${kafka.version}'))}</dependencyManagement>`, '<groupId>com.example</groupId><artifactId>parent</artifactId><version>7</version>'),
      '/repo/app/pom.xml': pom(deps(dep('kafka-clients')), '<parent><groupId>com.example</groupId><artifactId>parent</artifactId><version>7</version></parent><artifactId>app</artifactId>'),
    },
    '/repo/app/src/main/resources/producer.properties',
  );
  assert.equal(d?.kafkaVersion, '3.5.2');
  assert.equal(d?.file, '/repo/pom.xml');
  assert.equal(d?.how, 'kafka-clients 3.5.2 in the <dependencyManagement> of ../pom.xml (${kafka.version} in ../pom.xml)');
});

test('a child property overrides the parent; a relativePath to a directory finds its pom.xml', () => {
  const d = detect({
    '/repo/platform/pom.xml': pom(`  <properties><kafka.version>3.5.2</kafka.version></properties>\n  <dependencyManagement>${deps(dep('kafka-clients', '${kafka.version}'))}</dependencyManagement>`, '<groupId>com.example</groupId><artifactId>platform</artifactId><version>7</version>'),
    '/repo/pom.xml': pom(`  <properties><kafka.version>3.7.1</kafka.version></properties>\n${deps(dep('kafka-clients'))}`, '<parent><groupId>com.example</groupId><artifactId>platform</artifactId><version>7</version><relativePath>platform</relativePath></parent><artifactId>app</artifactId>'),
  });
  assert.equal(d?.kafkaVersion, '3.7.1');
});

test('a parent whose coordinates differ from the local file is not read; the note names it', () => {
  const d = detect({
    '/pom.xml': pom(`  <properties><kafka.version>3.5.2</kafka.version></properties>`, '<groupId>other</groupId><artifactId>other</artifactId><version>1</version>'),
    '/repo/pom.xml': pom(deps(dep('kafka-clients', '${kafka.version}')), '<parent><groupId>com.acme</groupId><artifactId>acme-parent</artifactId><version>12</version></parent><artifactId>app</artifactId>'),
  }, '/repo/producer.config', '/');
  assert.equal(d?.kafkaVersion, undefined);
  assert.deepEqual(d?.notes, ['kafka-clients ${kafka.version}: ${kafka.version} is not defined in pom.xml (it may come from the parent com.acme:acme-parent:12, which is not in this repository)']);
});

test('a parent outside the walk root is not read', () => {
  const d = detect({
    '/outside/pom.xml': pom(`  <properties><kafka.version>3.5.2</kafka.version></properties>`, '<groupId>com.example</groupId><artifactId>parent</artifactId><version>7</version>'),
    '/outside/repo/pom.xml': pom(deps(dep('kafka-clients', '${kafka.version}')), '<parent><groupId>com.example</groupId><artifactId>parent</artifactId><version>7</version></parent><artifactId>app</artifactId>'),
  }, '/outside/repo/producer.config', '/outside/repo');
  assert.equal(d?.kafkaVersion, undefined);
  assert.match(d!.notes[0]!, /not defined in pom\.xml/);
});

test('spring-boot-starter-parent: the Kafka version Spring Boot manages', () => {
  const d = detect({ '/repo/pom.xml': pom(deps('<dependency><groupId>org.springframework.kafka</groupId><artifactId>spring-kafka</artifactId></dependency>'), bootParent('3.2.5')) });
  assert.deepEqual(d, { file: '/repo/pom.xml', line: 4, version: '3.6.2', kafkaVersion: '3.6.2', minor: '3.6', how: 'Spring Boot 3.2.5 manages kafka-clients 3.6.2 (spring-boot-starter-parent in pom.xml)', springBoot: '3.2.5', notes: [] });
});

test('<kafka.version> overrides the version Spring Boot manages (parent only)', () => {
  const d = detect({ '/repo/pom.xml': pom('  <properties><kafka.version>3.7.0</kafka.version></properties>', bootParent('3.2.5')) });
  assert.equal(d?.kafkaVersion, '3.7.0');
  assert.equal(d?.how, '<kafka.version>3.7.0</kafka.version> in pom.xml overrides the kafka-clients version of Spring Boot 3.2.5 (instead of 3.6.2)');
  assert.equal(d?.springBoot, '3.2.5');
});

test('an explicit kafka-clients version wins over Spring Boot management', () => {
  const d = detect({ '/repo/pom.xml': pom(deps(dep('kafka-clients', '3.5.1')), bootParent('3.2.5')) });
  assert.equal(d?.kafkaVersion, '3.5.1');
});

test('spring-boot-dependencies imported as a BOM: managed, and <kafka.version> has no effect', () => {
  const d = detect({
    '/repo/pom.xml': pom(`  <properties><kafka.version>3.7.0</kafka.version><boot.version>2.7.18</boot.version></properties>\n  <dependencyManagement><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-dependencies</artifactId><version>\${boot.version}</version><type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>`),
  });
  assert.equal(d?.kafkaVersion, '3.1.2');
  assert.equal(d?.how, 'Spring Boot 2.7.18 manages kafka-clients 3.1.2 (spring-boot-dependencies imported in pom.xml)');
  assert.match(d!.notes[0]!, /<kafka\.version> has no effect here/);
});

test('a Boot release missing from the table: its line when every release of the line agrees, else nothing', () => {
  const later = detect({ '/repo/pom.xml': pom('', bootParent('3.2.99')) });
  assert.equal(later?.kafkaVersion, '3.6');
  assert.equal(later?.minor, '3.6');
  assert.match(later!.notes[0]!, /every Boot 3\.2 release in it manages Kafka 3\.6/);
  const unknownLine = detect({ '/repo/pom.xml': pom('', bootParent('9.1.0')) });
  assert.equal(unknownLine?.kafkaVersion, undefined);
  assert.match(unknownLine!.notes[0]!, /not in the table of managed versions/);
  const noKafka = detect({ '/repo/pom.xml': pom('', bootParent('2.0.1')) });
  assert.equal(noKafka?.kafkaVersion, undefined);
  assert.match(noKafka!.notes[0]!, /does not manage kafka-clients/);
});

test('versions outside the catalog, Confluent builds and ranges give notes, never a guess', () => {
  const cases: [string, RegExp][] = [
    ['2.5.0', /older than the versions this extension knows/],
    ['9.1.0', /not one of the versions this extension knows/],
    ['7.5.0-ccs', /Confluent Platform build/],
    ['[3.6,3.7)', /version range/],
  ];
  for (const [v, note] of cases) {
    const d = detect({ '/repo/pom.xml': pom(deps(dep('kafka-clients', v))) });
    assert.equal(d?.kafkaVersion, undefined, v);
    assert.equal(d?.version, v);
    assert.match(d!.notes.at(-1)!, note, v);
  }
  const snapshot = detect({ '/repo/pom.xml': pom(deps(dep('kafka-clients', '3.8.0-SNAPSHOT'))) });
  assert.equal(snapshot?.kafkaVersion, '3.8.0');
  assert.match(snapshot!.notes[0]!, /qualifier/);
});

test('kafka-streams pins kafka-clients to its own version', () => {
  const d = detect({ '/repo/pom.xml': pom(deps(dep('kafka-streams', '3.6.1'))) });
  assert.equal(d?.kafkaVersion, '3.6.1');
  assert.equal(d?.how, 'kafka-streams 3.6.1 in pom.xml, which depends on kafka-clients 3.6.1');
});

test('what cannot be read is said, with where', () => {
  const broken = detect({ '/repo/pom.xml': '<project>\n  <dependencies>\n</project>\n' });
  assert.equal(broken?.kafkaVersion, undefined);
  assert.match(broken!.notes[0]!, /^\/repo\/pom\.xml is not well-formed XML \(line 3, column \d+: /);
  const unreadable = detect({ '/repo/pom.xml': new Error('permission denied') });
  assert.deepEqual(unreadable?.notes, ['/repo/pom.xml cannot be read (permission denied)']);
  const springKafka = detect({ '/repo/pom.xml': pom(deps('<dependency><groupId>org.springframework.kafka</groupId><artifactId>spring-kafka</artifactId><version>3.1.4</version></dependency>')) });
  assert.match(springKafka!.notes[0]!, /spring-kafka 3\.1\.4 brings kafka-clients/);
  const nothing = detect({ '/repo/pom.xml': pom(deps()) });
  assert.deepEqual(nothing?.notes, ['pom.xml names no Kafka client version (no kafka-clients, and no Spring Boot dependency management)']);
  const unversioned = detect({ '/repo/pom.xml': pom(deps(dep('kafka-clients'))) });
  assert.match(unversioned!.notes[0]!, /kafka-clients has no version in pom\.xml and nothing in this repository manages it/);
});

test('profiles are not read; an entity the document does not define is an XML error, never expanded', () => {
  const d = detect({ '/repo/pom.xml': pom(`  <profiles><profile><id>new</id><properties><kafka.version>3.9.0</kafka.version></properties></profile></profiles>\n${deps(dep('kafka-clients', '3.6.1'))}`) });
  assert.equal(d?.kafkaVersion, '3.6.1');
  const xxe = detect({ '/repo/pom.xml': '<?xml version="1.0"?>\n<!DOCTYPE project [<!ENTITY v SYSTEM "file:///etc/hostname">]>\n<project><dependencies><dependency><groupId>org.apache.kafka</groupId><artifactId>kafka-clients</artifactId><version>&v;</version></dependency></dependencies></project>' });
  assert.equal(xxe?.kafkaVersion, undefined);
  assert.match(xxe!.notes[0]!, /not well-formed XML/);
});

test('the walk stops at the repository root (.git) and at the given root', () => {
  const files = { '/work/pom.xml': pom(deps(dep('kafka-clients', '3.6.1'))), '/work/repo/.git/HEAD': 'ref: refs/heads/main\n', '/work/repo/conf/producer.config': '' };
  assert.equal(new ProjectContext(memFs(files)).detectKafkaVersion('/work/repo/conf/producer.config'), undefined);
  const noGit = { '/work/pom.xml': pom(deps(dep('kafka-clients', '3.6.1'))), '/work/repo/conf/producer.config': '' };
  assert.equal(new ProjectContext(memFs(noGit)).detectKafkaVersion('/work/repo/conf/producer.config', '/work/repo'), undefined);
  assert.equal(new ProjectContext(memFs(noGit)).detectKafkaVersion('/work/repo/conf/producer.config')?.kafkaVersion, '3.6.1');
});

test('one read per build file for many configs in a project (cached per directory)', () => {
  const fs = memFs({ '/repo/pom.xml': pom(deps(dep('kafka-clients', '3.6.1'))) });
  const ctx = new ProjectContext(fs);
  for (let i = 0; i < 50; i++) assert.equal(ctx.detectKafkaVersion(`/repo/conf/c${i}.producer.config`, '/repo')?.kafkaVersion, '3.6.1');
  assert.equal(fs.reads.filter((r) => r === '/repo/pom.xml').length, 1);
  ctx.invalidate();
  ctx.detectKafkaVersion('/repo/conf/c0.producer.config', '/repo');
  assert.equal(fs.reads.filter((r) => r === '/repo/pom.xml').length, 2);
});
