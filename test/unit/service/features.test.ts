// Unit tests of the pure editor features (hover, completion, code actions, outline, folding,
// formatting, links, inlay hints, semantic tokens) over real analyses of real text.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, type AnalysisOptions } from '../../../server/src/service/analyze';
import { codeActions, diffEdit, diffEdits, idempotentValues, latencyValues, resolveFixAll, throughputValues } from '../../../server/src/service/codeActions';
import { complete } from '../../../server/src/service/completion';
import { applyEdits } from '../../../server/src/service/fixAll';
import { foldingRanges } from '../../../server/src/service/folding';
import { formatEdits } from '../../../server/src/service/format';
import { hover } from '../../../server/src/service/hover';
import { defaultsLens, inlayHints } from '../../../server/src/service/inlayHints';
import { documentLinks } from '../../../server/src/service/links';
import { parseProperties } from '#core';
import { semanticTokens } from '../../../server/src/service/semanticTokens';
import { documentSymbols } from '../../../server/src/service/symbols';

const SEED = 'enavle.idempotence =true\nmax.in.flight.request.per.connection =5\nretriess = 5\n';
const at = (text: string, marker: string, delta = 0): number => {
  const i = text.indexOf(marker);
  assert.ok(i >= 0, `marker ${marker}`);
  return i + delta;
};
const entriesOf = (text: string) => parseProperties(text).entries.map((e) => [e.key, e.value]);

describe('hover', () => {
  test('batch.size: doc, 16 KiB default, the batching interplay', () => {
    const text = 'batch.size=32768\n';
    const h = hover(analyze(text), 2)!;
    assert.ok(h);
    assert.deepEqual(h.span, { start: 0, end: 10 });
    assert.match(h.contents, /16384.*16 KiB/);
    assert.match(h.contents, /32768.*32 KiB/);
    assert.match(h.contents, /line 1/);
    assert.match(h.contents, /linger\.ms/);
    assert.match(h.contents, /buffer\.memory.*32 MiB/);
    assert.match(h.contents, /about 1024 full batches/);
  });

  test('default per target version and its history (acks)', () => {
    const h28 = hover(analyze('acks=1\n', { kafkaVersion: '2.8' }), 1)!.contents;
    assert.match(h28, /Default\*\* \(Kafka 2\.8\): `1`/);
    assert.match(h28, /2\.8\+: `1` → 3\.0\+: `all`/);
    const hLatest = hover(analyze('acks=1\n'), 1)!.contents;
    assert.match(hLatest, /Default\*\* \(Kafka \d\.\d\): `all`/);
  });

  test('a value position hovers the value too', () => {
    const text = 'delivery.timeout.ms=120000\n';
    const h = hover(analyze(text), at(text, '120000', 2))!;
    assert.deepEqual(h.span, { start: 20, end: 26 });
    assert.match(h.contents, /2 min/);
  });

  test('unknown key: did you mean, and what Kafka does with it', () => {
    const h = hover(analyze(SEED), at(SEED, 'retriess', 1))!;
    assert.match(h.contents, /Did you mean `retries`/);
    assert.match(h.contents, /does not fail on unknown keys/);
  });

  test('secret values are never shown', () => {
    const text = 'ssl.key.password=hunter2\nsasl.jaas.config=x required password="hunter2";\n';
    for (const off of [2, at(text, 'hunter2', 1), at(text, 'sasl', 1), at(text, 'x required', 1)]) {
      const h = hover(analyze(text), off)!;
      assert.ok(h, `hover at ${off}`);
      assert.ok(!h.contents.includes('hunter2'), h.contents);
    }
  });

  test('Korean', () => {
    const h = hover(analyze('linger.ms=0\n', { locale: 'ko' }), 1, 'ko')!;
    assert.match(h.contents, /기본값/);
    assert.match(h.contents, /배치/);
  });

  test('bold always closes: no `**` after punctuation directly followed by a letter (CommonMark leaves it literal)', () => {
    // e.g. "**`retriess`**는" renders the asterisks: the closing ** is not right-flanking before Hangul.
    const text = 'retriess=5\nbatch.size=16384\nacks=all\n# kpc: client=console-producer\n';
    for (const locale of ['en', 'ko'] as const) {
      const a = analyze(text, { locale });
      for (const off of [1, at(text, 'batch', 1), at(text, 'acks', 1), at(text, 'kpc', 1)]) {
        const h = hover(a, off, locale);
        assert.ok(h, `${locale} hover at ${off}`);
        assert.doesNotMatch(h.contents, /[`*_)\]]\*\*[\p{L}\p{N}]/u, h.contents);
      }
    }
  });

  test('nothing on blank lines, comments, or past the end', () => {
    const text = '# c\n\nacks=all';
    const a = analyze(text);
    assert.equal(hover(a, 1), null);
    assert.equal(hover(a, 4), null);
    assert.equal(hover(a, 10_000), null);
  });
});

describe('completion', () => {
  test('keys on an empty line: every key as key=default snippet, deprecated tagged', () => {
    const r = complete(analyze(''), 0);
    assert.equal(r.context, 'key');
    const linger = r.items.find((i) => i.label === 'linger.ms')!;
    assert.ok(linger.snippet);
    assert.match(linger.insertText, /^linger\.ms=\$\{1:\d+\}$/);
    const ser = r.items.find((i) => i.label === 'key.serializer')!;
    assert.equal(ser.insertText, 'key.serializer=$1', 'no default: empty placeholder');
    assert.ok(!r.items.some((i) => i.label.startsWith('internal.')));
  });

  test('`ling` → linger.ms replacing the typed prefix', () => {
    const text = 'acks=all\nling';
    const r = complete(analyze(text), text.length);
    const linger = r.items.find((i) => i.label === 'linger.ms')!;
    assert.deepEqual(linger.span, { start: 9, end: 13 });
    const acks = r.items.find((i) => i.label === 'acks')!;
    assert.ok(acks.sortText > linger.sortText, 'present keys rank down');
    assert.match(acks.detail!, /already set/);
  });

  test('`linger`, `LINGER`, `lingerMs`, `KAFKA_LINGER_MS`, `queue.buffering.max.ms` → linger.ms first, with the reason', () => {
    for (const [typed, why] of [['linger', /missing unit suffix \.ms/], ['LINGER', /missing unit suffix/], ['lingerMs', /camelCase/], ['KAFKA_LINGER_MS', /environment-variable form/], ['queue.buffering.max.ms', /librdkafka/]] as const) {
      const text = `acks=all\n${typed}`;
      const r = complete(analyze(text), text.length);
      const first = [...r.items].sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0))[0]!;
      assert.equal(first.label, 'linger.ms', typed);
      assert.equal(first.filterText, typed, `${typed}: matches what was typed whatever the client's filter`);
      assert.equal(first.preselect, true);
      assert.match(first.detail!, why);
      assert.deepEqual(first.span, { start: 9, end: text.length });
      assert.equal(r.incomplete, true, 'the client asks again as the name grows');
    }
    const ko = complete(analyze('lingerMs'), 8, 'ko').items.find((i) => i.label === 'linger.ms')!;
    assert.match(ko.detail!, /camelCase 이름/);
    // A correct prefix is left to the client's own filter: nothing is pushed up, the list is complete.
    const ling = complete(analyze('ling'), 4);
    assert.ok(!ling.items.some((i) => i.preselect));
    assert.equal(ling.incomplete, undefined);
  });

  test('renaming a key that already has a value inserts only the key', () => {
    const text = 'retriess=5';
    const r = complete(analyze(text), 3);
    const item = r.items.find((i) => i.label === 'retries')!;
    assert.equal(item.insertText, 'retries');
    assert.equal(item.snippet, false);
    assert.deepEqual(item.span, { start: 0, end: 8 });
  });

  test('values: acks forms, booleans, codecs, human sizes', () => {
    const labels = (text: string, off = text.length) => complete(analyze(text), off).items.map((i) => i.label);
    assert.deepEqual(labels('acks=').sort(), ['-1', '0', '1', 'all']);
    assert.deepEqual(labels('enable.idempotence = t'), ['true', 'false']);
    assert.deepEqual(labels('compression.type=').sort(), ['gzip', 'lz4', 'none', 'snappy', 'zstd']);
    const sizes = complete(analyze('batch.size='), 11).items;
    assert.equal(sizes.find((i) => i.label === '16384')?.detail?.includes('16 KiB'), true);
    assert.equal(sizes.find((i) => i.label === '16384')?.preselect, true, 'default preselected');
    const v = complete(analyze('acks=al'), 7).items[0]!;
    assert.deepEqual(v.span, { start: 5, end: 7 });
    assert.deepEqual(complete(analyze('ssl.key.password='), 17).items, [], 'no suggestions for secrets');
  });

  test('comments get nothing except kpc directives', () => {
    assert.deepEqual(complete(analyze('# hello'), 7).items, []);
    const d = complete(analyze('# kp'), 4);
    assert.equal(d.context, 'directive');
    assert.ok(d.items.some((i) => i.label.startsWith('kpc: kafka-version=')));
  });
});

describe('code actions', () => {
  test('each fix of a finding under the cursor is a quick fix; preferred marked', () => {
    const a = analyze(SEED);
    const acts = codeActions(a, { span: { start: 2, end: 2 }, only: ['quickfix'] });
    assert.ok(acts.length >= 1);
    assert.equal(acts.filter((x) => x.isPreferred).length, 1);
    const fixed = applyEdits(SEED, acts.find((x) => x.isPreferred)!.edits);
    assert.ok(fixed.startsWith('enable.idempotence =true\n'));
    assert.equal(acts[0]!.findings![0]!.code, 'unknown-key');
  });

  test('fix-all: one minimal edit giving what fixAll gives; only when asked', () => {
    const options: AnalysisOptions = {};
    const a = analyze(SEED, options);
    const acts = codeActions(a, { span: { start: 0, end: 0 }, only: ['source.fixAll'], options });
    assert.equal(acts.length, 1);
    assert.equal(acts[0]!.kind, 'source.fixAll.kpc');
    const out = applyEdits(SEED, acts[0]!.edits);
    const keys = entriesOf(out).map(([k]) => k);
    for (const k of ['enable.idempotence', 'max.in.flight.requests.per.connection', 'retries']) assert.ok(keys.includes(k), k);
    for (const k of ['enavle.idempotence', 'max.in.flight.request.per.connection', 'retriess']) assert.ok(!keys.includes(k), k);
    assert.deepEqual(codeActions(analyze(out), { span: { start: 0, end: 0 }, only: ['source.fixAll'] }), [], 'nothing left to fix');
    assert.ok(codeActions(a, { span: { start: 0, end: 0 }, only: ['refactor'] }).every((x) => x.kind.startsWith('refactor')));
  });

  test('make idempotent: fixes acks, retries=0 and max.in.flight together', () => {
    const text = 'acks=1\nretries=0\nmax.in.flight.requests.per.connection=10';
    const a = analyze(text, { kafkaVersion: '3.9' });
    assert.deepEqual(idempotentValues(a), [['enable.idempotence', 'true'], ['acks', 'all'], ['retries', '2147483647'], ['max.in.flight.requests.per.connection', '5']]);
    const act = codeActions(a, { span: { start: 0, end: 0 }, only: ['refactor'] }).find((x) => /idempotent/.test(x.title))!;
    const out = applyEdits(text, act.edits);
    assert.deepEqual(entriesOf(out), [['acks', 'all'], ['retries', '2147483647'], ['max.in.flight.requests.per.connection', '5'], ['enable.idempotence', 'true']]);
    const errors = analyze(out, { kafkaVersion: '3.9' }).findings.filter((f) => f.severity === 'error');
    assert.deepEqual(errors, []);
    assert.deepEqual(idempotentValues(analyze(out)), [], 'nothing more to do');
  });

  test('throughput raises, never lowers; latency turns lingering and compression off', () => {
    const a = analyze('linger.ms=100\n');
    assert.deepEqual(throughputValues(a), [['batch.size', '131072'], ['compression.type', 'lz4']]);
    const t = codeActions(a, { span: { start: 0, end: 0 } }).find((x) => /throughput/.test(x.title))!;
    assert.match(t.title, /batch\.size=128 KiB/);
    assert.deepEqual(latencyValues(analyze('linger.ms=100\ncompression.type=gzip\n')), [['linger.ms', '0'], ['compression.type', 'none']]);
    assert.deepEqual(latencyValues(analyze('linger.ms=0\n')), []);
  });

  test('diffEdit is minimal and exact', () => {
    assert.deepEqual(diffEdit('abcXdef', 'abcYYdef'), { span: { start: 3, end: 4 }, newText: 'YY' });
    assert.equal(diffEdit('same', 'same'), undefined);
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => applyEdits(a, diffEdit(a, b) ? [diffEdit(a, b)!] : []) === b));
  });

  test('diffEdits: one minimal edit per changed stretch; text between changes is not sent back', () => {
    const before = 'a=1\nsecret=S3cr3t\nb=2\n';
    const after = 'a=10\nsecret=S3cr3t\nb=20\n';
    const edits = diffEdits(before, after);
    assert.deepEqual(edits, [{ span: { start: 3, end: 3 }, newText: '0' }, { span: { start: 21, end: 21 }, newText: '0' }]);
    assert.ok(!JSON.stringify(edits).includes('S3cr3t'));
    const lines = fc.array(fc.constantFrom('a=1\n', 'b=2\n', 'c=3\r\n', 'pw=x\n', '\n', 'd'), { maxLength: 30 });
    fc.assert(fc.property(lines, lines, (a, b) => applyEdits(a.join(''), diffEdits(a.join(''), b.join(''))) === b.join('')));
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => applyEdits(a, diffEdits(a, b)) === b));
  });
});

describe('outline, folding, links, tokens, hints', () => {
  const text = '# Orders producer\n# team A\nacks=all\nlinger.ms=20\nssl.truststore.location=/etc/kafka/truststore.jks\nssl.truststore.password=changeit\nretriess=5\nbatch.size=65536\nbootstrap.servers=a:9092,\\\n  b:9092\n';

  test('symbols grouped by area in order of appearance; secrets masked', () => {
    const syms = documentSymbols(analyze(text));
    assert.deepEqual(syms.map((s) => s.name), ['Delivery', 'Batching', 'Security', 'Unknown keys', 'Network']);
    const batching = syms.find((s) => s.name === 'Batching')!;
    assert.deepEqual(batching.children!.map((c) => c.name), ['linger.ms', 'batch.size']);
    assert.ok(batching.span.start <= batching.children![0]!.span.start && batching.span.end >= batching.children![1]!.span.end);
    const pw = syms.find((s) => s.name === 'Security')!.children!.find((c) => c.name === 'ssl.truststore.password')!;
    assert.equal(pw.detail, '••••');
    assert.equal(documentSymbols(analyze(text), 'ko')[0]!.name, '전달');
  });

  test('folding: comment blocks and continued values', () => {
    assert.deepEqual(foldingRanges(analyze(text)), [
      { startLine: 0, endLine: 1, kind: 'comment' },
      { startLine: 8, endLine: 9, kind: 'region' },
    ]);
    assert.deepEqual(foldingRanges(analyze('# one\nacks=all\n# two')), [], 'single comments do not fold');
  });

  test('links for file-valued keys', () => {
    const links = documentLinks(analyze(text));
    assert.equal(links.length, 1);
    assert.equal(links[0]!.target, '/etc/kafka/truststore.jks');
    assert.equal(text.slice(links[0]!.span.start, links[0]!.span.end), '/etc/kafka/truststore.jks');
    assert.equal(documentLinks(analyze('ssl.keystore.location = C:\\\\certs\\\\k.jks ')).at(0)?.target, 'C:\\certs\\k.jks');
  });

  test('semantic tokens: known vs unknown keys', () => {
    const toks = semanticTokens(analyze(text));
    const unknown = toks.filter((t) => t.type === 'kafkaUnknownKey').map((t) => text.slice(t.span.start, t.span.end));
    assert.deepEqual(unknown, ['retriess']);
    assert.equal(toks.length, 7);
  });

  test('inlay hints: human units and defaults; lens: defaults that matter', () => {
    const a = analyze(text);
    const hints = inlayHints(a);
    const byLine = hints.map((h) => [text.slice(0, h.offset).split('\n').length - 1, h.label.trim()]);
    assert.deepEqual(byLine, [[2, 'default'], [7, '64 KiB']]);
    assert.ok(!hints.some((h) => h.label.includes('changeit')));
    const lens = defaultsLens(a)[0]!;
    assert.match(lens.title, /enable\.idempotence=true/);
    assert.match(lens.title, /batch\.size/.test(lens.title) ? /never/ : /Kafka/);
    assert.doesNotMatch(lens.title, /acks=|linger\.ms=|batch\.size=/, 'explicit keys are not repeated');
    const lens28 = defaultsLens(analyze('', { kafkaVersion: '2.8' }))[0]!;
    assert.match(lens28.title, /Kafka 2\.8/);
    assert.match(lens28.title, /acks=1/);
    assert.match(lens28.title, /enable\.idempotence=false/);
    assert.match(lens28.title, /batch\.size=16 KiB/);
  });
});

describe('formatting', () => {
  const fmt = (text: string, spaced = false) => applyEdits(text, formatEdits(analyze(text), { spaceAroundSeparator: spaced }));

  test('normalizes indentation and separators, leaves values alone', () => {
    assert.equal(fmt('  acks : all\nlinger.ms   20\n\tkey.only\n   # note   \n  \t\nv=trailing  \n'), 'acks=all\nlinger.ms=20\nkey.only=\n# note\n\nv=trailing  \n');
    assert.equal(fmt('acks=all\nlinger.ms : 5', true), 'acks = all\nlinger.ms = 5');
    const cont = 'servers = a,\\\n   b,\\\n   c\n';
    assert.equal(fmt(cont), 'servers=a,\\\n   b,\\\n   c\n');
  });

  test('idempotent and meaning-preserving on arbitrary properties text', () => {
    const piece = fc.constantFrom('acks', 'a\\=b', 'x\\ y', 'k', '#c', '!c', ' ', '\t', '=', ':', ' = ', 'v', '\\\n', '\n', '\r\n', '\\u0041', 'é', '\\', '  ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const once = fmt(text);
        assert.deepEqual(entriesOf(once), entriesOf(text), JSON.stringify({ text, once }));
        assert.equal(fmt(once), once, 'formatting twice changes nothing');
      }),
      { numRuns: 400 },
    );
  });
});

describe('robustness', () => {
  test('no feature throws on arbitrary text at arbitrary offsets', () => {
    const piece = fc.oneof(
      fc.constantFrom('acks', 'batch.size', 'retriess', 'ssl.key.password', 'sasl.jaas.config', 'linger.ms', '# kpc: kafka-version=2.8', '# kpc: client=console-producer', '#', '!', '=', ':', ' ', '\\', '\\u00', '\\uZZZZ', '\n', '\r', '\r\n', '\uFEFF', '\u00e9', '\uD83D\uDE00', '\uD800', '1', '-1', 'all', 'true', '16k', '9999999999999999999999'),
      fc.string({ maxLength: 5 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), fc.nat(), fc.nat(), fc.constantFrom<'en' | 'ko'>('en', 'ko'), (parts, o1, o2, locale) => {
        const text = parts.join('');
        const a = analyze(text, { locale });
        const off = o1 % (text.length + 3);
        const end = Math.max(off, o2 % (text.length + 3));
        hover(a, off, locale);
        hover(a, -5, locale);
        complete(a, off, locale);
        for (const act of codeActions(a, { span: { start: off, end }, locale })) applyEdits(text, act.edits);
        documentSymbols(a, locale);
        foldingRanges(a);
        applyEdits(text, formatEdits(a));
        documentLinks(a, locale);
        inlayHints(a, locale, { start: 0, end: text.length });
        defaultsLens(a, locale);
        semanticTokens(a);
      }),
      { numRuns: 300 },
    );
  });
});

test('hover on an acks value explains that value', () => {
  const text = 'acks=1\n';
  const h = hover(analyze(text), 5)!;
  assert.match(h.contents, /`acks=1`: Leader only/);
  assert.match(hover(analyze(text, { locale: 'ko' }), 5, 'ko')!.contents, /리더만 확인/);
});

test('fix-all is not computed for a plain cursor request unless it can be resolved later', () => {
  const a = analyze(SEED);
  const plain = codeActions(a, { span: { start: 0, end: 0 } });
  assert.ok(!plain.some((x) => x.kind === 'source.fixAll.kpc'));
  const lazy = codeActions(a, { span: { start: 0, end: 0 }, lazyFixAll: true }).find((x) => x.kind === 'source.fixAll.kpc')!;
  assert.deepEqual(lazy.edits, []);
  assert.equal(lazy.unresolved, true);
  const resolved = resolveFixAll(a, {});
  assert.ok(resolved && resolved.edits.length === 1);
  assert.equal(resolveFixAll(analyze('acks=all\n'), {}), undefined);
});

test('hover on kpc directives says what is in effect', () => {
  const text = '# kpc: kafka-version=2.8\n# kpc: client=console-producer\n# plain comment\nacks=all\n';
  const a = analyze(text);
  assert.match(hover(a, 3)!.contents, /Kafka 2\.8/);
  assert.match(hover(a, at(text, 'client'))!.contents, /console-producer/);
  assert.equal(hover(a, at(text, 'plain')), null);
});

test('Korean titles and details for refactors and completion', () => {
  const a = analyze('linger.ms=100\n', { locale: 'ko' });
  const titles = codeActions(a, { span: { start: 0, end: 0 }, only: ['refactor'], locale: 'ko' }).map((x) => x.title);
  assert.ok(titles.some((t) => t.startsWith('처리량 위주로 조정')), titles.join());
  assert.ok(titles.some((t) => t.startsWith('이 프로듀서를 멱등적으로 만들기')));
  const item = complete(analyze('', { locale: 'ko' }), 0, 'ko').items.find((i) => i.label === 'batch.size')!;
  assert.equal(item.description, '배치');
  assert.match(item.detail!, /기본값 16384 \(16 KiB\)/);
});

describe('completion of kpc directives', () => {
  const labels = (t: string) => complete(analyze(t), t.length).items.map((i) => i.label);
  test('directive names, including the two silencing comments', () => {
    assert.deepEqual(labels('# kpc-d'), ['kpc: kafka-version=', 'kpc: client=console-producer', 'kpc: allow ', 'kpc-disable-next-line ', 'kpc-disable ']);
  });
  test('Kafka versions newest first, then latest; the typed part is replaced', () => {
    const t = '# kpc: kafka-version=3.';
    const d = complete(analyze(t), t.length);
    assert.deepEqual(d.items.map((i) => i.label), ['4.4', '4.3', '4.2', '4.1', '4.0', '3.9', '3.8', '3.7', '3.6', '3.5', '3.4', '3.3', '3.2', '3.1', '3.0', '2.8', 'latest']);
    assert.deepEqual(d.items[0]!.span, { start: 21, end: 23 });
    // every offered version is one the directive accepts
    for (const v of d.items) assert.equal(analyze(`# kpc: kafka-version=${v.label}\nacks=all\n`).versionSource, 'comment', v.label);
  });
  test('clients, and rule codes not yet listed', () => {
    assert.deepEqual(labels('# kpc: client='), ['java', 'console-producer']);
    const codes = labels('# kpc-disable-next-line unknown-key, dup');
    assert.ok(codes.includes('duplicate-key') && !codes.includes('unknown-key'));
    assert.deepEqual(complete(analyze('# kpc-disable-next-line unknown-key, dup'), 40).items[0]!.span, { start: 37, end: 40 });
    assert.ok(labels('# kpc-disable ').includes('unknown-key'));
    assert.deepEqual(labels('# just a comment '), []);
  });
});

test('an uncovered kpc: kafka-version gets a quick fix to the nearest covered version, written over the number only', () => {
  const fixFor = (v: string) => {
    const t = `# kpc: kafka-version=${v}\nacks=all\n`;
    const f = analyze(t).findings.find((x) => x.code === 'unknown-kafka-version');
    assert.ok(f, v);
    return f.fixes.map((x) => `${x.title} -> ${applyEdits(t, x.edits).split('\n')[0]}`);
  };
  assert.deepEqual(fixFor('4.5'), ['Check against Kafka 4.4 (the newest covered) -> # kpc: kafka-version=4.4']);
  assert.deepEqual(fixFor('4.5.1'), ['Check against Kafka 4.4 (the newest covered) -> # kpc: kafka-version=4.4']);
  assert.deepEqual(fixFor('3.10'), ['Check against Kafka 3.9 (the nearest covered below) -> # kpc: kafka-version=3.9']);
  assert.deepEqual(fixFor('2.6'), ['Check against Kafka 2.8 (the oldest covered) -> # kpc: kafka-version=2.8']);
  assert.deepEqual(fixFor('banana'), []);
  // the fixed file is checked against that version, without the warning
  const fixed = applyEdits('# kpc: kafka-version=4.5\n', analyze('# kpc: kafka-version=4.5\n').findings.find((x) => x.code === 'unknown-kafka-version')!.fixes[0]!.edits);
  assert.equal(analyze(fixed).version, '4.4');
  assert.ok(!analyze(fixed).findings.some((x) => x.code === 'unknown-kafka-version'));
});
