// Kafka version from Gradle builds (Groovy and Kotlin DSL, version catalogs, Spring Boot), and the tokenizer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ProjectContext } from '../../../server/src/service/project/detect';
import { literal, tokenize } from '../../../server/src/service/project/gradleTokens';
import { memFs } from './memfs';

function detect(files: Record<string, string | Error>, file = '/repo/producer.config', root = '/repo') {
  const d = new ProjectContext(memFs(files)).detectKafkaVersion(file, root);
  return d && { ...d, how: d.how?.en, notes: d.notes.map((n) => n.en) };
}
const groovy = (deps: string, head = ''): Record<string, string> => ({ '/repo/build.gradle': `plugins { id 'java' }\n${head}\ndependencies {\n${deps}\n}\n` });
const kotlin = (deps: string, head = ''): Record<string, string> => ({ '/repo/build.gradle.kts': `plugins { java }\n${head}\ndependencies {\n${deps}\n}\n` });

test('tokenizer: comments, quotes inside strings, templates, Kotlin nested comments, unterminated strings', () => {
  const strs = (src: string, d: 'groovy' | 'kotlin' = 'groovy') => tokenize(src, d).filter((t) => t.t === 'str').map((t) => literal(t) ?? 'template');
  assert.deepEqual(strs(`// 'org.apache.kafka:kafka-clients:1.0.0'\nx "http://a/b" // "c"\n/* "d" */ y 'it''s'`), ['http://a/b', 'it', 's']);
  assert.deepEqual(strs(`a "\${v}" b 'no $v' c """x"y""" d '''q'q'''`), ['template', 'no $v', 'x"y', "q'q"]);
  assert.deepEqual(strs('/* a /* b */ "c" */ "d"', 'kotlin'), ['d']);
  assert.deepEqual(strs('/* a /* b */ "c" */ "d"', 'groovy'), ['c', 'd']);
  assert.deepEqual(strs('x = "unterminated\ny = \'ok\''), ['unterminated', 'ok']);
  const blocks = tokenize('subprojects {\n dependencies {\n  implementation "x"\n }\n}\n"top"', 'groovy').filter((t) => t.t === 'str').map((t) => t.block.join('/'));
  assert.deepEqual(blocks, ['subprojects/dependencies', '']);
});

test('Groovy: string notation with $var from ext { }, map notation, concatenation, def, gradle.properties', () => {
  assert.equal(detect(groovy(`  implementation "org.apache.kafka:kafka-clients:$kafkaVersion"`, `ext {\n  kafkaVersion = '3.6.1'\n}`))?.kafkaVersion, '3.6.1');
  assert.equal(detect(groovy(`  implementation "org.apache.kafka:kafka-clients:\${rootProject.ext.kafkaVersion}"`, `ext.kafkaVersion = '3.5.1'`))?.kafkaVersion, '3.5.1');
  assert.equal(detect(groovy(`  implementation 'org.apache.kafka:kafka-clients:' + kafkaVersion`, `def kafkaVersion = "3.4.1"`))?.kafkaVersion, '3.4.1');
  assert.equal(detect(groovy(`  implementation group: 'org.apache.kafka', name: 'kafka-clients', version: kafka`, `ext['kafka'] = '3.3.2'`))?.kafkaVersion, '3.3.2');
  assert.equal(detect(groovy(`  implementation(group: "org.apache.kafka",\n      name: "kafka-clients", version: "3.2.3")`))?.kafkaVersion, '3.2.3');
  const props = detect({ ...groovy(`  implementation "org.apache.kafka:kafka-clients:\${project.property('kafkaVersion')}"`), '/repo/gradle.properties': 'kafkaVersion = 3.7.1\n' });
  assert.equal(props?.kafkaVersion, '3.7.1');
  assert.equal(detect(groovy(`  implementation "org.apache.kafka:kafka-clients:\${kafkaVersion}"`), ...[])?.kafkaVersion, undefined);
});

test('Kotlin DSL: val, by extra, extra["…"], named arguments, providers.gradleProperty', () => {
  assert.equal(detect(kotlin(`  implementation("org.apache.kafka:kafka-clients:$kafkaVersion")`, `val kafkaVersion = "3.6.1"`))?.kafkaVersion, '3.6.1');
  assert.equal(detect(kotlin(`  implementation("org.apache.kafka:kafka-clients:$kafkaVersion")`, `val kafkaVersion: String = "3.6.0"`))?.kafkaVersion, '3.6.0');
  assert.equal(detect(kotlin(`  implementation("org.apache.kafka:kafka-clients:\${property("kafkaVersion")}")`, `val kafkaVersion by extra("3.5.2")`))?.kafkaVersion, '3.5.2');
  assert.equal(detect(kotlin(`  implementation("org.apache.kafka:kafka-clients:\${extra["kafka.clients"]}")`, `extra["kafka.clients"] = "3.4.0"`))?.kafkaVersion, '3.4.0');
  assert.equal(detect(kotlin(`  implementation(group = "org.apache.kafka", name = "kafka-clients", version = kafka)`, `val kafka = "3.3.1"`))?.kafkaVersion, '3.3.1');
  const gp = detect({ ...kotlin(`  implementation("org.apache.kafka:kafka-clients:\${providers.gradleProperty("kafka").get()}")`), '/repo/gradle.properties': 'kafka=3.9.0\n' });
  assert.equal(gp?.kafkaVersion, '3.9.0');
});

test('a version that is not spelled out is a note, not a guess; a commented-out coordinate is not read', () => {
  const d = detect(kotlin(`  implementation("org.apache.kafka:kafka-clients:\${computeVersion()}")\n  // implementation("org.apache.kafka:kafka-clients:3.1.0")`));
  assert.equal(d?.kafkaVersion, undefined);
  assert.match(d!.notes[0]!, /kafka-clients org\.apache\.kafka:kafka-clients:\$\{…\} in build\.gradle\.kts: the version is not a string/);
  assert.equal(detect(groovy(`  implementation 'org.apache.kafka:kafka-clients:3.6.+'`))?.kafkaVersion, '3.6');
});

test('version catalog: version.ref, module + version, "g:a:v", rich versions, bundles, and the catalog alone', () => {
  const catalog = (libs: string, versions = ''): Record<string, string> => ({ '/repo/settings.gradle.kts': 'include("app")\n', '/repo/gradle/libs.versions.toml': `[versions]\n${versions}\n[libraries]\n${libs}\n[bundles]\nkafka = ["kafka-clients"]\n` });
  const app = (deps: string): Record<string, string> => ({ '/repo/app/build.gradle.kts': `dependencies {\n${deps}\n}\n` });
  const at = '/repo/app/src/main/resources/producer.properties';
  const ref = detect({ ...catalog('kafka-clients = { module = "org.apache.kafka:kafka-clients", version.ref = "kafka" }', 'kafka = "3.6.1"'), ...app('  implementation(libs.kafka.clients)') }, at);
  assert.equal(ref?.kafkaVersion, '3.6.1');
  assert.equal(ref?.how, 'kafka-clients 3.6.1 in build.gradle.kts (libs.kafka.clients, version.ref "kafka" in ../gradle/libs.versions.toml)');
  assert.equal(detect({ ...catalog('kafka_clients = { group = "org.apache.kafka", name = "kafka-clients", version = "3.5.0" }'), ...app('  implementation(libs.kafka.clients)') }, at)?.kafkaVersion, '3.5.0');
  assert.equal(detect({ ...catalog('kafka-clients = "org.apache.kafka:kafka-clients:3.4.0"'), ...app('  implementation(libs.bundles.kafka)') }, at)?.kafkaVersion, '3.4.0');
  assert.equal(detect({ ...catalog('kafka-clients = { module = "org.apache.kafka:kafka-clients", version = { strictly = "3.3.2" } }'), ...app('  implementation(libs.kafka.clients)') }, at)?.kafkaVersion, '3.3.2');
  const alone = detect({ ...catalog('kafka-clients = { module = "org.apache.kafka:kafka-clients", version.ref = "kafka" }', 'kafka = "3.7.0"'), ...app('  implementation(project(":core"))') }, at);
  assert.equal(alone?.kafkaVersion, '3.7.0');
  assert.equal(alone?.how, 'kafka-clients 3.7.0 in ../gradle/libs.versions.toml (libs.kafka.clients)');
  const broken = detect({ ...catalog('kafka-clients = { module = '), ...app('') }, at);
  assert.match(broken!.notes[0]!, /libs\.versions\.toml is not valid TOML \(line \d+, column \d+\)/);
});

test('Spring Boot: the plugin with io.spring.dependency-management, a kafka.version override, platform and enforcedPlatform', () => {
  const plugins = (extra = ''): string => `plugins {\n  id 'java'\n  id 'org.springframework.boot' version '3.2.5'\n  id 'io.spring.dependency-management' version '1.1.4'\n}\n${extra}\ndependencies {\n  implementation 'org.springframework.kafka:spring-kafka'\n}\n`;
  const managed = detect({ '/repo/build.gradle': plugins() });
  assert.equal(managed?.kafkaVersion, '3.6.2');
  assert.equal(managed?.springBoot, '3.2.5');
  assert.equal(managed?.how, 'Spring Boot 3.2.5 manages kafka-clients 3.6.2 (the org.springframework.boot plugin with io.spring.dependency-management in build.gradle)');
  const override = detect({ '/repo/build.gradle': plugins(`ext['kafka.version'] = '3.7.0'`) });
  assert.equal(override?.kafkaVersion, '3.7.0');
  assert.match(override!.how!, /^kafka\.version 3\.7\.0 overrides the kafka-clients version of Spring Boot 3\.2\.5 \(instead of 3\.6\.2\)$/);
  const viaProps = detect({ '/repo/build.gradle': plugins(), '/repo/gradle.properties': 'kafka.version=3.7.1\n' });
  assert.equal(viaProps?.kafkaVersion, '3.7.1');
  const noDm = detect({ '/repo/build.gradle': `plugins {\n  id("org.springframework.boot") version "3.2.5"\n}\n` });
  assert.equal(noDm?.kafkaVersion, undefined);
  assert.match(noDm!.notes[0]!, /without io\.spring\.dependency-management or a platform/);

  const platform = (call: string, extra = ''): Record<string, string> => kotlin(`  implementation(${call}("org.springframework.boot:spring-boot-dependencies:3.2.5"))\n  implementation("org.apache.kafka:kafka-clients${extra}")`, `extra["kafka.version"] = "3.9.0"`);
  const p = detect(platform('platform'));
  assert.equal(p?.kafkaVersion, '3.6.2');
  assert.match(p!.notes.join('\n'), /kafka\.version has no effect with platform/);
  const higher = detect(platform('platform', ':3.5.1'));
  assert.equal(higher?.kafkaVersion, '3.6.2');
  assert.match(higher!.notes[0]!, /Gradle takes the higher of kafka-clients 3\.5\.1 \(declared\) and 3\.6\.2 \(the platform\)/);
  assert.equal(detect(platform('platform', ':3.7.0'))?.kafkaVersion, '3.7.0');
  const enforced = detect(platform('enforcedPlatform', ':3.7.0'));
  assert.equal(enforced?.kafkaVersion, '3.6.2');
  assert.match(enforced!.notes[0]!, /enforcedPlatform\(spring-boot-dependencies\) forces kafka-clients 3\.6\.2/);
});

test('Spring Boot: version from the root plugins block, the catalog, buildscript classpath; BOM_COORDINATES; mavenBom', () => {
  const sub = detect({
    '/repo/settings.gradle': "include 'app'\n",
    '/repo/build.gradle': "plugins {\n  id 'org.springframework.boot' version '3.3.0' apply false\n}\n",
    '/repo/app/build.gradle': "plugins {\n  id 'org.springframework.boot'\n  id 'io.spring.dependency-management'\n}\n",
  }, '/repo/app/producer.config');
  assert.equal(sub?.kafkaVersion, '3.7.0');
  const alias = detect({
    '/repo/gradle/libs.versions.toml': '[versions]\nboot = "3.4.0"\n[plugins]\nspring-boot = { id = "org.springframework.boot", version.ref = "boot" }\nspring-dm = "io.spring.dependency-management:1.1.6"\n',
    '/repo/build.gradle.kts': 'plugins {\n  alias(libs.plugins.spring.boot)\n  alias(libs.plugins.spring.dm)\n}\n',
  });
  assert.equal(alias?.kafkaVersion, '3.8.1');
  const classpath = detect({ '/repo/build.gradle': "buildscript {\n  ext { springBootVersion = '2.7.18' }\n  dependencies { classpath(\"org.springframework.boot:spring-boot-gradle-plugin:${springBootVersion}\") }\n}\napply plugin: 'org.springframework.boot'\napply plugin: 'io.spring.dependency-management'\n" });
  assert.equal(classpath?.kafkaVersion, '3.1.2');
  const bom = detect({ '/repo/build.gradle.kts': 'import org.springframework.boot.gradle.plugin.SpringBootPlugin\nplugins {\n  id("org.springframework.boot") version "3.2.5" apply false\n}\ndependencies {\n  implementation(platform(SpringBootPlugin.BOM_COORDINATES))\n}\n' });
  assert.equal(bom?.kafkaVersion, '3.6.2');
  const mavenBom = detect({ '/repo/build.gradle': "plugins { id 'io.spring.dependency-management' version '1.1.4' }\ndependencyManagement {\n  imports { mavenBom 'org.springframework.boot:spring-boot-dependencies:3.1.12' }\n}\next['kafka.version'] = '3.5.2'\n" });
  assert.equal(mavenBom?.kafkaVersion, '3.5.2');
});

test('multi-project: the root script applies through subprojects { } only', () => {
  const shared = detect({
    '/repo/settings.gradle': "include 'app'\n",
    '/repo/build.gradle': "subprojects {\n  dependencies {\n    implementation 'org.apache.kafka:kafka-clients:3.5.1'\n  }\n}\n",
    '/repo/app/build.gradle': "dependencies {\n  implementation 'org.slf4j:slf4j-api:2.0.13'\n}\n",
  }, '/repo/app/producer.config');
  assert.equal(shared?.kafkaVersion, '3.5.1');
  assert.equal(shared?.file, '/repo/build.gradle');
  assert.equal(shared?.how, 'kafka-clients 3.5.1 in ../build.gradle');
  const rootOnly = detect({
    '/repo/settings.gradle': "include 'app'\n",
    '/repo/build.gradle': "dependencies {\n  implementation 'org.apache.kafka:kafka-clients:3.5.1'\n}\n",
    '/repo/app/build.gradle': "dependencies {\n  implementation 'org.slf4j:slf4j-api:2.0.13'\n}\n",
  }, '/repo/app/producer.config');
  assert.equal(rootOnly?.kafkaVersion, undefined);
});

test('the nearest build file decides: a module with a pom.xml beside build.gradle reads the pom first', () => {
  const both = detect({ '/repo/pom.xml': '<project><dependencies><dependency><groupId>org.apache.kafka</groupId><artifactId>kafka-clients</artifactId><version>3.4.1</version></dependency></dependencies></project>', '/repo/build.gradle': "dependencies { implementation 'org.apache.kafka:kafka-clients:3.9.1' }\n" });
  assert.equal(both?.kafkaVersion, '3.4.1');
  const emptyPom = detect({ '/repo/pom.xml': '<project/>', '/repo/build.gradle': "dependencies { implementation 'org.apache.kafka:kafka-clients:3.9.1' }\n" });
  assert.equal(emptyPom?.kafkaVersion, '3.9.1');
  assert.equal(detect({ '/repo/README.md': '' }), undefined);
});

test('hostile scripts: huge, deeply nested, unbalanced, binary; never throws', () => {
  const inputs = ['{'.repeat(100_000), '"'.repeat(10_001), '${'.repeat(5000), '\u0000\uffff'.repeat(1000), `implementation "org.apache.kafka:kafka-clients:${'$x'.repeat(2000)}"\n`, 'val x = x\nimplementation("org.apache.kafka:kafka-clients:$x")'];
  for (const src of inputs) {
    for (const name of ['build.gradle', 'build.gradle.kts']) {
      const d = detect({ [`/repo/${name}`]: src });
      assert.equal(d?.kafkaVersion, undefined);
    }
  }
});
