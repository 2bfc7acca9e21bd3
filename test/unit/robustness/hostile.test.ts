// Hostile and large inputs (cases in hostile-cases.ts) run in a child process with a watchdog: the
// work is synchronous, so the test runner's own timeout could not stop a hang. A case that takes
// longer than WATCHDOG_MS is killed and fails; one that throws fails with its message.
// Plus the CLI on unreadable files and directories.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../../server/src/cli/check';
import { runFix } from '../../../server/src/cli/fix';
import { readConfigFile } from '../../../server/src/cli/io';
import { HOSTILE_CASES } from './hostile-cases';

// Generous: a loaded 2-core CI machine runs the 10 MB case in well under a minute; a hang never ends.
const WATCHDOG_MS = 120_000;
const MB = 1024 * 1024;

describe('hostile and large inputs (child process, watchdog per case)', () => {
  const results = new Map<number, string>();
  before(async () => {
    await new Promise<void>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'hostile-cases.ts')], { stdio: ['ignore', 'pipe', 'pipe'] });
      let running = -1;
      let timer: NodeJS.Timeout | undefined;
      let buf = '';
      let stderr = '';
      const arm = () => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          results.set(running, `hung: killed after ${WATCHDOG_MS / 1000} s`);
          child.kill('SIGKILL');
        }, WATCHDOG_MS);
      };
      arm();
      child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
      child.stdout.on('data', (d: Buffer) => {
        buf += d.toString();
        let nl;
        while ((nl = buf.indexOf('\n')) >= 0) {
          const line = buf.slice(0, nl);
          buf = buf.slice(nl + 1);
          const m = /^(start|ok|fail) (\d+)(?: (.*))?$/.exec(line);
          if (!m) continue;
          const i = Number(m[2]);
          if (m[1] === 'start') {
            running = i;
            arm();
          } else results.set(i, m[1] === 'ok' ? 'ok' : (JSON.parse(m[3] ?? '""') as string));
        }
      });
      child.on('exit', (code, signal) => {
        if (timer) clearTimeout(timer);
        if (running >= 0 && !results.has(running)) results.set(running, `child died (${signal ?? code}): ${stderr.slice(-2000)}`);
        resolve();
      });
    });
  });

  HOSTILE_CASES.forEach(({ name }, i) => {
    test(name, () => {
      assert.equal(results.get(i) ?? 'not run (an earlier case hung or crashed the child)', 'ok');
    });
  });
});

describe('CLI on unreadable input', () => {
  let dir: string;
  before(() => void (dir = mkdtempSync(join(tmpdir(), 'kpc-hostile-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const collect = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { stdout: (s: string | Uint8Array) => void out.push(typeof s === 'string' ? s : Buffer.from(s).toString('latin1')), stderr: (s: string) => void err.push(s) } };
  };

  test('a directory, a missing file, a path through a file: one clear line each, exit 2', () => {
    const sub = join(dir, 'conf.d');
    mkdirSync(sub, { recursive: true });
    const file = join(dir, 'ok.properties');
    writeFileSync(file, 'acks=all\n');
    // kpc check takes a directory as DIR (every producer config below it): an empty one is an error of its own.
    const cases: [string, RegExp, RegExp?][] = [
      [sub, /is a directory/, /no producer config found/],
      [join(dir, 'missing.config'), /no such file/],
      [join(file, 'child'), /cannot read \(ENOTDIR\)|not a directory/i],
    ];
    for (const [p, want, wantCheck] of cases) {
      const r = readConfigFile(p);
      assert.equal(r.ok, false);
      assert.match((r as { message: string }).message, want);
      const c = collect();
      assert.equal(runCheck([p], c.io), 2, `check ${p}`);
      assert.match(c.err.join(''), wantCheck ?? want);
      assert.ok(!/\n\s+at /.test(c.err.join('')), 'no stack trace');
      const f = collect();
      assert.equal(runFix([p], f.io), 2, `fix ${p}`);
      assert.match(f.err.join(''), want);
    }
    // A readable file next to an unreadable one is still checked.
    const c = collect();
    assert.equal(runCheck([sub, file], c.io), 2);
    assert.match(c.err.join(''), /1 file checked/);
  });

  test('a binary file (random bytes, NULs, 2 MB) is checked without crashing', { timeout: WATCHDOG_MS }, () => {
    const bin = join(dir, 'binary.config');
    const bytes = new Uint8Array(2 * MB);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      bytes[i] = x >>> 24;
    }
    writeFileSync(bin, bytes);
    for (const format of ['text', 'json', 'sarif']) {
      const c = collect();
      const code = runCheck([bin, '--format', format], c.io);
      assert.ok(code === 0 || code === 1, `exit ${code}: ${c.err.join('').slice(0, 300)}`);
      if (format !== 'text') JSON.parse(c.out.join(''));
    }
  });
});
