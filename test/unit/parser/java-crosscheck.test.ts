// Compares the parser with a real JVM: test/java/PropsDump.java prints what
// java.util.Properties.load sees for each file, for load(InputStream) (ISO-8859-1, what Kafka's
// Utils.loadProps uses) and load(Reader) over UTF-8. Hundreds of generated inputs, two JVM runs.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeLatin1, escapeForProperties, MALFORMED_UNICODE_MESSAGE, parseProperties, type ParsedProperties } from '#core';
import { assertCovers, javaView, randomInput, rng } from './helpers';
import { hasCommand, testNeeding } from '../../needs';

type JavaResult =
  | { file: string; ok: true; entries: [string, string][] }
  | { file: string; ok: false; error: string; message: string };

const haveJavac = hasCommand('javac') && hasCommand('java');

/** Hand-written edge cases, checked on the JVM too. */
const EDGE_CASES: string[] = [
  '', '\\', '\\\n', '\\\r', '\\\r\n', '\\\n  ', '\\\n#c\nx=1', '\\\n\\\n!c', 'a=1\\', 'key\\', 'a=1\\\r\n', 'a=1\\\n\nb',
  '\uFEFF#c\nacks=all', '\uFEFFacks=all', 'k=\\u00', 'k=\\u00\\\n41', 'k\\u12=x', '\\uZZZZ', 'a=\\u004', 'a=\\u0041x',
  'a==b', 'a = = b', 'a  :  :b', 'a\\=b=c', 'a\\ b c', '\\#k=1', '\\!k=2', 'a=\\t\\n\\r\\f\\b\\\\\\q',
  'a=1\rb=2\nc=3\r\nd=4\n\re=5', 'ke\\\n  y \\\n  = \\\n  v', 'a=x, \\\n   \t y, \\\r\n\fz', '# comment \\\na=1',
  'a=1,\\\n# 2\nb=3', 'é=é\nclient.id=café', 'a\u000bb=c', 'a\u0000b=\u0000', '=v\n:v\n = v', 'a=1\na=2\na=3',
  '__proto__=x\nconstructor=y', '   \t\f', '\f\fk\f=\fv', 'k=v\\\\\\\\\\\n  w', '😀=€',
];

let dir = '';
let classes = '';
const inputs: string[] = [];

before(() => {
  if (!haveJavac) return;
  dir = mkdtempSync(join(tmpdir(), 'kpc-props-'));
  classes = join(dir, 'classes');
  const c = spawnSync('javac', ['-d', classes, join('test', 'java', 'PropsDump.java')], { encoding: 'utf8' });
  assert.equal(c.status, 0, `javac failed: ${c.stderr}`);
  inputs.push(...EDGE_CASES);
  const next = rng(20240611);
  for (let i = 0; i < 400; i++) inputs.push(randomInput(next, 50, i % 2 === 0));
  // Realistic shapes: several lines with separators, continuations and comments.
  for (let i = 0; i < 60; i++) {
    const lines: string[] = [];
    for (let j = 0, n = 1 + Math.floor(next() * 6); j < n; j++) lines.push(randomInput(next, 12).replace(/[\r\n]/g, '') + ['=', ' = ', ':', ' ', '\\\n  '][Math.floor(next() * 5)] + randomInput(next, 8));
    inputs.push(lines.join(['\n', '\r\n', '\r'][i % 3]!));
  }
  // Files much larger than LineReader's 8192-char buffer, so buffer refills fall everywhere
  // (inside \r\n, right after a continuation backslash, inside comments).
  for (let i = 0; i < 6; i++) {
    let big = '';
    while (big.length < 40_000) big += randomInput(next, 40, false) + ['\n', '\r\n', '\r', '\\\r\n', '\\\n'][Math.floor(next() * 5)];
    inputs.push(big);
  }
  // escapeForProperties output must load back to the original key and value.
  const alphabet = ['a', ' ', '\t', '=', ':', '#', '!', '\\', '\n', '\r', 'é', '😀', 'u', '0', '\f'];
  for (let i = 0; i < 60; i++) {
    const pick = () => Array.from({ length: 1 + Math.floor(next() * 6) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    inputs.push(`${escapeForProperties(pick(), 'key')}=${escapeForProperties(pick(), 'value')}`);
  }
  inputs.forEach((text, i) => writeFileSync(join(dir, `${String(i).padStart(4, '0')}.properties`), Buffer.from(text, 'utf8')));
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function runJava(mode: 'stream' | 'reader'): JavaResult[] {
  const files = inputs.map((_, i) => join(dir, `${String(i).padStart(4, '0')}.properties`));
  const r = spawnSync('java', ['-Xshare:auto', '-cp', classes, 'PropsDump', mode, ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(r.status, 0, `java failed: ${r.stderr}`);
  const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as JavaResult);
  assert.equal(out.length, inputs.length);
  return out;
}

function compare(mode: string, text: string, ours: ParsedProperties, theirs: JavaResult): void {
  const where = `${mode} ${theirs.file}: ${JSON.stringify(text)}`;
  assertCovers(ours);
  if (theirs.ok) {
    assert.deepEqual(ours.problems, [], `Java loaded it, we report problems (${where})`);
    assert.deepEqual(javaView(ours), theirs.entries, where);
  } else {
    assert.equal(theirs.error, 'java.lang.IllegalArgumentException', where);
    assert.equal(theirs.message, MALFORMED_UNICODE_MESSAGE, where);
    assert.equal(ours.problems[0]?.code, 'malformed-unicode-escape', `Java threw, we did not report it (${where})`);
  }
}

testNeeding('javac and java (a JDK 17+)', haveJavac, 'Properties.load(InputStream) (ISO-8859-1, as Kafka reads producer.config) agrees with parseProperties(decodeLatin1(bytes))', (t) => {
  const results = runJava('stream');
  let threw = 0;
  results.forEach((res, i) => {
    const bytes = new Uint8Array(Buffer.from(inputs[i]!, 'utf8'));
    compare('stream', inputs[i]!, parseProperties(decodeLatin1(bytes)), res);
    if (!res.ok) threw++;
  });
  // The generator must exercise both outcomes, or the comparison proves little.
  assert.ok(threw > 50 && threw < results.length - 250, `malformed inputs: ${threw} of ${results.length}`);
  t.diagnostic(`${results.length} inputs; Java threw on ${threw}, loaded ${results.length - threw}; all agree`);
});

testNeeding('javac and java (a JDK 17+)', haveJavac, 'Properties.load(Reader) over UTF-8 agrees with parseProperties(text)', () => {
  const results = runJava('reader');
  results.forEach((res, i) => compare('reader', inputs[i]!, parseProperties(inputs[i]!), res));
});
