// CI integrations: the $kpc problem matcher against real kpc output, the pre-commit hook (its entry runs,
// its file pattern is the extension's, the npm package it installs has the CLI), and the GitHub Actions
// example (well-formed YAML; every kpc command in it runs and the SARIF it uploads is produced).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import * as esbuild from 'esbuild';
import { parse, parseDocument } from 'yaml';
import { isBuiltinProducerConfig, PRODUCER_CONFIG_FILENAMES, PRODUCER_CONFIG_PATTERNS } from '../../../server/src/service/project/patterns';

const ROOT = join(__dirname, '..', '..', '..');
const TMP = mkdtempSync(join(tmpdir(), 'kpc-ci-'));
const CLI = join(TMP, 'cli.js');
mkdirSync(join(TMP, '.git'));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  scripts: Record<string, string>;
  contributes: { problemMatchers: { name: string; owner: string; severity: string; fileLocation: string[]; pattern: { regexp: string; file: number; line: number; column: number; severity: number; code: number; message: number } }[] };
};

before(async () => {
  await esbuild.build({ entryPoints: [join(ROOT, 'server/src/cli/main.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: CLI, logLevel: 'silent' });
});

function kpc(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, ...opts.env };
  if (!opts.env?.FORCE_COLOR) delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: opts.cwd ?? ROOT, env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A config with an error, a warning, an information and a hint finding. */
const SAMPLE = 'acks=2\nretriess=3\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="u" password="p";\n';

test('the $kpc problem matcher reads every finding line of real kpc output, and nothing else', () => {
  const m = pkg.contributes.problemMatchers.find((x) => x.name === 'kpc')!;
  assert.ok(m, 'package.json contributes a problem matcher named kpc');
  assert.equal(m.owner, 'kpc');
  // VS Code maps error/warning/hint itself; "information" is not a severity name it knows and falls back to this.
  assert.equal(m.severity, 'info');
  assert.deepEqual(m.fileLocation, ['autoDetect', '${workspaceFolder}']);
  const re = new RegExp(m.pattern.regexp);
  const dir = mkdtempSync(join(TMP, 'pm-'));
  mkdirSync(join(dir, 'conf dir'));
  writeFileSync(join(dir, 'conf dir', 'a:b.producer.config'), SAMPLE);
  for (const locale of ['en', 'ko']) {
    const file = join('conf dir', 'a:b.producer.config');
    const text = kpc(['check', file, '--locale', locale], { cwd: dir });
    const json = JSON.parse(kpc(['check', file, '--locale', locale, '--format', 'json'], { cwd: dir }).stdout) as { files: { diagnostics: { code: string; severity: string; message: string; range: { start: { line: number; character: number } } }[] }[] };
    const diags = json.files[0]!.diagnostics;
    assert.deepEqual([...new Set(diags.map((d) => d.severity))].sort(), ['error', 'hint', 'information', 'warning']);
    const lines = text.stdout.trimEnd().split('\n');
    assert.equal(lines.length, diags.length);
    lines.forEach((line, i) => {
      const g = re.exec(line);
      assert.ok(g, line);
      const d = diags[i]!;
      assert.deepEqual(
        [g[m.pattern.file], Number(g[m.pattern.line]), Number(g[m.pattern.column]), g[m.pattern.severity], g[m.pattern.code], g[m.pattern.message]],
        [file, d.range.start.line + 1, d.range.start.character + 1, d.severity, d.code, d.message],
      );
    });
    // stderr (the summary, notes) never looks like a finding
    for (const l of text.stderr.split('\n')) assert.equal(re.exec(l), null, l);
    // In a terminal the lines carry colour; VS Code matches the terminal's text, which is the plain output.
    const coloured = kpc(['check', file, '--locale', locale], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout;
    assert.match(coloured, /\x1b\[/);
    assert.equal(coloured.replace(/\x1b\[\d+m/g, ''), text.stdout);
  }
});

test('the pre-commit hook: its entry runs on the files its pattern selects, which are the files the extension claims', () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string; require_serial?: boolean }[];
  const hook = hooks.find((h) => h.id === 'kpc-check')!;
  assert.equal(hook.language, 'node');
  assert.equal(hook.entry, 'kpc check');
  // pre-commit reads `files` as a Python regex with re.search; (?i) is its inline flag.
  assert.ok(hook.files.startsWith('(?i)'));
  const re = new RegExp(hook.files.slice(4), 'i');
  const names = [
    ...PRODUCER_CONFIG_FILENAMES,
    ...PRODUCER_CONFIG_PATTERNS.map((p) => p.replace('*', 'orders')),
    ...PRODUCER_CONFIG_PATTERNS.map((p) => `deep/dir/${p.replace('*', 'x-y')}`),
    'PRODUCER.CONFIG', 'a/Producer.Properties', 'consumer.properties', 'producer.config.bak', 'producer.configs', 'my-producer.config', 'producer.config/x', 'kafka.properties', 'producer-properties',
  ];
  for (const n of names) assert.equal(re.test(n), isBuiltinProducerConfig(n), n);
  assert.ok(names.filter((n) => re.test(n)).length >= 10);
  // The entry: `kpc` is the package's bin; run it as pre-commit does, with the staged file names appended.
  assert.equal(pkg.bin.kpc, 'dist/cli.js');
  const [cmd, ...args] = hook.entry.split(' ');
  assert.equal(cmd, 'kpc');
  const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter((f) => f.startsWith('examples/') && re.test(f));
  assert.ok(tracked.length >= 3, tracked.join(', '));
  const ok = kpc([...args, ...tracked]);
  assert.equal(ok.code, 0, ok.stdout + ok.stderr);
  const dir = mkdtempSync(join(TMP, 'hook-'));
  writeFileSync(join(dir, 'producer.properties'), 'acks=2\n');
  assert.equal(kpc([...args, 'producer.properties'], { cwd: dir }).code, 1, 'an error finding fails the commit');
});

test('the npm package pre-commit installs carries the CLI and the server it starts, built by "prepare"', () => {
  assert.equal(pkg.scripts.prepare, 'node scripts/prepare.mjs');
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const files = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
  for (const f of ['package.json', 'dist/cli.js', 'dist/server.js', 'schemas/generated/kpc-config.schema.json']) assert.ok(files.includes(f), `${f} missing from ${files.join(', ')}`);
  for (const f of files) assert.ok(!/\.ts$|\.map$|^(test|server|client|webview|bench|node_modules)\//.test(f), `${f} should not be packed`);
});

test('the GitHub Actions example is well-formed, uploads SARIF, and every kpc command in it runs', () => {
  const text = readFileSync(join(ROOT, 'docs', 'ci', 'github-actions-kpc.yml'), 'utf8');
  const doc = parseDocument(text, { prettyErrors: true, strict: true, uniqueKeys: true });
  assert.deepEqual(doc.errors.map((e) => e.message), []);
  assert.deepEqual(doc.warnings.map((e) => e.message), []);
  const wf = doc.toJS() as { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, { 'runs-on': string; steps: { uses?: string; run?: string; with?: Record<string, unknown>; if?: string }[] }> };
  assert.ok('pull_request' in wf.on && 'push' in wf.on);
  assert.equal(wf.permissions['security-events'], 'write');
  const steps = Object.values(wf.jobs)[0]!.steps;
  assert.ok(steps.some((s) => s.uses?.startsWith('actions/checkout@')));
  const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
  assert.equal(upload.with?.sarif_file, 'kpc.sarif');
  assert.equal(upload.if, 'always()');
  const commands = steps.flatMap((s) => (s.run ?? '').split('\n')).filter((l) => /^kpc /.test(l.trim()));
  assert.equal(commands.length, 2);
  for (const c of commands) {
    const [argv, redirect] = c.trim().split(' > ');
    const args = argv!.split(/\s+/).slice(1);
    const r = kpc(args);
    assert.notEqual(r.code, 2, `${c}: ${r.stderr}`);
    if (redirect === 'kpc.sarif') {
      assert.equal(r.code, 0, '--exit-zero: the report is written even with errors');
      const sarif = JSON.parse(r.stdout) as { version: string; runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
      assert.equal(sarif.version, '2.1.0');
      // paths relative to the repository root, as code scanning wants them
      for (const res of sarif.runs[0]!.results) assert.doesNotMatch(res.locations[0]!.physicalLocation.artifactLocation.uri, /^\//);
      assert.ok(sarif.runs[0]!.results.length > 0);
    }
  }
});
