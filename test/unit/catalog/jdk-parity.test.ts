// Differential test: the TypeScript ports of the JDK primitives used by ConfigDef.parseType against the real JDK
// (java runs test/unit/catalog/jdk/JdkParse.java). Needs `java` on PATH: skipped without it, a failure under CI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { hasCommand, testNeeding } from '../../needs';
import { javaTrim, javaEqualsIgnoreCase, parseJavaInteger, parseJavaDouble, parseJavaList } from '../../../schemas/catalog/parseValue';

const hasJava = hasCommand('java');

const hex = (s: string) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16).padStart(4, '0')).join('');

function doubleBits(x: number): string {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  return dv.getBigUint64(0).toString(16);
}

/** Deterministic pseudo-random inputs over the characters that matter, plus hand-picked edge cases. */
function inputs(): string[] {
  const curated = [
    '', ' ', '5', ' 5 ', '\t16384\u0000', '+7', '-0', '-', '+', '16k', '5.0', '1e3', '0x10', '1_000', '2147483647', '2147483648', '-2147483648',
    '-2147483649', '32767', '32768', '-32769', '9223372036854775807', '9223372036854775808', '-9223372036854775808', '00012', '\u00a05',
    '\uff11\uff16', '\u0661\u0660', '\ud835\udfce', '0.8', '.5', '5.', '1e-1', '1E+2', '1d', '1f', '1D', '0x1p-1', '0X1.8P1', '0x.8p1', '0xp1', '0x1',
    'NaN', '-NaN', '+Infinity', '-Infinity', 'Infinityd', 'infinity', 'nan', '1e', 'e1', '..5', '1..5', '1e400', '4.9e-325', '0.1', '123456789012345678901234567890',
    'true', 'TRUE', ' False ', 'tRuE', 'yes', '1', 'on', 'fal\u017fe', 'tru\u0130', 'true ', 'true;',
    'a,b', ' a , b ', 'a,,b', 'a,', ',a', ',', ',,', 'a ,\tb', 'a\u00a0,b', 'a\u000b,b', 'a\u001c,b', 'a\u0085,b', 'a\u3000,b', 'a, b\n',
  ];
  const alphabet = [' ', '\t', '\u0000', '\u00a0', '0', '1', '5', '9', '+', '-', '.', 'e', 'x', 'p', 'f', 'd', ',', 'N', 'a', 'I', '\u0663', '\uff11'];
  let seed = 12345;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const random: string[] = [];
  for (let i = 0; i < 3000; i++) {
    let s = '';
    const len = rnd(7);
    for (let j = 0; j < len; j++) s += alphabet[rnd(alphabet.length)];
    random.push(s);
  }
  return [...curated, ...random];
}

testNeeding('java (a JDK 17+)', hasJava, 'TypeScript ConfigDef primitives match the JDK', () => {
  const list = inputs();
  const r = spawnSync('java', ['test/unit/catalog/jdk/JdkParse.java'], { input: list.map(hex).join('\n') + '\n', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(r.status, 0, r.stderr);
  // one output row per input (an empty input gives a row whose first field is empty)
  const lines = r.stdout.endsWith('\n') ? r.stdout.slice(0, -1).split('\n') : r.stdout.split('\n');
  assert.equal(lines.length, list.length, 'one JDK row per input');
  list.forEach((input, n) => {
    const [tHex, i, sh, l, d, bo, li] = lines[n]!.split('\t');
    const where = `input ${JSON.stringify(input)}`;
    const t = javaTrim(input);
    assert.equal(hex(t), tHex, `${where}: trim`);
    const js = (x: number | undefined) => (x === undefined ? 'ERR' : Object.is(x, -0) ? '0' : String(x));
    assert.equal(js(parseJavaInteger(t, 'int')), i, `${where}: int`);
    assert.equal(js(parseJavaInteger(t, 'short')), sh, `${where}: short`);
    const lv = parseJavaInteger(t, 'long');
    if (l === 'ERR') assert.equal(lv, undefined, `${where}: long`);
    else assert.equal(lv, Number(BigInt(l!)), `${where}: long`);
    const dv = parseJavaDouble(t);
    assert.equal(dv === undefined ? 'ERR' : Number.isNaN(dv) ? 'NaN' : doubleBits(dv), d, `${where}: double`);
    assert.equal(javaEqualsIgnoreCase(t, 'true') ? 'true' : javaEqualsIgnoreCase(t, 'false') ? 'false' : 'ERR', bo, `${where}: boolean`);
    assert.equal(parseJavaList(input).map((p) => `[${hex(p)}]`).join(''), li, `${where}: list`);
  });
});
