import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeLatin1, entryPhysicalLines, escapeForProperties, lastWins, MALFORMED_UNICODE_MESSAGE, parseProperties } from '#core';
import { assertCovers, javaView, pieces, randomInput, rng } from './helpers';

/** [key, value] of each entry in file order. */
function kv(text: string): [string, string][] {
  const p = parseProperties(text);
  assertCovers(p);
  return p.entries.map((e) => [e.key, e.value]);
}

describe('separators', () => {
  test('=, : and whitespace, with whitespace around', () => {
    assert.deepEqual(pieces(parseProperties('a=1\nb:2\nc 3\nd\t4\ne\f5\nf = 6\ng : 7\nh   8\n')), [
      ['a', '1', 'a', '=', '1'],
      ['b', '2', 'b', ':', '2'],
      ['c', '3', 'c', ' ', '3'],
      ['d', '4', 'd', '\t', '4'],
      ['e', '5', 'e', '\f', '5'],
      ['f', '6', 'f', ' = ', '6'],
      ['g', '7', 'g', ' : ', '7'],
      ['h', '8', 'h', '   ', '8'],
    ]);
  });
  test('only one = or : belongs to the separator; the next is value', () => {
    assert.deepEqual(kv('a==b\na = = b\na:=b\na =:b\na  :  :b'), [['a', '=b'], ['a', '= b'], ['a', '=b'], ['a', ':b'], ['a', ':b']]);
  });
  test('whitespace-only separator records no separator char', () => {
    const [a, b, c] = parseProperties('a b\nc=d\ne').entries;
    assert.equal(a?.separatorChar, null);
    assert.equal(b?.separatorChar, '=');
    assert.equal(c?.separatorChar, null);
  });
  test('vertical tab and NBSP are not whitespace', () => {
    assert.deepEqual(kv('a\u000bb=c\na\u00a0b=c'), [['a\u000bb', 'c'], ['a\u00a0b', 'c']]);
  });
  test('trailing whitespace stays in the value', () => {
    assert.deepEqual(kv('a=b  \t'), [['a', 'b  \t']]);
  });
});

describe('lines, whitespace and comments', () => {
  test('leading whitespace is skipped; whitespace-only lines are skipped', () => {
    const p = parseProperties('  \t a=1\n   \n\f\n\tb = 2');
    assert.deepEqual(pieces(p), [['a', '1', 'a', '=', '1'], ['b', '2', 'b', ' = ', '2']]);
    assert.equal(p.entries[0]?.span.start, 4);
    assert.equal(p.entries[1]?.line, 3);
    assertCovers(p);
  });
  test('# and ! comments, also after leading whitespace', () => {
    const p = parseProperties('# one\n  ! two\n#\na=1 # not a comment\n');
    assert.deepEqual(p.comments.map((c) => [c.marker, c.text, c.line, p.text.slice(c.span.start, c.span.end)]), [
      ['#', ' one', 0, '# one'],
      ['!', ' two', 1, '! two'],
      ['#', '', 2, '#'],
    ]);
    assert.deepEqual(kv(p.text), [['a', '1 # not a comment']]);
  });
  test('a comment-looking line that continues a value is content', () => {
    assert.deepEqual(kv('a=1,\\\n# 2\nb=3'), [['a', '1,# 2'], ['b', '3']]);
  });
  test('a comment ending in a backslash does not continue', () => {
    assert.deepEqual(kv('# comment \\\na=1'), [['a', '1']]);
  });
  test('CR, LF and CRLF all end lines, mixed in one file', () => {
    const p = parseProperties('a=1\rb=2\nc=3\r\nd=4\n\re=5');
    assert.deepEqual(p.entries.map((e) => [e.key, e.value, e.line]), [['a', '1', 0], ['b', '2', 1], ['c', '3', 2], ['d', '4', 3], ['e', '5', 5]]);
    assert.deepEqual(p.lineStarts, [0, 4, 8, 13, 17, 18]);
    assertCovers(p);
  });
  test('last line without newline, empty file, whitespace-only file', () => {
    assert.deepEqual(kv('a=1\nb=2'), [['a', '1'], ['b', '2']]);
    assert.deepEqual(kv(''), []);
    assert.deepEqual(kv(' \t\r\n\n\f'), []);
  });
});

describe('continuations', () => {
  test('odd trailing backslashes continue, even ones are literal', () => {
    assert.deepEqual(kv('a=1\\\n2'), [['a', '12']]);
    assert.deepEqual(kv('a=1\\\\\n2=3'), [['a', '1\\'], ['2', '3']]);
    assert.deepEqual(kv('a=1\\\\\\\n2'), [['a', '1\\2']]);
    assert.deepEqual(kv('a=1\\\\\\\\\nb'), [['a', '1\\\\'], ['b', '']]);
  });
  test('leading whitespace of continuation lines is skipped, trailing kept', () => {
    assert.deepEqual(kv('a=x, \\\n   \t y, \\\r\n\fz'), [['a', 'x, y, z']]);
  });
  test('continuation with CRLF and CR', () => {
    assert.deepEqual(kv('a=1\\\r\n2\\\r3\\\n4'), [['a', '1234']]);
  });
  test('a blank continuation line ends the logical line', () => {
    assert.deepEqual(kv('a=1\\\n\nb=2'), [['a', '1'], ['b', '2']]);
    assert.deepEqual(kv('a=1\\\n   \nb=2'), [['a', '1'], ['b', '2']]);
  });
  test('continuation inside the key and the separator', () => {
    const p = parseProperties('ke\\\n  y \\\n  = \\\n  v');
    assert.deepEqual(pieces(p), [['key', 'v', 'ke\\\n  y', ' \\\n  = \\\n  ', 'v']]);
    assert.equal(p.entries[0]?.lineCount, 4);
    assertCovers(p);
  });
  test('valueSpan covers the raw value across continuation lines; physical lines are cheap to get', () => {
    const text = 'x=1\nsasl.jaas.config=Module required \\\n    username="u" \\\n    password="p";\ny=2\n';
    const p = parseProperties(text);
    const e = p.entries[1];
    assert.ok(e);
    assert.equal(e.value, 'Module required username="u" password="p";');
    assert.equal(text.slice(e.valueSpan.start, e.valueSpan.end), 'Module required \\\n    username="u" \\\n    password="p";');
    assert.deepEqual([e.line, e.lineCount], [1, 3]);
    assert.deepEqual(entryPhysicalLines(p, e).map((s) => text.slice(s.start, s.end)), [
      'sasl.jaas.config=Module required \\',
      '    username="u" \\',
      '    password="p";',
    ]);
  });
  test('end-of-file quirks of LineReader (checked on a JVM)', () => {
    assert.deepEqual(kv('a=1\\'), [['a', '1']]);
    assert.deepEqual(kv('key\\'), [['key', '']]);
    assert.deepEqual(kv('\\'), [['', '']]);
    assert.deepEqual(kv('\\\n'), [['', '']]);
    assert.deepEqual(kv('\\\r'), [['', '']]);
    assert.deepEqual(kv('\\\r\n'), []);
    assert.deepEqual(kv('\\\n  '), []);
    assert.deepEqual(kv('a=1\\\r\n'), [['a', '1']]);
  });
  test('a line that is only a backslash: skipped, and a following # line is a comment', () => {
    const p = parseProperties('\\\n#c\n  \\\n\nx=1\n\\\n  y=2');
    assert.deepEqual(p.entries.map((e) => [e.key, e.value]), [['x', '1'], ['y', '2']]);
    assert.deepEqual(p.comments.map((c) => c.text), ['c']);
    assert.equal(p.orphanContinuations.length, 2);
    assert.equal(p.text.slice(p.entries[1]!.keySpan.start, p.entries[1]!.keySpan.end), '\\\n  y');
    assertCovers(p);
  });
});

describe('escapes', () => {
  test('\\t \\n \\r \\f and other \\x → x', () => {
    assert.deepEqual(kv('a=\\t\\n\\r\\f\\b\\\\\\"\\q'), [['a', '\t\n\r\f' + 'b\\"q']]);
  });
  test('\\uXXXX, upper and lower hex, also across a continuation', () => {
    assert.deepEqual(kv('\\u0041\\u00e9\\u00E9=\\uD83D\\uDE00\nb=\\u00\\\n   41'), [['Aéé', '😀'], ['b', 'A']]);
  });
  test('escaped separators, spaces and comment markers in keys', () => {
    assert.deepEqual(kv('a\\=b=c\na\\:b:c\na\\ b c\n\\#k=1\n\\!k=2\na\\\\=b'), [
      ['a=b', 'c'], ['a:b', 'c'], ['a b', 'c'], ['#k', '1'], ['!k', '2'], ['a\\', 'b'],
    ]);
  });
  test('escaped leading whitespace in a value is kept', () => {
    assert.deepEqual(kv('a=\\  x'), [['a', '  x']]);
  });
  test('malformed \\u is a problem (Java throws), parsing goes on', () => {
    const text = 'a=1\nk\\u12=x\nv=\\uZZZZ!\nw=\\u00\nlast=ok';
    const p = parseProperties(text);
    assert.deepEqual(p.entries.map((e) => [e.key, e.value]), [['a', '1'], ['k\\u12', 'x'], ['v', '\\uZZZZ!'], ['w', '\\u00'], ['last', 'ok']]);
    assert.deepEqual(p.problems.map((q) => [q.code, text.slice(q.span.start, q.span.end), q.entryIndex]), [
      ['malformed-unicode-escape', '\\u12', 1],
      ['malformed-unicode-escape', '\\uZZZZ', 2],
      ['malformed-unicode-escape', '\\u00', 3],
    ]);
    assert.ok(p.problems[0]?.message.startsWith(MALFORMED_UNICODE_MESSAGE));
  });
  test('a valid \\u escape is not a problem even when followed by hex', () => {
    assert.deepEqual(parseProperties('a=\\u00411').problems, []);
  });
});

describe('BOM, bytes, keys and duplicates', () => {
  test('U+FEFF is not skipped: it starts the first key, and makes a first # line a key', () => {
    const p = parseProperties('\uFEFFacks=all');
    assert.equal(p.hasBom, true);
    assert.equal(p.bom, 'U+FEFF');
    assert.deepEqual(p.lineStarts, [0]);
    assert.deepEqual(kv('\uFEFFacks=all'), [['\uFEFFacks', 'all']]);
    assert.deepEqual(kv('\uFEFF# c\na=1'), [['\uFEFF#', 'c'], ['a', '1']]);
  });
  test('a UTF-8 BOM read as ISO-8859-1 (what Kafka reads) also starts the first key', () => {
    const text = decodeLatin1(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x3d, 0x31]));
    const p = parseProperties(text);
    assert.equal(p.bom, 'latin1-utf8');
    assert.deepEqual(p.entries.map((e) => e.key), ['ï»¿a']);
    assert.equal(parseProperties('a=1').hasBom, false);
  });
  test('decodeLatin1 maps every byte to the same code point (not windows-1252)', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    const s = decodeLatin1(all);
    assert.equal(s.length, 256);
    for (let i = 0; i < 256; i++) assert.equal(s.charCodeAt(i), i);
    assert.equal(decodeLatin1(new TextEncoder().encode('é')), 'Ã©');
    const big = new Uint8Array(100_000).fill(0x41);
    assert.equal(decodeLatin1(big), 'A'.repeat(100_000));
  });
  test('empty values and keys without value', () => {
    assert.deepEqual(kv('a=\nb:\nc\nd   \ne = \n=v\n:v'), [['a', ''], ['b', ''], ['c', ''], ['d', ''], ['e', ''], ['', 'v'], ['', 'v']]);
    const p = parseProperties('c\nd   ');
    assert.deepEqual(pieces(p), [['c', '', 'c', '', ''], ['d', '', 'd', '   ', '']]);
  });
  test('duplicates are all listed in order; the last wins', () => {
    const p = parseProperties('a=1\nb=2\na=3\n');
    assert.deepEqual(p.entries.map((e) => e.value), ['1', '2', '3']);
    assert.deepEqual(lastWins(p).get('a'), { value: '3', entryIndex: 2 });
  });
  test('__proto__, constructor and toString are ordinary keys', () => {
    const p = parseProperties('__proto__=x\nconstructor=y\ntoString=z\nhasOwnProperty=w');
    const m = lastWins(p);
    assert.equal(m.get('__proto__')?.value, 'x');
    assert.equal(m.get('constructor')?.value, 'y');
    assert.equal(m.size, 4);
    assert.deepEqual(javaView(p).map(([k]) => k), ['__proto__', 'constructor', 'hasOwnProperty', 'toString']);
  });
});

describe('escapeForProperties', () => {
  test('keys and values', () => {
    assert.equal(escapeForProperties('a b=c:d', 'key'), 'a\\ b\\=c\\:d');
    assert.equal(escapeForProperties('#x!', 'key'), '\\#x!');
    assert.equal(escapeForProperties('  v = w', 'value'), '\\  v = w');
    assert.equal(escapeForProperties('=v', 'value'), '\\=v');
    assert.equal(escapeForProperties('host:9092', 'value'), 'host:9092');
    assert.equal(escapeForProperties('café\t€\\', 'value'), 'caf\\u00E9\\t\\u20AC\\\\');
    assert.equal(escapeForProperties('', 'value'), '');
  });
  test('round-trips through the parser for any separator style (seeded random strings)', () => {
    const next = rng(7);
    const alphabet = ['a', ' ', '\t', '\f', '=', ':', '#', '!', '\\', '\n', '\r', 'é', '😀', '\u0000', 'u', '0', '\uFEFF'];
    for (let i = 0; i < 500; i++) {
      const pick = () => Array.from({ length: Math.floor(next() * 8) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const k = pick();
      const v = pick();
      for (const sep of ['=', ' : ', ' ', '\t=\t']) {
        if (k === '' && !/[=:]/.test(sep)) continue; // an empty key needs an = or : (else the value becomes the key)
        const text = `${escapeForProperties(k, 'key')}${sep}${escapeForProperties(v, 'value')}`;
        const p = parseProperties(text);
        assert.deepEqual(p.entries.map((e) => [e.key, e.value]), [[k, v]], JSON.stringify(text));
        assert.deepEqual(p.problems, []);
        // ASCII only: Kafka reads it right whatever the file encoding.
        assert.match(escapeForProperties(k, 'key') + escapeForProperties(v, 'value'), /^[\x20-\x7e]*$/);
      }
    }
  });
});

describe('robustness', () => {
  test('random inputs never throw and spans always cover the text', () => {
    const next = rng(12345);
    for (let i = 0; i < 3000; i++) {
      const text = randomInput(next, 60);
      const p = parseProperties(text);
      assertCovers(p);
      for (const e of p.entries) assert.ok(e.line >= 0 && e.lineCount >= 1 && e.line + e.lineCount <= p.lineStarts.length);
    }
  });
  test('non-string input is tolerated', () => {
    assert.deepEqual(parseProperties(undefined as unknown as string).entries, []);
    assert.deepEqual(parseProperties(null as unknown as string).entries, []);
  });
  test('a million backslashes, a 1 MB line, NUL bytes', () => {
    const bs = '\\'.repeat(1_000_000);
    let p = parseProperties(`k=${bs}`);
    assert.equal(p.entries[0]?.value, '\\'.repeat(500_000));
    p = parseProperties(`${bs}\\\nx`);
    assert.equal(p.entries[0]?.key, '\\'.repeat(500_000) + 'x');
    p = parseProperties(`k=${'\\u'.repeat(300_000)}`);
    assert.equal(p.problems.length, 1000); // capped; Java stops at the first
    const line = 'v'.repeat(1 << 20);
    p = parseProperties(`key=${line}`);
    assert.equal(p.entries[0]?.value.length, 1 << 20);
    p = parseProperties('a\u0000b=\u0000\n\u0000');
    assert.deepEqual(p.entries.map((e) => [e.key, e.value]), [['a\u0000b', '\u0000'], ['\u0000', '']]);
  });
  test('100k continuation lines form one entry with exact spans', () => {
    const text = 'k=' + Array.from({ length: 100_000 }, (_, i) => `  ${i % 10}\\`).join('\n') + '\nend';
    const p = parseProperties(text);
    assert.equal(p.entries.length, 1);
    const e = p.entries[0]!;
    assert.equal(e.lineCount, 100_001);
    assert.equal(e.value.length, 100_003);
    assert.ok(e.value.endsWith('789end'));
    assert.equal(e.valueSpan.end, text.length);
    assertCovers(p);
  });
  test('100k-line file: every entry found', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => (i % 5 === 0 ? `# c${i}` : `key.${i} = value-${i}`)).join('\n');
    const p = parseProperties(text);
    assert.equal(p.entries.length, 80_000);
    assert.equal(p.comments.length, 20_000);
    assert.equal(p.entries[79_999]?.value, 'value-99999');
  });
});

test('every example in examples/ parses with no problem and full coverage', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk('examples');
  assert.ok(files.length >= 4);
  for (const f of files) {
    const p = parseProperties(decodeLatin1(readFileSync(f)));
    assert.deepEqual(p.problems, [], f);
    assert.ok(p.entries.length > 0, f);
    assertCovers(p);
  }
  const seed = parseProperties(readFileSync('examples/producer.config', 'utf8'));
  assert.deepEqual(seed.entries.map((e) => [e.key, e.value]), [['enavle.idempotence', 'true'], ['max.in.flight.request.per.connection', '5'], ['retriess', '5']]);
});
