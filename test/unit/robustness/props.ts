// Property definitions shared by the fixed-seed run in `npm test` (properties.test.ts) and the
// long run (`npm run fuzz`, test/fuzz/run.ts). Each property is checked over generated text from a
// properties-heavy alphabet and over mutations of the real example configs.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { KAFKA_VERSIONS, LATEST_VERSION, listKeys } from '../../../schemas/catalog/index';
import { analyze, type Analysis, type AnalysisOptions } from '../../../server/src/service/analyze';
import { codeActions } from '../../../server/src/service/codeActions';
import { complete } from '../../../server/src/service/completion';
import { applyEdits, fixAll } from '../../../server/src/service/fixAll';
import { foldingRanges } from '../../../server/src/service/folding';
import { formatEdits } from '../../../server/src/service/format';
import { hover } from '../../../server/src/service/hover';
import { defaultsLens, inlayHints } from '../../../server/src/service/inlayHints';
import { computeLineStarts, escapeForProperties, offsetToPosition, parseProperties, positionToOffset, type ParsedProperties } from '#core';
import { documentLinks } from '../../../server/src/service/links';
import { RULES } from '../../../server/src/service/rules/index';
import { semanticTokens } from '../../../server/src/service/semanticTokens';
import { documentSymbols } from '../../../server/src/service/symbols';
import type { Span, TextEdit } from '../../../server/src/service/types';

export const ROOT = join(__dirname, '..', '..', '..');

// ---------------------------------------------------------------- generators

/** Real producer keys, a few near-misses and other components' keys. */
export const KEY_NAMES: readonly string[] = [
  ...listKeys(LATEST_VERSION).map((k) => k.key),
  'enavle.idempotence', 'retriess', 'max.in.flight.request.per.connection', 'group.id', 'auto.offset.reset', 'partitioner.class',
];

const VALUES = ['true', 'false', 'TRUE', 'all', '-1', '0', '1', '5', '6', '16384', '0x10', '16k', 'none', 'gzip', 'lz4', 'zstd', ' ', '', '2147483647', '9223372036854775808', 'SASL_SSL', 'PLAIN', 'S3cr3t!', 'org.apache.kafka.common.serialization.StringSerializer'];
const DIRECTIVES = ['# kpc: kafka-version=2.8', '# kpc: kafka-version=3.0.0', '# kpc: kafka-version=9.9', '# kpc: client=console-producer', '# kpc: client=x', '# kpc: allow foo.bar', '# kpc-disable', '# kpc-disable unknown-key', '# kpc-disable-next-line', '# kpc: nonsense', '#kpc:kafka-version=latest'];
const CHARS = ['\\', '=', ':', '#', '!', ' ', '\t', '\f', '\r', '\n', '\r\n', 'u', 'a', 'b', 'c', 'd', 'e', 'f', '0', '1', '9', '.', 'é', '한', '\0', '\uD800', '\uDC00', '😀', '\uFEFF', 'ï»¿', 'x'];

const charArb = fc.constantFrom(...CHARS);
const keyArb = fc.constantFrom(...KEY_NAMES);
const tokenArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: charArb, weight: 10 },
  { arbitrary: keyArb, weight: 3 },
  { arbitrary: fc.constantFrom(...VALUES), weight: 2 },
  { arbitrary: fc.constantFrom(...DIRECTIVES), weight: 1 },
  { arbitrary: fc.constantFrom('\\u', '\\u00e9', '\\uzz', '\\u12', '\\\n', '\\\r\n', '\\\\', '\\=', '\\:', '\\ ', '\\t', '\\n'), weight: 2 },
  { arbitrary: fc.tuple(keyArb, fc.constantFrom('=', ':', ' ', ' = ', '\t'), fc.constantFrom(...VALUES)).map(([k, s, v]) => `${k}${s}${v}\n`), weight: 4 },
);

/** Text from the properties-heavy alphabet: escapes, separators, terminators, keys, values, directives. */
export const alphabetText: fc.Arbitrary<string> = fc.array(tokenArb, { maxLength: 60 }).map((a) => a.join(''));

function collectExamples(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...collectExamples(p));
    else if (/(producer\.config|\.properties)$/.test(name)) out.push(readFileSync(p, 'latin1'));
  }
  return out;
}

/** The example configs and the rule fixtures: what users actually write. */
export const EXAMPLES: readonly string[] = [...collectExamples(join(ROOT, 'examples')), ...collectExamples(join(ROOT, 'test', 'fixtures'))];

type Mutation = { op: 'insert'; at: number; s: string } | { op: 'delete'; at: number; len: number } | { op: 'dupChar'; at: number } | { op: 'dupLine'; at: number } | { op: 'dropLine'; at: number } | { op: 'swapLines'; at: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), s: tokenArb }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ op: fc.constant('dupChar' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('dupLine' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('dropLine' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swapLines' as const), at: fc.nat() }),
);

export function mutate(text: string, m: Mutation): string {
  const i = text.length === 0 ? 0 : m.at % (text.length + 1);
  const lines = text.split(/(?<=\n)/);
  const li = lines.length === 0 ? 0 : m.at % lines.length;
  switch (m.op) {
    case 'insert': return text.slice(0, i) + m.s + text.slice(i);
    case 'delete': return text.slice(0, i) + text.slice(i + m.len);
    case 'dupChar': return text.slice(0, i) + text.slice(i, i + 1) + text.slice(i);
    case 'dupLine': lines.splice(li, 0, lines[li] ?? ''); return lines.join('');
    case 'dropLine': lines.splice(li, 1); return lines.join('');
    case 'swapLines': if (li + 1 < lines.length) [lines[li], lines[li + 1]] = [lines[li + 1]!, lines[li]!]; return lines.join('');
  }
}

/** An example config with a few random edits. */
export const mutatedExample: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...EXAMPLES), fc.array(mutationArb, { maxLength: 6 }))
  .map(([base, ms]) => ms.reduce(mutate, base));

/** Either kind of input. */
export const configText: fc.Arbitrary<string> = fc.oneof(alphabetText, mutatedExample);

export const optionsArb: fc.Arbitrary<AnalysisOptions> = fc.record(
  {
    kafkaVersion: fc.constantFrom(...KAFKA_VERSIONS, 'latest', '3.0.0', '3.1.0', '9.9', '', ' x '),
    client: fc.constantFrom('java' as const, 'console-producer' as const),
    locale: fc.constantFrom('en' as const, 'ko' as const),
    decoded: fc.constantFrom('unicode' as const, 'latin1' as const),
  },
  { requiredKeys: [] },
);

// ---------------------------------------------------------------- checks

const inText = (s: Span, n: number, what: string): void => {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= n, `${what} ${JSON.stringify(s)} outside [0, ${n}]`);
};
const isBlank = (c: string): boolean => c === ' ' || c === '\t' || c === '\f' || c === '\r' || c === '\n';

/** Parser invariants: spans well-formed, in order, disjoint, and together covering every non-blank character. */
export function checkParse(text: string): ParsedProperties {
  const p = parseProperties(text);
  const n = text.length;
  assert.equal(p.text, text);
  assert.deepEqual(p.lineStarts, computeLineStarts(text));
  const pieces: { span: Span; what: string }[] = [];
  p.entries.forEach((e, i) => {
    const w = `entry ${i}`;
    inText(e.keySpan, n, `${w} keySpan`);
    inText(e.separatorSpan, n, `${w} separatorSpan`);
    inText(e.valueSpan, n, `${w} valueSpan`);
    inText(e.span, n, `${w} span`);
    assert.equal(e.span.start, e.keySpan.start, `${w}: span starts at the key`);
    assert.ok(e.keySpan.end <= e.separatorSpan.start && e.separatorSpan.end <= e.valueSpan.start, `${w}: key, separator, value in order`);
    assert.equal(e.span.end, Math.max(e.keySpan.end, e.separatorSpan.end, e.valueSpan.end), `${w}: span ends with its last piece`);
    assert.ok(e.lineCount >= 1 && e.line >= 0 && e.line < p.lineStarts.length, `${w}: lines`);
    assert.ok((p.lineStarts[e.line] ?? 0) <= e.span.start, `${w}: starts on its line`);
    if (e.separatorChar) assert.ok(text.slice(e.separatorSpan.start, e.separatorSpan.end).includes(e.separatorChar), `${w}: separator char inside separatorSpan`);
    // The raw source between the spans is only whitespace or continuation backslash+terminator.
    const gap = text.slice(e.keySpan.end, e.separatorSpan.start) + text.slice(e.separatorSpan.end, e.valueSpan.start);
    assert.ok(/^[ \t\f\\\r\n]*$/.test(gap), `${w}: gap between pieces ${JSON.stringify(gap)}`);
    pieces.push({ span: e.span, what: w });
  });
  p.comments.forEach((c, i) => {
    inText(c.span, n, `comment ${i}`);
    assert.equal(text[c.span.start], c.marker, `comment ${i} starts with its marker`);
    assert.equal(text.slice(c.span.start + 1, c.span.end), c.text, `comment ${i} text`);
    assert.ok(!/[\r\n]/.test(c.text), `comment ${i} is one line`);
    pieces.push({ span: c.span, what: `comment ${i}` });
  });
  p.orphanContinuations.forEach((s, i) => {
    inText(s, n, `orphan ${i}`);
    pieces.push({ span: s, what: `orphan ${i}` });
  });
  for (const pr of p.problems) inText(pr.span, n, `problem ${pr.code}`);
  pieces.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  for (let i = 1; i < pieces.length; i++) {
    const a = pieces[i - 1]!;
    const b = pieces[i]!;
    assert.ok(a.span.end <= b.span.start || a.span.start === a.span.end || b.span.start === b.span.end, `${a.what} ${JSON.stringify(a.span)} overlaps ${b.what} ${JSON.stringify(b.span)}`);
  }
  // Every non-blank character belongs to exactly one piece.
  let k = 0;
  for (let i = 0; i < n; i++) {
    while (k < pieces.length && pieces[k]!.span.end <= i) k++;
    const inside = k < pieces.length && pieces[k]!.span.start <= i;
    if (!inside) assert.ok(isBlank(text[i]!), `character ${JSON.stringify(text[i])} at ${i} is in no entry, comment or orphan continuation`);
  }
  // An entry read on its own gives the same key and value (spans are self-contained).
  for (const e of p.entries) {
    const alone = parseProperties(text.slice(e.span.start, e.span.end)).entries;
    if (e.key === '' && e.value === '') continue;
    assert.deepEqual(alone.map((x) => [x.key, x.value]), [[e.key, e.value]], `entry ${JSON.stringify(text.slice(e.span.start, e.span.end))} read alone`);
  }
  return p;
}

/** Rules that throw are swallowed by analyze(); record them so the properties see them. */
const ruleErrors: string[] = [];
for (const rule of RULES) {
  const check = rule.check.bind(rule);
  (rule as { check: typeof rule.check }).check = (...args: Parameters<typeof rule.check>) => {
    try {
      check(...args);
    } catch (err) {
      ruleErrors.push(`${rule.code}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      throw err;
    }
  };
}

export function checkedAnalyze(text: string, options: AnalysisOptions = {}): Analysis {
  ruleErrors.length = 0;
  const a = analyze(text, options);
  assert.deepEqual(ruleErrors, [], 'a rule threw');
  const n = text.length;
  for (let i = 1; i < a.findings.length; i++) assert.ok(a.findings[i - 1]!.span.start <= a.findings[i]!.span.start, 'findings sorted');
  for (const f of a.findings) {
    inText(f.span, n, `finding ${f.code}`);
    assert.ok(f.message.length > 0 && typeof f.code === 'string', 'finding has code and message');
    for (const fix of f.fixes) {
      assert.ok(fix.title.length > 0, `${f.code} fix has a title`);
      for (const e of fix.edits) inText(e.span, n, `${f.code} fix '${fix.title}' edit`);
    }
  }
  return a;
}

/** Where a line starts (or the text ends): the only places a fix may insert outside its finding. */
function lineBoundaries(p: ParsedProperties): Set<number> {
  return new Set([...p.lineStarts, p.text.length]);
}

/** The [start, end) of the physical lines `span` touches, terminators included. */
function linesOf(p: ParsedProperties, span: Span): Span {
  const ls = p.lineStarts;
  let first = 0;
  while (first + 1 < ls.length && ls[first + 1]! <= span.start) first++;
  let last = first;
  while (last + 1 < ls.length && ls[last + 1]! < Math.max(span.end, span.start + 1)) last++;
  const end = last + 1 < ls.length ? ls[last + 1]! : p.text.length;
  let start = ls[first]!;
  // Removing the last line takes the terminator before it instead.
  if (end === p.text.length && start > 0) start -= p.text.slice(start - 2, start) === '\r\n' ? 2 : 1;
  return { start, end };
}

/** Apply non-overlapping edits independently of the service's applyEdits. */
function applyIndependently(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

/**
 * Every fix edits only its own finding: each edit lies inside the finding's span, inside the
 * physical lines the finding is on (deleting or rewriting the whole line), or is an insertion at a
 * line boundary (appending a missing key). Edits of one fix never overlap, and applying them
 * leaves every byte outside them alone.
 */
export function checkFixes(text: string, a: Analysis): void {
  const bounds = lineBoundaries(a.parsed);
  const entryLines = a.parsed.entries.map((e) => linesOf(a.parsed, e.span));
  for (const f of a.findings) {
    const lines = linesOf(a.parsed, f.span);
    for (const fix of f.fixes) {
      const where = `${f.code} fix '${fix.title}' on ${JSON.stringify(text.slice(f.span.start, f.span.end))}`;
      const sorted = [...fix.edits].sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
      for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i - 1]!.span.end <= sorted[i]!.span.start && !(sorted[i - 1]!.span.start === sorted[i]!.span.start && sorted[i - 1]!.span.end === sorted[i]!.span.end && sorted[i]!.span.start === sorted[i]!.span.end), `${where}: edits overlap`);
      for (const e of fix.edits) {
        const inFinding = e.span.start >= f.span.start && e.span.end <= f.span.end;
        const inLines = e.span.start >= lines.start && e.span.end <= lines.end;
        const insertion = e.span.start === e.span.end && bounds.has(e.span.start);
        // A fix may also rewrite the entry the finding blames (e.g. remove enable.idempotence=false
        // for a transactional.id error): then the edit stays within that one entry's lines.
        const inBlamedEntry = entryLines.some((l) => e.span.start >= l.start && e.span.end <= l.end);
        assert.ok(inFinding || inLines || insertion || inBlamedEntry, `${where}: edit ${JSON.stringify(e)} outside the finding ${JSON.stringify(f.span)} / its lines ${JSON.stringify(lines)} / any one entry's lines`);
      }
      if (sorted.length === 0) continue;
      const out = applyEdits(text, fix.edits);
      assert.equal(out, applyIndependently(text, fix.edits), `${where}: applyEdits agrees with a plain splice`);
      const first = sorted[0]!.span.start;
      const last = sorted[sorted.length - 1]!;
      const tail = text.length - last.span.end;
      assert.equal(out.slice(0, first), text.slice(0, first), `${where}: prefix kept`);
      assert.equal(out.slice(out.length - tail), text.slice(last.span.end), `${where}: suffix kept`);
    }
  }
}

/** Every editor feature answers (no throw) with spans inside the text, at any offset. */
export function checkFeatures(a: Analysis, offsets: readonly number[], range: Span): void {
  const n = a.parsed.text.length;
  for (const off of offsets) {
    const h = hover(a, off, 'en');
    if (h) {
      inText(h.span, n, 'hover span');
      assert.ok(h.contents.length > 0, 'hover has contents');
    }
    hover(a, off, 'ko');
    const c = complete(a, off, 'en');
    for (const it of c.items) inText(it.span, n, `completion '${it.label}' span`);
  }
  for (const only of [undefined, ['quickfix']]) {
    for (const ca of codeActions(a, { span: range, only, locale: 'en' })) for (const e of ca.edits) inText(e.span, n, `code action '${ca.title}' edit`);
  }
  const walk = (ss: ReturnType<typeof documentSymbols>): void => {
    for (const s of ss) {
      inText(s.span, n, 'symbol span');
      inText(s.selectionSpan, n, 'symbol selection');
      walk(s.children ?? []);
    }
  };
  walk(documentSymbols(a, 'en'));
  walk(documentSymbols(a, 'ko'));
  for (const e of formatEdits(a)) inText(e.span, n, 'format edit');
  for (const e of formatEdits(a, { range, spaceAroundSeparator: true })) inText(e.span, n, 'range format edit');
  for (const r of foldingRanges(a)) assert.ok(r.startLine >= 0 && r.startLine < r.endLine && r.endLine < a.parsed.lineStarts.length, `folding ${JSON.stringify(r)}`);
  for (const h of inlayHints(a, 'en')) assert.ok(h.offset >= 0 && h.offset <= n, 'inlay hint offset');
  inlayHints(a, 'ko', range);
  for (const l of defaultsLens(a, 'en')) inText(l.span, n, 'lens span');
  for (const l of documentLinks(a, 'en')) inText(l.span, n, 'link span');
  for (const t of semanticTokens(a)) inText(t.span, n, 'semantic token span');
}

const pairs = (p: ParsedProperties): [string, string][] => p.entries.map((e) => [e.key, e.value]);

/** Formatting never changes what Properties.load reads, and formatting twice changes nothing more. */
export function checkFormat(text: string, options: AnalysisOptions = {}, space = false): void {
  const a = analyze(text, options);
  const out = applyEdits(text, formatEdits(a, { spaceAroundSeparator: space }));
  assert.deepEqual(pairs(parseProperties(out)), pairs(a.parsed), 'formatting changed the parsed key/value pairs');
  const again = formatEdits(analyze(out, options), { spaceAroundSeparator: space });
  assert.deepEqual(again, [], 'formatting is idempotent');
}

/** Fix-all is idempotent and leaves no finding that has a safe fix. */
export function checkFixAll(text: string, options: AnalysisOptions = {}): void {
  const once = fixAll(text, options);
  const twice = fixAll(once.text, options);
  assert.equal(twice.applied, 0, 'fix-all applied more on its own output');
  assert.equal(twice.text, once.text, 'fix-all is idempotent');
  const left = analyze(once.text, options).findings.filter((f) => f.fixes.some((x) => x.safe && x.edits.length > 0));
  assert.deepEqual(left.map((f) => `${f.code}: ${f.message}`), [], 'findings with a safe fix remain after fix-all');
}

// ---------------------------------------------------------------- the properties

const offsetsArb = fc.array(fc.integer({ min: -3, max: 4000 }), { minLength: 1, maxLength: 8 });

export function properties(): { name: string; property: fc.IProperty<unknown> }[] {
  const p = <T>(name: string, arb: fc.Arbitrary<T>, check: (v: T) => void) => ({ name, property: fc.property(arb, check) as unknown as fc.IProperty<unknown> });
  return [
    p('parser never throws and its spans cover the source exactly', configText, (t) => void checkParse(t)),
    p('line index: offset → position → offset round-trips', configText, (t) => {
      const ls = computeLineStarts(t);
      for (let o = 0; o <= t.length; o++) {
        const back = positionToOffset(ls, offsetToPosition(ls, o), t);
        // An offset between \r and \n is not a position an editor can name; it maps to the line end.
        if (t[o - 1] === '\r' && t[o] === '\n') continue;
        assert.equal(back, o, `offset ${o}`);
      }
    }),
    p('escapeForProperties round-trips through the parser', fc.tuple(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('=', ':', ' ', ' = ')), ([k, v, sep]) => {
      // An empty key needs an explicit separator: ` value` alone reads as a key.
      const text = `${escapeForProperties(k, 'key')}${k === '' ? '=' : sep}${escapeForProperties(v, 'value')}`;
      const e = parseProperties(text).entries;
      if (k === '' && v === '') return;
      assert.deepEqual(e.map((x) => [x.key, x.value]), [[k, v]], JSON.stringify(text));
    }),
    p('analysis is total and every finding and fix stays inside the text', fc.tuple(configText, optionsArb), ([t, o]) => void checkedAnalyze(t, o)),
    p('hover, completion, code actions, symbols, formatting, folding, hints, links, tokens are total', fc.tuple(configText, optionsArb, offsetsArb, fc.nat(), fc.nat()), ([t, o, offs, s, len]) => {
      const a = checkedAnalyze(t, o);
      const start = t.length ? s % (t.length + 1) : 0;
      checkFeatures(a, [...offs, t.length, t.length + 1, start], { start, end: Math.min(t.length, start + (len % 50)) });
    }),
    p('every fix edits only its own range', fc.tuple(configText, optionsArb), ([t, o]) => checkFixes(t, checkedAnalyze(t, o))),
    p('fix-all is idempotent and leaves nothing it could fix', fc.tuple(configText, optionsArb), ([t, o]) => checkFixAll(t, o)),
    p('formatting never changes the parsed key/value pairs', fc.tuple(configText, fc.boolean()), ([t, space]) => checkFormat(t, {}, space)),
  ];
}
