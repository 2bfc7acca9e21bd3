// kpc and the project around a config: the Kafka version from the build file (done-when: a kafka-clients
// 3.6.1 project gets the 3.7 key enable.metrics.push flagged with no option), its precedence, .kpc.json
// policy and settings, `kpc check DIR`, standard input, --quiet / --exit-zero, colour, --version.
// Real runs of the bundled CLI, plus in-process runs where output streams are inspected.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { before, test } from 'node:test';
import * as esbuild from 'esbuild';
import { runCheck } from '../../../server/src/cli/check';
import { isBuiltinProducerConfig } from '../../../server/src/service/project/patterns';
import { springFileInfo } from '../../../server/src/service/spring/files';

const ROOT = join(__dirname, '..', '..', '..');
const PROJECTS = join(ROOT, 'test', 'fixtures', 'projects');
const TMP = mkdtempSync(join(tmpdir(), 'kpc-project-'));
const CLI = join(TMP, 'cli.js');
mkdirSync(join(TMP, '.git'));

before(async () => {
  await esbuild.build({ entryPoints: [join(ROOT, 'server/src/cli/main.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: CLI, logLevel: 'silent' });
});

function kpc(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, ...opts.env };
  if (!opts.env?.FORCE_COLOR) delete env.FORCE_COLOR;
  if (!opts.env?.NO_COLOR) delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: opts.cwd ?? ROOT, input: opts.input ?? '', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(files: Record<string, string>): string {
  const dir = mkdtempSync(join(TMP, 'p-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

type Json = { kafkaVersion: string; files: { file: string; kafkaVersion: string; kafkaVersionSource: { origin: string; file?: string; line?: number; how: string; notes?: string[] }; diagnostics: { code: string; severity: string; message: string; related?: { file?: string; message: string }[] }[] }[] };

const FLAGGED = /^(.*):5:1 warning unknown-key Target Kafka 3\.7\+ or remove 'enable\.metrics\.push': the key was added in Kafka 3\.7, so Kafka 3\.6(\.\d)? ignores it/m;

test('done-when: Maven, Gradle Groovy, Kotlin, version catalog and Spring Boot projects get enable.metrics.push flagged with no option', () => {
  const cases: [string, string, RegExp][] = [
    ['maven-kafka-clients/producer.config', '3.6.1', /^kafka-clients 3\.6\.1 in pom\.xml$/],
    ['maven-multimodule/producer-app/src/main/resources/producer.properties', '3.6.1', /^kafka-clients 3\.6\.1 in the <dependencyManagement> of \.\.\/pom\.xml \(\$\{kafka\.version\} in \.\.\/pom\.xml\)$/],
    ['maven-spring-boot-parent/producer.config', '3.6.2', /^Spring Boot 3\.2\.5 manages kafka-clients 3\.6\.2 \(spring-boot-starter-parent in pom\.xml\)$/],
    ['gradle-groovy/producer.config', '3.6.1', /^kafka-clients 3\.6\.1 in build\.gradle \(org\.apache\.kafka:kafka-clients:\$kafkaVersion\)$/],
    ['gradle-kotlin/producer.config', '3.6.1', /^kafka-clients 3\.6\.1 in build\.gradle\.kts \(org\.apache\.kafka:kafka-clients:\$\{kafkaVersion\}\)$/],
    ['gradle-version-catalog/app/src/main/resources/producer.properties', '3.6.1', /^kafka-clients 3\.6\.1 in build\.gradle\.kts \(libs\.kafka\.clients, version\.ref "kafka" in \.\.\/gradle\/libs\.versions\.toml\)$/],
    ['gradle-spring-boot/producer.config', '3.6.2', /^Spring Boot 3\.2\.5 manages kafka-clients 3\.6\.2 \(the org\.springframework\.boot plugin with io\.spring\.dependency-management in build\.gradle\)$/],
  ];
  for (const [file, version, how] of cases) {
    const text = kpc(['check', join('test/fixtures/projects', file)]);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, FLAGGED, file);
    const json = JSON.parse(kpc(['check', join('test/fixtures/projects', file), '--format', 'json']).stdout) as Json;
    const f = json.files[0]!;
    assert.equal(f.kafkaVersion, version, file);
    assert.equal(f.kafkaVersionSource.origin, 'build', file);
    assert.match(f.kafkaVersionSource.how, how, file);
    assert.ok(f.kafkaVersionSource.file && /(pom\.xml|build\.gradle(\.kts)?)$/.test(f.kafkaVersionSource.file), file);
    // --kafka-version still wins
    const wins = JSON.parse(kpc(['check', join('test/fixtures/projects', file), '--format', 'json', '--kafka-version', '3.9']).stdout) as Json;
    assert.equal(wins.files[0]!.kafkaVersion, '3.9');
    assert.deepEqual(wins.files[0]!.kafkaVersionSource, { origin: 'setting', how: '--kafka-version 3.9' });
    assert.equal(wins.files[0]!.diagnostics.filter((d) => d.code === 'unknown-key').length, 0);
  }
});

test('precedence: # kpc: comment > --kafka-version > .kpc.json > build file > latest', () => {
  const dir = write({ 'pom.xml': '<project><dependencies><dependency><groupId>org.apache.kafka</groupId><artifactId>kafka-clients</artifactId><version>3.6.1</version></dependency></dependencies></project>', 'a/producer.config': 'enable.metrics.push=true\n', 'b/producer.config': '# kpc: kafka-version=3.8\nenable.metrics.push=true\n', 'c/.kpc.json': '{"kafkaVersion": "3.9"}', 'c/producer.config': 'acks=all\n' });
  const j = JSON.parse(kpc(['check', 'a/producer.config', 'b/producer.config', 'c/producer.config', '--format', 'json'], { cwd: dir }).stdout) as Json;
  assert.deepEqual(j.files.map((f) => [f.file, f.kafkaVersion, f.kafkaVersionSource.origin, f.kafkaVersionSource.file]), [
    ['a/producer.config', '3.6.1', 'build', 'pom.xml'],
    ['b/producer.config', '3.8', 'comment', undefined],
    ['c/producer.config', '3.9', 'config', join('c', '.kpc.json')],
  ]);
  const none = write({ 'producer.config': 'acks=all\n' });
  const d = JSON.parse(kpc(['check', 'producer.config', '--format', 'json'], { cwd: none }).stdout) as Json;
  assert.equal(d.files[0]!.kafkaVersionSource.origin, 'default');
  assert.match(d.files[0]!.kafkaVersionSource.how, /^latest \(4\.4\): no setting, no \.kpc\.json and no build file says otherwise$/);
});

test('a version the extension does not cover: a note, and latest, never a guess', () => {
  const dir = write({ 'pom.xml': '<project><dependencies><dependency><groupId>org.apache.kafka</groupId><artifactId>kafka-clients</artifactId><version>2.5.0</version></dependency></dependencies></project>', 'producer.config': 'acks=all\n' });
  const text = kpc(['check', 'producer.config'], { cwd: dir });
  assert.equal(text.code, 0);
  assert.match(text.stderr, /^kpc check: note: pom\.xml: Kafka 2\.5 is older than the versions this extension knows \(2\.8 … 4\.4\) \(latest \(4\.4\): pom\.xml does not tell a Kafka version this extension covers\)$/m);
  const j = JSON.parse(kpc(['check', 'producer.config', '--format', 'json'], { cwd: dir }).stdout) as Json;
  assert.equal(j.files[0]!.kafkaVersion, '4.4');
  assert.deepEqual(j.files[0]!.kafkaVersionSource.notes, ['kafka-clients 2.5.0 in pom.xml', 'Kafka 2.5 is older than the versions this extension knows (2.8 … 4.4)']);
  // --quiet leaves the note out
  assert.equal(kpc(['check', 'producer.config', '--quiet'], { cwd: dir }).stderr, '');
});

test('a team policy in .kpc.json is enforced by kpc check, with the policy entry as related location; kpc fix applies the fixed value', () => {
  const cwd = join(PROJECTS, 'maven-team-policy');
  const r = kpc(['check', '.'], { cwd });
  assert.equal(r.code, 1);
  assert.deepEqual(r.stdout.trim().split('\n').filter((l) => / policy /.test(l)).map((l) => l.replace(/ error policy .*/, ' error policy')), [
    'src/main/resources/payments.producer.properties:2:1 error policy',
    'src/main/resources/payments.producer.properties:5:6 error policy',
    'src/main/resources/payments.producer.properties:6:18 error policy',
    'src/main/resources/payments.producer.properties:7:11 error policy',
    'src/main/resources/payments.producer.properties:9:1 error policy',
  ]);
  assert.match(r.stdout, /Remove 'sasl\.jaas\.config' \(team policy in \.kpc\.json\): the team does not allow it in a producer config\. Put credentials in a config provider\./);
  const j = JSON.parse(kpc(['check', '.', '--format', 'json'], { cwd }).stdout) as Json;
  const acks = j.files[0]!.diagnostics.find((d) => d.code === 'policy' && /'acks'/.test(d.message))!;
  assert.deepEqual(acks.related, [{ range: { start: { line: 3, character: 4 }, end: { line: 3, character: 10 } }, message: "the team policy for 'acks'", file: '.kpc.json' }]);
  const s = JSON.parse(kpc(['check', '.', '--format', 'sarif'], { cwd }).stdout);
  const rel = s.runs[0].results.find((x: { ruleId: string; message: { text: string } }) => x.ruleId === 'policy' && /'acks'/.test(x.message.text)).relatedLocations[0];
  assert.deepEqual(rel.physicalLocation, { artifactLocation: { uri: '.kpc.json' }, region: { startLine: 4, startColumn: 5, endLine: 4, endColumn: 11 } });
  // the policy's severity override from the command line
  assert.equal(kpc(['check', '.', '--severity', 'policy=warning'], { cwd }).code, 0);
  // kpc fix: the one fixed value (enable.idempotence=true) is added, and with idempotence now explicit the
  // existing safe fix sets acks=all; the choices (compression, linger) are left to a person
  const fixed = kpc(['fix', 'src/main/resources/payments.producer.properties'], { cwd });
  assert.equal(fixed.code, 0);
  assert.match(fixed.stdout, /\nenable\.idempotence=true\n$/);
  assert.match(fixed.stdout, /\nacks=all\ncompression\.type=gzip\nlinger\.ms=500\n/);
});

test('.kpc.json settings apply (client, severity, allowedKeys); a broken one stops the check with its positions (exit 2)', () => {
  const dir = write({ '.kpc.json': '{"client": "console-producer", "severity": {"missing-required": "off"}, "allowedKeys": ["my.*"]}', 'producer.config': 'my.interceptor.x=1\ncompression.type=zstd\n' });
  const j = JSON.parse(kpc(['check', 'producer.config', '--format', 'json'], { cwd: dir }).stdout) as { files: { client: string; diagnostics: { code: string }[] }[] };
  assert.equal(j.files[0]!.client, 'console-producer');
  assert.deepEqual(j.files[0]!.diagnostics.map((d) => d.code), ['console-producer-ignored']);
  const broken = write({ '.kpc.json': '{\n  "policy": {"acks": {"oneOf": "all"}},\n  "kafkaVerison": "3.6"\n}\n', 'producer.config': 'acks=all\n' });
  const r = kpc(['check', 'producer.config'], { cwd: broken });
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^\.kpc\.json:2:32: error policy\.acks\.oneOf: wrong type$/m);
  assert.match(r.stderr, /^\.kpc\.json:3:3: error \(top level\): unknown property 'kafkaVerison'$/m);
  assert.match(r.stderr, /^kpc check: producer\.config: not checked: \.kpc\.json has errors$/m);
  assert.equal(kpc(['fix', 'producer.config'], { cwd: broken }).code, 2);
});

test('kpc check DIR: every file the extension claims, --include, .kpc.json files; dependencies, VCS and build output skipped', () => {
  const dir = write({
    'producer.config': 'acks=all\n',
    'conf/orders.producer.properties': 'acks=all\n',
    'conf/Payments-Producer.Properties': 'acks=all\n',
    'conf/app.producer.config': 'acks=all\n',
    'deploy/producer.properties': 'acks=all\n',
    'deploy/kafka.properties': 'acks=all\n',
    'deploy/README.md': 'producer.config\n',
    'svc/.kpc.json': '{"files": ["config/*-kafka.properties"]}',
    'svc/config/orders-kafka.properties': 'acks=all\n',
    'other/config/orders-kafka.properties': 'acks=all\n',
    'node_modules/lib/producer.config': 'x\n',
    '.git/producer.config': 'x\n',
    'target/classes/producer.config': 'x\n',
    'build/resources/producer.properties': 'x\n',
    'dist/producer.config': 'x\n',
    'out/producer.config': 'x\n',
    'web/.gradle/producer.config': 'x\n',
  });
  symlinkSync(join(dir, 'conf'), join(dir, 'loop'));
  symlinkSync(join(dir, 'producer.config'), join(dir, 'linked.producer.config'));
  const list = (args: string[], cwd = dir) => (JSON.parse(kpc(['check', ...args, '--format', 'json'], { cwd }).stdout) as Json).files.map((f) => f.file);
  assert.deepEqual(list(['.']), ['conf/Payments-Producer.Properties', 'conf/app.producer.config', 'conf/orders.producer.properties', 'deploy/producer.properties', 'linked.producer.config', 'producer.config', 'svc/config/orders-kafka.properties']);
  assert.deepEqual(list(['.', '--include', 'kafka.properties', '--include', 'other/config/*.properties']), ['conf/Payments-Producer.Properties', 'conf/app.producer.config', 'conf/orders.producer.properties', 'deploy/kafka.properties', 'deploy/producer.properties', 'linked.producer.config', 'other/config/orders-kafka.properties', 'producer.config', 'svc/config/orders-kafka.properties']);
  // a folder below the .kpc.json still gets its globs; a file named twice is checked once
  assert.deepEqual(list(['svc/config', 'svc/config/orders-kafka.properties', 'deploy']), ['svc/config/orders-kafka.properties', join('deploy', 'producer.properties')]);
  const r = kpc(['check', '.'], { cwd: dir });
  assert.equal(r.code, 0);
  assert.match(r.stderr, /^7 files checked: 0 errors/m);
});

test('kpc check . finds every producer config and Spring Boot application file of this checkout (git ls-files is the reference)', () => {
  const tracked = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  const expected = tracked.filter((f) => (isBuiltinProducerConfig(f) || springFileInfo(f) !== undefined) && !/(^|\/)(node_modules|target|build|dist|out)\//.test(f)).sort();
  assert.ok(expected.some((f) => f.endsWith('examples/spring/application.yml')));
  assert.ok(expected.length >= 10, expected.join(', '));
  const r = kpc(['check', '.', '--format', 'json']);
  const found = (JSON.parse(r.stdout) as Json).files.map((f) => f.file).sort();
  assert.deepEqual(found, expected);
});

test('standard input: kpc check - with --stdin-filename (its project is found from there); kpc fix -', () => {
  const input = readFileSync(join(PROJECTS, 'maven-kafka-clients', 'producer.config'), 'utf8');
  const anon = kpc(['check', '-'], { input });
  assert.equal(anon.code, 0);
  assert.doesNotMatch(anon.stdout, /enable\.metrics\.push/);
  const named = kpc(['check', '-', '--stdin-filename', 'test/fixtures/projects/maven-kafka-clients/producer.config'], { input });
  assert.match(named.stdout, FLAGGED);
  assert.match(named.stdout, /^test\/fixtures\/projects\/maven-kafka-clients\/producer\.config:5:1 /m);
  const fixed = kpc(['fix', '-'], { input: 'retriess=3\n' });
  assert.equal(fixed.code, 0);
  assert.equal(fixed.stdout, 'retries=3\n');
});

test('--quiet reports errors only; --exit-zero exits 0 with errors; usage errors still exit 2', () => {
  const dir = write({ 'producer.config': 'acks=2\nretriess=1\n', 'ok/producer.config': 'retriess=1\n' });
  const quiet = kpc(['check', 'producer.config', '--quiet'], { cwd: dir });
  assert.equal(quiet.code, 1);
  assert.deepEqual(quiet.stdout.trim().split('\n').map((l) => l.split(' ').slice(0, 3).join(' ')), ['producer.config:1:6 error invalid-value']);
  assert.match(quiet.stderr, /^1 file checked: 1 error, 0 other findings$/m);
  const clean = kpc(['check', 'ok/producer.config', '-q'], { cwd: dir });
  assert.deepEqual([clean.code, clean.stdout, clean.stderr], [0, '', '']);
  assert.equal(kpc(['check', 'producer.config', '--exit-zero'], { cwd: dir }).code, 0);
  assert.equal(kpc(['check', 'missing.config', '--exit-zero'], { cwd: dir }).code, 2);
  const j = JSON.parse(kpc(['check', 'producer.config', '--quiet', '--format', 'json'], { cwd: dir }).stdout) as Json;
  assert.deepEqual(j.files[0]!.diagnostics.map((d) => d.severity), ['error']);
});

test('colour: on for a terminal, off when piped or with NO_COLOR, FORCE_COLOR forces it, --color / --no-color win', () => {
  const file = join(write({ 'producer.config': 'acks=2\nretriess=1\n' }), 'producer.config');
  const run = (isTTY: boolean, env: Record<string, string>, ...flags: string[]) => {
    let out = '';
    runCheck([file, ...flags], { stdout: (s) => void (out += String(s)), stderr: () => {} }, { isTTY, env });
    return out;
  };
  const RED = '\x1b[1m\x1b[31merror\x1b[39m\x1b[22m';
  assert.ok(run(true, {}).includes(` ${RED} \x1b[2minvalid-value\x1b[22m `));
  assert.ok(run(true, {}).includes(' \x1b[33mwarning\x1b[39m '));
  assert.doesNotMatch(run(false, {}), /\x1b/);
  assert.doesNotMatch(run(true, { NO_COLOR: '1' }), /\x1b/);
  assert.match(run(true, { NO_COLOR: '' }), /\x1b/, 'an empty NO_COLOR does not count (no-color.org)');
  assert.doesNotMatch(run(true, { TERM: 'dumb' }), /\x1b/);
  assert.match(run(false, { FORCE_COLOR: '1' }), /\x1b/);
  assert.match(run(false, { FORCE_COLOR: '1', NO_COLOR: '1' }), /\x1b/);
  assert.doesNotMatch(run(true, { FORCE_COLOR: '0' }), /\x1b/);
  assert.match(run(false, {}, '--color'), /\x1b/);
  assert.doesNotMatch(run(true, { FORCE_COLOR: '1' }, '--no-color'), /\x1b/);
  // the text without the codes is the plain output
  assert.equal(run(true, {}).replace(/\x1b\[\d+m/g, ''), run(false, {}));
  // a real pipe: no colour by default, and FORCE_COLOR through the environment
  const piped = kpc(['check', relative(ROOT, file)]);
  assert.doesNotMatch(piped.stdout, /\x1b/);
  assert.match(kpc(['check', relative(ROOT, file)], { env: { FORCE_COLOR: '1' } }).stdout, /\x1b\[31m/);
  // JSON and SARIF never carry colour
  assert.doesNotMatch(kpc(['check', relative(ROOT, file), '--format', 'json'], { env: { FORCE_COLOR: '1' } }).stdout, /\x1b/);
});

test('kpc --version prints the package version and the Kafka versions known', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const r = kpc(['--version']);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, `kpc ${pkg.version} (Kafka 2.8 … 4.4)\n`);
  assert.equal(kpc(['-v']).stdout, r.stdout);
  assert.match(kpc(['help', 'check']).stdout, /^usage: kpc check \[FILE\|DIR\|-\]\.\.\. \[options\]/);
});

test("a Spring Boot file gets the Boot release its pom.xml names (Boot's rules and its managed Kafka), unless --spring-boot says otherwise", () => {
  const pom = (boot: string): string => `<project><parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>${boot}</version></parent></project>`;
  // spring.kafka.properties.bootstrap.servers is overwritten by Boot's own bootstrap-servers from Boot 3.1 on (spring-boot#35694)
  const app = 'spring.kafka.properties.bootstrap.servers=broker:9092\n';
  const codes = (dir: string, extra: string[] = []): { codes: string[]; springBoot?: string; kafkaVersion: string } => {
    const r = kpc(['check', 'application.properties', '--format', 'json', ...extra], { cwd: dir });
    const f = (JSON.parse(r.stdout) as Json & { files: { springBoot?: string }[] }).files[0]!;
    return { codes: f.diagnostics.map((d) => d.code), ...(f.springBoot ? { springBoot: f.springBoot } : {}), kafkaVersion: f.kafkaVersion };
  };
  const old = codes(write({ 'pom.xml': pom('3.0.13'), 'application.properties': app }));
  assert.equal(old.springBoot, '3.0.13');
  assert.match(old.kafkaVersion, /^3\.3\./, 'Boot 3.0 manages kafka-clients 3.3.x');
  assert.ok(!old.codes.includes('spring-bootstrap-ignored'), old.codes.join(','));
  const dir = write({ 'pom.xml': pom('3.3.5'), 'application.properties': app });
  const now = codes(dir);
  assert.equal(now.springBoot, '3.3.5');
  assert.ok(now.codes.includes('spring-bootstrap-ignored'), now.codes.join(','));
  assert.ok(!codes(dir, ['--spring-boot', '3.0']).codes.includes('spring-bootstrap-ignored'));
});
