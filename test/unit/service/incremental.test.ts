// The incremental warm path (analyzeIncremental / reparseIncremental) must give exactly what a
// from-scratch analyze gives: same parse (entries, comments, spans, lines), same findings, same
// effective config, after any sequence of edits, whether or not the one-line fast path applies.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { generateDense, generateItems, toProperties } from '../../../bench/generate';
import { analyze, analyzeIncremental, type Analysis, type AnalysisOptions } from '../../../server/src/service/analyze';
import { reparseIncremental, type TextChange } from '../../../server/src/service/incremental';
import { parseProperties } from '#core';

const EXAMPLES = ['examples/producer.config', 'examples/idempotent/producer.config', 'examples/throughput/producer.properties', 'examples/secure/producer.properties'].map((p) =>
  readFileSync(new URL(`../../../${p}`, import.meta.url), 'utf8'),
);
const TRICKY = [
  'acks=1\nbootstrap.servers=a:9092,\\\n    b:9092\n# comment\n! bang\n\nretries = 0\n',
  'enable.idempotence=true\r\nacks=0\r\n\r\n#kpc: kafka-version=2.8\r\nlinger.ms=5',
  '\\\n# after orphan\nkey\\u00e9=v\\u12\n  spaced : value  \n\tbatch.size 100',
  '\ufeffacks=all\nretries=5\n',
  'a=b\rc=d\r\re=f\\\r\n g\n',
  '',
];
const BASES = [...EXAMPLES, ...TRICKY, toProperties(generateItems(60, 7)).text, toProperties(generateItems(200, 11, 'repeat')).text];

const OPTIONS: AnalysisOptions[] = [{}, { kafkaVersion: '2.8', client: 'console-producer', locale: 'ko' }, { kafkaVersion: '3.0.0', severity: { 'duplicate-key': 'off' }, allowedKeys: ['custom.*'] }];

/** Pieces edits insert: ordinary key/value text, separators, comment markers, and the characters that break the fast path. */
const PIECE = fc.constantFrom('a', 'acks', '=', ':', ' ', '\t', '#', '!', '5', '-1', 'all', '.ms', 'kpc', '# kpc: kafka-version=3.3', 'é', '\\', '\\u00e9', '\n', '\r\n', '\r', 'linger.ms=0', 'x');
const INSERT = fc.array(PIECE, { maxLength: 4 }).map((a) => a.join(''));

const applyChange = (text: string, c: TextChange): string => text.slice(0, c.start) + c.text + text.slice(c.end);

/** A change at a position chosen by fractions of the current text (so it stays valid as the text changes). */
const CHANGE = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.nat({ max: 6 }), text: INSERT });
function toChange(text: string, r: { at: number; del: number; text: string }): TextChange {
  const start = Math.min(text.length, Math.floor(r.at * (text.length + 1)));
  return { start, end: Math.min(text.length, start + r.del), text: r.text };
}

function sameAnalysis(got: Analysis, want: Analysis): void {
  assert.equal(got.parsed.text, want.parsed.text);
  assert.deepEqual(got.parsed, want.parsed);
  assert.deepEqual(got.findings, want.findings);
  assert.deepEqual([...got.effective], [...want.effective]);
  assert.equal(got.version, want.version);
  assert.equal(got.client, want.client);
  assert.deepEqual(got.idempotence, want.idempotence);
}

/** Analyses `base` then each edit incrementally, checking every result against a fresh analysis; the last one and its text. */
function editChain<R>(base: string, options: AnalysisOptions, edits: readonly R[], change: (text: string, r: R) => TextChange, check: (got: Analysis, want: Analysis) => void): { a: Analysis; text: string } {
  let text = base;
  let a = analyze(text, options);
  for (const r of edits) {
    const c = change(text, r);
    text = applyChange(text, c);
    a = analyzeIncremental(a, [c], text, options);
    check(a, analyze(text, options));
  }
  return { a, text };
}

describe('incremental analysis', () => {
  test('equals a full analysis after random edit sequences (one analysis per edit)', () => {
    fc.assert(
      fc.property(fc.nat({ max: BASES.length - 1 }), fc.nat({ max: OPTIONS.length - 1 }), fc.array(CHANGE, { minLength: 1, maxLength: 6 }), (b, o, changes) => {
        editChain(BASES[b]!, OPTIONS[o]!, changes, toChange, sameAnalysis);
      }),
      { numRuns: 300 },
    );
  });

  test('equals a full analysis when several changes arrive before one analysis', () => {
    fc.assert(
      fc.property(fc.nat({ max: BASES.length - 1 }), fc.array(CHANGE, { minLength: 1, maxLength: 5 }), (b, rs) => {
        let text = BASES[b]!;
        const a = analyze(text, {});
        const changes: TextChange[] = [];
        for (const r of rs) {
          const c = toChange(text, r);
          changes.push(c);
          text = applyChange(text, c);
        }
        sameAnalysis(analyzeIncremental(a, changes, text, {}), analyze(text, {}));
      }),
      { numRuns: 200 },
    );
  });

  // The findings of the key-wise rules are kept per key between analyses (keyCache.ts): long chains of
  // one-line edits on files with many keys, findings and fixes must stay exactly those of a fresh analysis,
  // including the facts those findings read from other lines (the producer model, did-you-means, renames).
  // Lines other lines' findings read, by the rule registry's scopes: plugin classes (which plugin keys exist and
  // what they mean), config providers, deprecated plugin keys and their replacements, directives.
  const PLUGIN_BASE =
    'value.serializer=io.confluent.kafka.serializers.KafkaAvroSerializer\nschema.registry.url=http://r:8081\nschema.registry.ulr=http://r:8081\nbasic.auth.user.info=u:p\n' +
    'auto.register.schemas=maybe\nconfig.providers=file\nconfig.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider\n' +
    'sasl.jaas.config=${file:/s.properties:jaas}\ninterceptor.classes=io.confluent.monitoring.clients.interceptor.MonitoringProducerInterceptor\nconfluent.monitoring.interceptor.topic=t\n' +
    'key.deserializer=x\ngroup.id=g\nretriess=5\napp.x=1\nmax.block.ms=-1\n# a comment\nacks=1\n';
  const WHOLE_LINE = fc.constantFrom(
    'value.serializer=io.confluent.kafka.serializers.KafkaAvroSerializer', 'value.serializer=org.apache.kafka.common.serialization.StringSerializer',
    'value.serializer=com.example.MySerializer', 'key.serializer=io.confluent.kafka.serializers.KafkaAvroSerializer', 'value.serializer=',
    'interceptor.classes=io.confluent.monitoring.clients.interceptor.MonitoringProducerInterceptor', 'interceptor.classes=',
    'config.providers=file', 'config.providers=env,file', 'config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider',
    'config.providers.env.class=org.apache.kafka.common.config.provider.EnvVarConfigProvider', 'config.providers.file.class=',
    'schema.registry.url=http://r:8081', 'schema.registry.ulr=x', 'basic.auth.user.info=u:p', 'auto.register.schemas=maybe', 'key.deserializer=x',
    'partitioner.class=org.apache.kafka.clients.producer.UniformStickyPartitioner', 'metric.reporters=org.apache.kafka.common.metrics.JmxReporter',
    '# kpc: allow app.* retriess', '# kpc: kafka-version=3.9', '# kpc: kafka-version=2.8', '# kpc: client=console-producer', '# kpc-disable unknown-key',
    'metrics.jmx.blacklist=a', 'metrics.jmx.exclude=b', 'enable.idempotence=false', 'enable.idempotence=true', 'retries=5',
    // config-provider references (unknown-config-provider looks only at the values holding `${`, kept per parse)
    'sasl.jaas.config=${file:/s.properties:jaas}', 'ssl.key.password=${vault:/secret:pw}', 'linger.ms=${env:LINGER}', 'app.ref=${file:/a:b} and ${dir:/d:k}', 'client.id=${CLIENT_ID:me}',
    'config.providers=vault', 'config.providers= file', 'bootstrap.servers=${file:/b:servers}',
    '# kpc-disable-next-line unknown-key', '# kpc-disable-next-line', '',
  );
  const DENSE = [toProperties(generateDense(120, false, 3)).text, 'retriess=1\n# kpc-disable-next-line unknown-key\nlnger.ms=1\nacks=1\n\n# kpc-disable-next-line\nbatch.szie=5\napp.x=1\n', toProperties(generateDense(80, false, 9)).text.replace(/=value-(\d*[05])\n/g, '=${file:/v:$1}\n'), toProperties(generateDense(120, true, 5)).text, 'retriess=5\nlnger.ms=1\napp.x=1\nssl.truststor.type=PEM\nacks=1\nenable.idempotence=true\nsasl.jaas.config=x password="p";\nbatch.szie=5\nmetrics.jmx.blacklist=a\nblock.on.buffer.full=true\ngroup.id=g\n', PLUGIN_BASE, PLUGIN_BASE.replace(/\n/g, '\n# ---\n')];
  const KEY_PIECE = fc.constantFrom('retriess', 'retries', 'lnger.ms', 'linger.ms', 'app.x', 'enable.idempotence', 'acks', 'ssl.truststore.location', 'ssl.truststore.type', 'metrics.jmx.exclude', 'group.id', 'batch.szie', 'compresion.type', 'transactional.id', 'max.in.flight.requests.per.connection');
  const VALUE_PIECE = fc.constantFrom('', '1', '0', 'all', 'true', 'false', 'PEM', '6', 'x', 'lz4', '${file:/p:k}', '${vault:/p:k}', '${', '$');
  /** Replaces one whole line (without its terminator) by `key=value`, a comment or nothing, or the value after its `=` (the same key, another value). */
  const LINE_EDIT = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), key: KEY_PIECE, value: VALUE_PIECE, kind: fc.constantFrom('entry', 'value', 'value', 'value', 'comment', 'blank', 'piece', 'line', 'line', 'split', 'join', 'enter', 'enter'), piece: INSERT, line: WHOLE_LINE });
  function lineChange(text: string, r: { at: number; key: string; value: string; kind: string; piece: string; line: string }): TextChange {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
    const line = Math.min(starts.length - 1, Math.floor(r.at * starts.length));
    const start = starts[line]!;
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const eq = text.indexOf('=', start);
    if (r.kind === 'value' && eq >= 0 && eq < end) return { start: eq + 1, end, text: r.value };
    // Edits that change the line count: a new line after this one, or this line joined to the next.
    if (r.kind === 'split') return { start: end, end, text: `\n${r.line}` };
    if (r.kind === 'enter') return r.value.length % 2 ? { start, end: start, text: '\n' } : { start: end, end, text: '\n' };
    if (r.kind === 'join') return end < text.length ? { start: end, end: Math.min(text.length, end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1)), text: '' } : { start: end, end, text: '' };
    const repl = r.kind === 'entry' ? `${r.key}=${r.value}` : r.kind === 'comment' ? `# ${r.key}` : r.kind === 'blank' ? '' : r.kind === 'line' ? r.line : r.piece;
    return r.kind === 'piece' ? { start: Math.min(end, start + 2), end: Math.min(end, start + 3), text: repl } : { start, end, text: repl };
  }

  test('keeps exactly the findings of a fresh analysis over long chains of line edits (findings kept per key)', () => {
    fc.assert(
      fc.property(fc.nat({ max: DENSE.length - 1 }), fc.nat({ max: OPTIONS.length - 1 }), fc.array(LINE_EDIT, { minLength: 1, maxLength: 25 }), (b, o, edits) => {
        const options = OPTIONS[o]!;
        const { a, text } = editChain(DENSE[b]!, options, edits, lineChange, (got, want) => assert.deepEqual(got.findings, want.findings));
        sameAnalysis(a, analyze(text, options));
      }),
      { numRuns: 300 },
    );
  });

  test('the one-line path is taken for ordinary edits and gives the full parse', () => {
    const text = toProperties(generateItems(500, 3)).text;
    const lines = text.split('\n');
    let taken = 0;
    for (let li = 1; li < lines.length - 1; li += 7) {
      if (lines[li]!.includes('\\') || lines[li - 1]!.endsWith('\\')) continue;
      const start = text.split('\n').slice(0, li).join('\n').length + 1 + Math.min(3, lines[li]!.length);
      for (const ins of ['9', '', '=x', '#']) {
        const c = { start, end: Math.min(start + 1, start + lines[li]!.length), text: ins };
        const next = applyChange(text, c);
        const got = reparseIncremental(parseProperties(text), c, next);
        assert.ok(got, `line ${li} '${ins}'`);
        assert.deepEqual(got, parseProperties(next));
        taken++;
      }
    }
    assert.ok(taken > 100);
  });

  test('falls back (undefined) when the edit touches backslashes, carriage returns or a byte-order mark', () => {
    const text = 'a=1\\\n  2\nb=3\nc=4\n';
    const cases: TextChange[] = [
      { start: 3, end: 3, text: 'x' }, // line with a continuation backslash
      { start: 8, end: 8, text: 'x' }, // continuation line
      { start: 3, end: 3, text: '\n' }, // a line break on a line with a continuation backslash
      { start: 8, end: 13, text: '' }, // joins a continuation line with the next
      { start: 14, end: 14, text: '\\' }, // inserts a backslash
      { start: 14, end: 14, text: '\r\n' }, // inserts a carriage return
    ];
    for (const c of cases) assert.equal(reparseIncremental(parseProperties(text), c), undefined, JSON.stringify(c));
    // a line feed typed after a carriage return would make one line break of two
    assert.equal(reparseIncremental(parseProperties('a=1\rb=2\n'), { start: 4, end: 4, text: '\nc=3' }), undefined);
    assert.equal(reparseIncremental(parseProperties('\ufeffa=1\n'), { start: 2, end: 2, text: 'x' }), undefined);
    assert.equal(reparseIncremental(parseProperties('a=1\n'), { start: 0, end: 0, text: '\ufeff' }), undefined);
    assert.equal(reparseIncremental(parseProperties('a=1\n'), { start: 9, end: 9, text: 'x' }), undefined);
  });

  test('edits that add or remove lines re-read only those lines and give the full parse', () => {
    const text = toProperties(generateItems(300, 5)).text;
    let taken = 0;
    for (let at = 1; at < text.length; at += 97) {
      for (const c of [{ start: at, end: at, text: '\n' }, { start: at, end: at, text: 'x=1\n# c\n\ny' }, { start: at, end: Math.min(text.length, at + 40), text: '' }, { start: at, end: Math.min(text.length, at + 25), text: 'k\nv' }]) {
        const next = applyChange(text, c);
        const got = reparseIncremental(parseProperties(text), c, next);
        if (!got) continue;
        assert.deepEqual(got, parseProperties(next), JSON.stringify(c));
        taken++;
      }
    }
    assert.ok(taken > 100, `only ${taken}`);
  });

  test('no logged change but a different text (a document opened again): a full analysis of the new text', () => {
    const a = analyzeIncremental(analyze('acks=1\n', {}), [], 'acks=x\n', {});
    assert.deepEqual(a.findings, analyze('acks=x\n', {}).findings);
    assert.equal(a.parsed.entries[0]!.value, 'x');
  });

  test('after a direct edit the previous analysis is not needed: the result stands on its own', () => {
    const text = 'acks=1\nenable.idempotence=true\nretries=0\n';
    const a = analyzeIncremental(analyze(text, {}), [{ start: 5, end: 6, text: 'all' }], 'acks=all\nenable.idempotence=true\nretries=0\n', {});
    assert.deepEqual(a.findings, analyze('acks=all\nenable.idempotence=true\nretries=0\n', {}).findings);
    assert.equal(a.parsed.entries[0]!.value, 'all');
    assert.equal(a.parsed.entries[1]!.keySpan.start, 9);
  });
});
