// kpc check / kpc fix: in-process runs (runCheck / runFix with captured output) and real runs of the
// bundled CLI (built to a temp dir with esbuild) for exit codes and stdout/stderr.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { runCheck } from '../../../server/src/cli/check';
import { runFix } from '../../../server/src/cli/fix';
import { REGISTRY } from '../../../server/src/service/rules/index';

const ROOT = join(__dirname, '..', '..', '..');
const TMP = mkdtempSync(join(tmpdir(), 'kpc-cli-'));
const CLI = join(TMP, 'cli.js');
// The files here are a repository of their own: kpc looks for .kpc.json and build files up to it, never above.
mkdirSync(join(TMP, '.git'));

function file(name: string, content: string | Uint8Array): string {
  const p = join(TMP, name);
  writeFileSync(p, content);
  return p;
}

function capture(fn: (out: { stdout(s: string | Uint8Array): void; stderr(s: string): void }) => number) {
  let stdout = '';
  let stderr = '';
  const code = fn({ stdout: (s) => (stdout += typeof s === 'string' ? s : Buffer.from(s).toString('latin1')), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

function kpc(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(async () => {
  await esbuild.build({ entryPoints: [join(ROOT, 'server/src/cli/main.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: CLI, logLevel: 'silent' });
});

test('exit 0 when there are no errors, 1 when there is one', () => {
  const good = kpc('check', 'examples/idempotent/producer.config');
  assert.equal(good.code, 0, good.stderr);
  assert.equal(good.stdout, '');
  const bad = file('bad.properties', 'acks=ALL\nbatch.size=16k\n');
  const r = kpc('check', bad, '--severity', 'missing-required=off');
  assert.equal(r.code, 1);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 2);
  assert.match(lines[0]!, new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:6 error invalid-value `));
  assert.match(lines[1]!, /:2:12 error invalid-value /);
});

test('the seed: warnings only for java 3.9, error-free; the fixed seed is an error for the 2.8 console producer', () => {
  assert.equal(kpc('check', 'examples/producer.config').code, 0);
  const fixed = file('fixed.config', 'enable.idempotence=true\n');
  const r = kpc('check', fixed, '--kafka-version', '2.8', '--client', 'console-producer');
  assert.equal(r.code, 1);
  assert.match(r.stdout, /:1:1 error idempotence-acks .*acks=1/);
  assert.equal(kpc('check', fixed, '--kafka-version', '3.2', '--client', 'console-producer').code, 0);
});

test('exit 2 on usage and I/O errors, with one clear line and no stack trace', () => {
  const cases: [string[], RegExp][] = [
    [['check', join(TMP, 'missing.properties')], /no such file/],
    [['check', mkdtempSync(join(TMP, 'empty-'))], /no producer config found \(names: producer\.config, producer\.properties, /],
    [['check'], /no FILE or DIR given/],
    [['check', '--kafka-verison', '3.6', 'x'], /unknown option --kafka-verison; did you mean --kafka-version\?/],
    [['check', 'x', '--format'], /option --format needs a value/],
    [['check', 'x', '--quiet=yes'], /option --quiet takes no value/],
    [['chek', 'x'], /unknown command 'chek'; did you mean 'check'\?/],
    [['help', 'chek'], /unknown command 'chek'; did you mean 'check'\?/],
    [['--verison'], /unknown option '--verison'; did you mean --version\?/],
    [['check', '--bogus', 'x'], /unknown option --bogus/],
    [['check', 'examples/producer.config', '--kafka-version', '9.9'], /9\.9/],
    [['check', 'examples/producer.config', '--format', 'xml'], /--format must be/],
    [['check', 'examples/producer.config', '--client', 'python'], /--client must be/],
    [['fix'], /exactly one FILE/],
    [['fix', '-', '--write'], /--write needs a FILE/],
    [['fix', join(TMP, 'nope')], /no such file/],
  ];
  for (const [args, re] of cases) {
    const r = kpc(...args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, re);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'stack trace');
  }
  // one unreadable file among good ones still reports the good ones, and exits 2
  const r = kpc('check', 'examples/throughput/producer.properties', join(TMP, 'missing.properties'));
  assert.equal(r.code, 2);
});

test('unreadable file → exit 2', { skip: process.getuid?.() === 0 ? 'root can read any file' : false }, () => {
  const p = file('locked.properties', 'acks=all\n');
  spawnSync('chmod', ['000', p]);
  const r = kpc('check', p);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /permission denied/);
});

test('--format json: documented shape, entries in file order with duplicates, secrets masked', () => {
  const p = join(TMP, 'json.properties');
  writeFileSync(p, Buffer.from('acks=all\nssl.truststore.password=hunter2\nacks=1\nx=\\u00e9\u00e9\nretriess=5\n', 'latin1'));
  const r = capture((out) => runCheck([p, '--format', 'json', '--kafka-version', '3.9'], out));
  assert.equal(r.code, 0);
  assert.doesNotMatch(r.stdout, /hunter2/);
  const j = JSON.parse(r.stdout);
  assert.equal(j.kafkaVersion, '3.9');
  assert.equal(j.files.length, 1);
  const f = j.files[0];
  assert.equal(f.file, p);
  assert.deepEqual(f.entries.map((e: { key: string }) => e.key), ['acks', 'ssl.truststore.password', 'acks', 'x', 'retriess']);
  assert.equal(f.entries[1].value, '••••');
  assert.equal(f.entries[3].value, 'éé'); // \u00e9 escape, then the Latin-1 byte E9
  assert.deepEqual(f.entries[2].range, { start: { line: 2, character: 0 }, end: { line: 2, character: 6 } });
  const typo = f.diagnostics.find((d: { code: string; message: string }) => d.code === 'unknown-key' && /retriess/.test(d.message));
  assert.ok(typo);
  assert.equal(typo.severity, 'warning');
  assert.deepEqual(typo.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 8 } });
  assert.deepEqual(typo.fixes[0].edits, [{ range: typo.range, newText: 'retries' }]);
  assert.equal(typo.fixes[0].title, "Change to 'retries'");
  // The first acks line is overridden by the third: `related` points at the one that wins.
  const dup = f.diagnostics.find((d: { code: string }) => d.code === 'duplicate-key');
  assert.deepEqual(dup.related, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 6 } }, message: 'the value Java keeps' }]);
  for (const d of f.diagnostics) assert.deepEqual(Object.keys(d).sort(), d === dup ? ['code', 'fixes', 'message', 'range', 'related', 'severity'] : ['code', 'fixes', 'message', 'range', 'severity']);
});

test('--format sarif', () => {
  const p = file('sarif.properties', 'acks=ALL\nlinger,ms=5\n');
  const r = capture((out) => runCheck([p, '--format', 'sarif', '--severity=missing-required=off'], out));
  assert.equal(r.code, 1);
  const s = JSON.parse(r.stdout);
  assert.equal(s.version, '2.1.0');
  const results = s.runs[0].results;
  assert.deepEqual(results.map((x: { ruleId: string; level: string }) => `${x.ruleId}:${x.level}`), ['invalid-value:error', 'unknown-key:warning']);
  assert.deepEqual(results[0].locations[0].physicalLocation.region, { startLine: 1, startColumn: 6, endLine: 1, endColumn: 9 });
  // Every registered rule, documented: SARIF viewers show shortDescription, help and helpUri.
  const rules = s.runs[0].tool.driver.rules as { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string; markdown: string }; helpUri: string; defaultConfiguration: { level: string } }[];
  assert.deepEqual(rules.map((x) => x.id), REGISTRY.map((x) => x.code));
  const acks = rules.find((x) => x.id === 'idempotence-acks')!;
  assert.match(acks.shortDescription.text, /acks other than all/);
  assert.match(acks.help.markdown, /## Why it matters/);
  assert.equal(acks.defaultConfiguration.level, 'error');
  assert.ok(existsSync(fileURLToPath(acks.helpUri)), acks.helpUri);
  assert.ok(acks.helpUri.endsWith('/docs/rules/idempotence-acks.md'));
  const ko = JSON.parse(capture((out) => runCheck([p, '--format', 'sarif', '--locale', 'ko'], out)).stdout).runs[0].tool.driver.rules;
  assert.match(ko.find((x: { id: string }) => x.id === 'idempotence-acks').help.markdown, /## 왜 중요한가/);
  // relatedLocations: a duplicated key names the line that wins.
  const q = file('sarif-dup.properties', 'acks=1\nlinger.ms=5\nacks=all\n');
  const dup = JSON.parse(capture((out) => runCheck([q, '--format', 'sarif', '--severity=missing-required=off'], out)).stdout).runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'duplicate-key');
  assert.deepEqual(dup.relatedLocations, [{ id: 0, physicalLocation: { artifactLocation: { uri: q.split('\\').join('/') }, region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 9 } }, message: { text: 'the value Java keeps' } }]);
});

test('kpc fix prints the fixed file; --write writes it; a second run changes nothing', () => {
  const dir = join(TMP, 'fixdir');
  mkdirSync(dir, { recursive: true });
  const seed = readFileSync(join(ROOT, 'examples/producer.config'));
  const p = join(dir, 'producer.config');
  writeFileSync(p, Buffer.concat([Buffer.from('# caf\xe9 (Latin-1 byte kept)\n', 'latin1'), seed]));
  const printed = kpc('fix', p, '--kafka-version', '2.8', '--client', 'console-producer');
  assert.equal(printed.code, 0);
  assert.match(printed.stdout, /^enable\.idempotence =true\nacks=all\nmax\.in\.flight\.requests\.per\.connection =5\nretries = 5\n$/m);
  assert.deepEqual(readFileSync(p), Buffer.concat([Buffer.from('# caf\xe9 (Latin-1 byte kept)\n', 'latin1'), seed]), 'without --write the file is untouched');
  const w = kpc('fix', p, '--write', '--kafka-version', '2.8', '--client', 'console-producer');
  assert.equal(w.code, 0);
  assert.match(w.stderr, /4 fixes applied/);
  const after = readFileSync(p);
  assert.equal(after[5], 0xe9, 'Latin-1 byte written back as one byte');
  const again = kpc('fix', p, '--write', '--kafka-version', '2.8', '--client', 'console-producer');
  assert.match(again.stderr, /0 fixes applied/);
  assert.deepEqual(readFileSync(p), after);
  assert.equal(kpc('check', p, '--kafka-version', '2.8', '--client', 'console-producer').code, 0);
  const r = capture((out) => runFix([p], out));
  assert.equal(r.code, 0);
});

test('a reader that stops early (kpc check … | head) ends the output quietly: no stack trace, the usual exit code', async () => {
  const many = file('many.config', Array.from({ length: 20_000 }, (_, i) => `retriess.${i}=x\n`).join(''));
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [CLI, 'check', many, '--format', 'json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  // read one chunk, then close the pipe as `head -c` does
  await new Promise<void>((resolve) => child.stdout.once('data', () => { child.stdout.destroy(); resolve(); }));
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  assert.equal(stderr, '');
  assert.equal(code, 0, 'unknown keys are warnings: exit 0 as with a full read');
});

test('files over the size limit, devices and pipes: a clear error, never a hang or an out-of-memory crash', () => {
  const huge = join(TMP, 'huge.config');
  writeFileSync(huge, '');
  truncateSync(huge, 17 * 1024 * 1024); // sparse: 17 MiB of NUL bytes without writing them
  const big = kpc('check', huge);
  assert.equal(big.code, 2);
  assert.match(big.stderr, /huge\.config: Not checked: the file is too large \(17\.0 MiB; producer configs are checked up to 16\.0 MiB\)/);
  // no size to look at first: reading stops at the limit
  const zero = spawnSync(process.execPath, [CLI, 'check', '/dev/zero'], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(zero.status, 2, `exit ${zero.status} signal ${zero.signal}`);
  assert.match(zero.stderr, /\/dev\/zero: Not checked: the file is too large \(over 16\.0 MiB/);
  // a pipe within the limit is read to its end (a shell pipe: Node's own stdin pipes are sockets, which /dev/stdin cannot open)
  const piped = spawnSync('sh', ['-c', `printf 'retriess=1\\n' | "${process.execPath}" "${CLI}" check /dev/stdin --format json`], { encoding: 'utf8' });
  assert.equal(piped.status, 0, piped.stderr);
  assert.ok((JSON.parse(piped.stdout) as { files: { diagnostics: { code: string }[] }[] }).files[0]!.diagnostics.some((d) => d.code === 'unknown-key'));
});
