// The producer config Boot builds from a Spring file, written out as a plain producer config (one
// `key=value` line per Kafka key) so every existing rule, hover and completion can read it, with the
// way back: each line knows the Spring entry its value came from, so a finding lands on the key or the
// value in the Spring file, and an edit of the plain config becomes an edit of the YAML or .properties
// text that touches only its own bytes (or is dropped when it has no Spring form).
import { escapeForProperties, lineOfOffset, parseDirective, parseProperties, type PropertyComment } from '#core';
import type { Span, TextEdit } from '../types';
import type { BoundMapEntry, Origin } from './bind';
import type { EffectiveEntry } from './effective';
import type { SpringFileAnalysis } from './index';
import type { SpringEntry, SpringSource } from './source';
import { implicitTag } from './yamlScalars';

/** One line of the plain producer config. */
export interface VirtualLine {
  key: string;
  value: string;
  entry: EffectiveEntry;
  /** the virtual text's spans: the key, the value, and the whole line with its terminator */
  vKey: Span;
  vValue: Span;
  vLine: Span;
  /** the Spring entry the value came from (none for Boot's defaults and spring-kafka's additions without one) */
  origin?: Origin;
  /** the map entry (kind map) */
  map?: BoundMapEntry;
  /** where the Kafka key is written in the Spring file (the map key, or the typed property's key) */
  realKey?: Span;
  /** the map key's pieces in the Spring file (YAML nested keys give several), for renames */
  pieces?: { span: Span; text: string }[];
  /** where the value is written; none for lists from several entries and values spring-kafka derives */
  realValue?: Span;
  /** the value is written by spring-kafka per producer (transactional.id from the prefix): not editable here */
  derived?: boolean;
}

export interface Projection {
  /** the plain producer config */
  text: string;
  lines: VirtualLine[];
  /** copied `# kpc:` comments: virtual span → the comment in the Spring file (same text, so offsets shift by `delta`) */
  comments: { vSpan: Span; comment: PropertyComment }[];
}

/** The text a key scalar holds without its quotes. */
function unquoted(text: string, span: Span): Span {
  const c = text[span.start];
  if ((c === '"' || c === "'") && span.end - span.start >= 2 && text[span.end - 1] === c) return { start: span.start + 1, end: span.end - 1 };
  return span;
}

/** The pieces of the Spring file that spell a map key (`written`, e.g. `enavle.idempotence` or `[security.protocol]`). */
export function mapKeyPieces(source: SpringSource, entry: SpringEntry, written: string): { span: Span; text: string }[] | undefined {
  const text = source.text;
  const bracketed = written.startsWith('[') && written.endsWith(']');
  const want = bracketed ? written.slice(1, -1) : written;
  const segs = source.format === 'yaml' ? [...entry.path, entry.keySpan].map((s) => unquoted(text, s)) : [entry.keySpan];
  const pieces: { span: Span; text: string }[] = [];
  let rest = want;
  for (let i = segs.length - 1; i >= 0 && rest.length; i--) {
    const s = segs[i]!;
    let t = text.slice(s.start, s.end);
    let end = s.end;
    if (bracketed && pieces.length === 0) {
      // `[security.protocol]` as written: the brackets are around the key
      if (!t.endsWith(']')) return undefined;
      t = t.slice(0, -1);
      end--;
    }
    if (t.endsWith(rest)) {
      pieces.unshift({ span: { start: end - rest.length, end }, text: rest });
      rest = '';
      break;
    }
    if (!rest.endsWith(t) || rest.length <= t.length || rest[rest.length - t.length - 1] !== '.') return undefined;
    pieces.unshift({ span: { start: s.start, end }, text: t });
    rest = rest.slice(0, rest.length - t.length - 1);
  }
  return rest.length === 0 && pieces.length ? pieces : undefined;
}

/** Builds the plain producer config of a Spring file analysis. */
export function project(spring: SpringFileAnalysis): Projection {
  const src = spring.source;
  let text = '';
  const comments: Projection['comments'] = [];
  for (const c of src.comments) {
    if (!c.text.includes('kpc')) continue;
    const d = parseDirective(c.text);
    // suppressions are applied on the Spring file's own lines
    if (!d || d.kind === 'disable' || d.kind === 'disable-next-line') continue;
    const start = text.length;
    text += `#${c.text}\n`;
    comments.push({ vSpan: { start, end: start + 1 + c.text.length }, comment: c });
  }
  const lines: VirtualLine[] = [];
  const add = (key: string, value: string, entry: EffectiveEntry, extra: Partial<VirtualLine>): void => {
    const k = escapeForProperties(key, 'key');
    const v = escapeForProperties(value, 'value');
    const start = text.length;
    text += `${k}=${v}\n`;
    lines.push({ key, value, entry, vKey: { start, end: start + k.length }, vValue: { start: start + k.length + 1, end: start + k.length + 1 + v.length }, vLine: { start, end: text.length }, ...extra });
  };
  for (const e of spring.producer.config.values()) add(e.key, e.value, e, locate(src, e, spring));
  // spring-kafka gives each producer transactional.id = prefix + n
  const tx = spring.producer.perProducer.get('transactional.id');
  if (tx) {
    const entry: EffectiveEntry = { key: 'transactional.id', value: tx.example, javaType: 'String', by: tx.by, overrides: [] };
    const origin = tx.by.origin;
    add('transactional.id', tx.example, entry, { derived: true, ...(origin ? { origin, realKey: origin.entry.keySpan } : {}) });
  }
  return { text, lines, comments };
}

function locate(src: SpringSource, e: EffectiveEntry, spring: SpringFileAnalysis): Partial<VirtualLine> {
  const origin = e.by.origin;
  if (!origin) return {};
  if (e.by.kind === 'map') {
    const map = spring.binding.maps.get(e.by.property)?.get(e.key);
    const pieces = map ? mapKeyPieces(src, origin.entry, map.written) : undefined;
    const realKey = pieces ? pieces[pieces.length - 1]!.span : origin.entry.keySpan;
    return { origin, ...(map ? { map } : {}), realKey, ...(pieces ? { pieces } : {}), realValue: origin.entry.valueSpan };
  }
  if (e.by.kind === 'factory') return { origin, realKey: origin.entry.keySpan, derived: true };
  // typed: a list from several entries has no one value span
  return { origin, realKey: origin.entry.keySpan, ...(e.by.itemOrigins && e.by.itemOrigins.length > 1 ? {} : { realValue: origin.entry.valueSpan }) };
}

const inside = (s: Span, outer: Span): boolean => s.start >= outer.start && s.end <= outer.end;

/** The virtual line at a virtual offset. */
export function lineAt(p: Projection, offset: number): VirtualLine | undefined {
  return p.lines.find((l) => offset >= l.vLine.start && offset < l.vLine.end);
}

/** Where a span of the plain config is in the Spring file; undefined when it has no place there. */
export function toRealSpan(p: Projection, s: Span): Span | undefined {
  if (s.start === 0 && s.end === 0) return s;
  for (const c of p.comments) {
    if (inside(s, c.vSpan)) {
      const delta = c.comment.span.start - c.vSpan.start;
      return { start: s.start + delta, end: s.end + delta };
    }
  }
  const l = lineAt(p, s.start);
  if (!l || !l.origin) return undefined;
  if (inside(s, l.vKey) && l.realKey) return l.realKey;
  if (s.start >= l.vValue.start && l.realValue) return l.realValue;
  // the whole entry
  if (l.realKey && l.realValue) return { start: Math.min(l.realKey.start, l.realValue.start), end: Math.max(l.realKey.end, l.realValue.end) };
  return l.realKey ?? l.origin.entry.span;
}

/** A Kafka value as the Spring file's format writes it. */
export function springValue(format: SpringSource['format'], value: string): string {
  if (format === 'properties') return escapeForProperties(value, 'value');
  // plain when SnakeYAML reads it back as the same string (a word, a decimal integer, true/false)
  if (/^[A-Za-z][A-Za-z0-9._/-]*$/.test(value) && (implicitTag(value) === 'str' || value === 'true' || value === 'false')) return value;
  if (/^(0|[1-9][0-9]{0,17})$/.test(value)) return value;
  return JSON.stringify(value);
}

/** The line a Spring entry's key starts on, and its indentation. */
function lineInfo(src: SpringSource, offset: number): { line: number; start: number; indent: string; ownLine: boolean } {
  const line = lineOfOffset(src.lineStarts, offset);
  const start = src.lineStarts[line] ?? 0;
  const before = src.text.slice(start, offset);
  const indent = /^[ \t]*/.exec(before)![0];
  return { line, start, indent, ownLine: before.length === indent.length };
}

function eolOf(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

/** The end of the line holding `offset` (before its terminator). */
function lineEnd(src: SpringSource, offset: number): number {
  const line = lineOfOffset(src.lineStarts, offset);
  const next = src.lineStarts[line + 1];
  if (next === undefined) return src.text.length;
  let e = next;
  if (src.text[e - 1] === '\n') e--;
  if (src.text[e - 1] === '\r') e--;
  return Math.max(e, offset);
}

/** Removes a Spring entry with its own lines; undefined when it shares a line, comes through an alias or a list, or `nested` (its key is split over several YAML keys). */
export function removeSpringEntry(src: SpringSource, e: SpringEntry, nested = false): TextEdit | undefined {
  if (nested || e.listIndex !== undefined || e.aliasOf || e.mergedBy) return undefined;
  const info = lineInfo(src, e.keySpan.start);
  if (!info.ownLine) return undefined;
  const last = lineOfOffset(src.lineStarts, Math.max(e.span.end - 1, e.span.start));
  const next = src.lineStarts[last + 1];
  if (next !== undefined) return { span: { start: info.start, end: next }, newText: '' };
  let s = info.start;
  if (s > 0 && src.text[s - 1] === '\n') s--;
  if (s > 0 && src.text[s - 1] === '\r') s--;
  return { span: { start: s, end: src.text.length }, newText: '' };
}

/** Removes the Spring entry of a line. */
function removeEntry(src: SpringSource, l: VirtualLine): TextEdit | undefined {
  if (!l.origin || l.derived) return undefined;
  return removeSpringEntry(src, l.origin.entry, !!l.pieces && l.pieces.length > 1);
}

/** Renames the map key of a line to `to`: only the pieces that change are touched. */
function renameKey(src: SpringSource, l: VirtualLine, to: string): TextEdit[] | undefined {
  if (!l.map || !l.pieces || l.derived) return undefined;
  if (/[^A-Za-z0-9._-]/.test(to)) return undefined;
  if (l.pieces.length === 1) return [{ span: l.pieces[0]!.span, newText: src.format === 'properties' ? escapeForProperties(to, 'key') : to }];
  const parts = to.split('.');
  const edits: TextEdit[] = [];
  let i = 0;
  for (const p of l.pieces) {
    const n = p.text.split('.').length;
    const next = parts.slice(i, i + n).join('.');
    if (i + n > parts.length) return undefined;
    if (next !== p.text) edits.push({ span: p.span, newText: next });
    i += n;
  }
  return i === parts.length ? edits : undefined;
}

/** The first Spring entry a new producer map entry can be written beside, with the text before its key. */
function mapAnchor(p: Projection, src: SpringSource, prefer?: VirtualLine): { after: Span; lead: string } | undefined {
  const candidates = [prefer, ...p.lines].filter((l): l is VirtualLine => !!l && l.entry.by.property === 'spring.kafka.producer.properties' && !!l.pieces && l.pieces.length === 1 && !l.map?.written.startsWith('['));
  for (const l of candidates) {
    const o = l.origin!;
    if (o.entry.listIndex !== undefined || o.entry.aliasOf || o.entry.mergedBy) continue;
    const info = lineInfo(src, o.entry.keySpan.start);
    if (!info.ownLine) continue;
    const keyStart = src.format === 'yaml' ? o.entry.keySpan.start : info.start + info.indent.length;
    if (src.text[keyStart] === '"' || src.text[keyStart] === "'") continue;
    return { after: { start: o.entry.span.end, end: lineEnd(src, o.entry.span.end) }, lead: info.indent + src.text.slice(keyStart, l.pieces![0]!.span.start) };
  }
  return undefined;
}

/** Edits that add Kafka keys to spring.kafka.producer.properties in the Spring file. */
export function insertMapEntries(p: Projection, src: SpringSource, pairs: readonly (readonly [string, string])[], prefer?: VirtualLine): TextEdit | undefined {
  if (pairs.length === 0) return undefined;
  const eol = eolOf(src.text);
  const sep = src.format === 'yaml' ? ': ' : '=';
  const keyText = (k: string): string => (src.format === 'properties' ? escapeForProperties(k, 'key') : k);
  const anchor = mapAnchor(p, src, prefer);
  if (anchor) {
    const block = pairs.map(([k, v]) => `${eol}${anchor.lead}${keyText(k)}${sep}${springValue(src.format, v)}`).join('');
    return { span: { start: anchor.after.end, end: anchor.after.end }, newText: block };
  }
  if (src.format === 'yaml') {
    // beside a typed producer property written under `producer:`
    for (const l of p.lines) {
      const o = l.origin;
      if (!o || l.entry.by.kind !== 'typed' || !l.entry.by.property.startsWith('spring.kafka.producer.') || o.entry.path.length === 0) continue;
      const parent = o.entry.path[o.entry.path.length - 1]!;
      if (src.text.slice(parent.start, parent.end) !== 'producer' || o.entry.listIndex !== undefined || o.entry.aliasOf || o.entry.mergedBy) continue;
      const info = lineInfo(src, o.entry.keySpan.start);
      if (!info.ownLine || info.indent.includes('\t')) continue;
      const child = info.indent + '  ';
      const at = lineEnd(src, o.entry.span.end);
      return { span: { start: at, end: at }, newText: `${eol}${info.indent}properties:${pairs.map(([k, v]) => `${eol}${child}${k}: ${springValue('yaml', v)}`).join('')}` };
    }
  }
  // a flat line at the end of the first document
  const prefix = 'spring.kafka.producer.properties.';
  const doc = src.documents[0];
  const lines = pairs.map(([k, v]) => `${prefix}${keyText(k)}${sep}${springValue(src.format, v)}`);
  if (doc && doc.span.end > 0) {
    const at = lineEnd(src, doc.span.end);
    return { span: { start: at, end: at }, newText: lines.map((x) => eol + x).join('') };
  }
  const end = src.text.length;
  const nl = end === 0 || src.text.endsWith('\n') || src.text.endsWith('\r');
  return { span: { start: end, end }, newText: nl ? lines.join(eol) + eol : eol + lines.join(eol) };
}

/** The Spring form of an edit of the plain config; undefined when it has none. */
export function toRealEdit(p: Projection, src: SpringSource, e: TextEdit): TextEdit[] | undefined {
  for (const c of p.comments) {
    if (inside(e.span, c.vSpan)) {
      const delta = c.comment.span.start - c.vSpan.start;
      return [{ span: { start: e.span.start + delta, end: e.span.end + delta }, newText: e.newText }];
    }
  }
  // insertion of new lines (after a line, or at the end)
  if (e.span.start === e.span.end && /^[\r\n]|[\r\n]$/.test(e.newText)) {
    const parsed = parseProperties(e.newText);
    if (parsed.entries.length === 0 || parsed.problems.length) return undefined;
    const prefer = p.lines.find((l) => l.vLine.end - 1 === e.span.start);
    const edit = insertMapEntries(p, src, parsed.entries.map((x) => [x.key, x.value] as const), prefer);
    return edit ? [edit] : undefined;
  }
  const l = lineAt(p, e.span.start);
  if (!l || !l.origin) return undefined;
  // removal of the whole line
  if (e.span.start === l.vLine.start && e.span.end >= l.vLine.end - 1 && e.newText === '') {
    const r = removeEntry(src, l);
    return r ? [r] : undefined;
  }
  if (e.span.start === l.vKey.start && e.span.end === l.vKey.end) {
    const to = parseProperties(`${e.newText}=`).entries[0]?.key;
    return to ? renameKey(src, l, to) : undefined;
  }
  if (e.span.start === l.vValue.start && e.span.end === l.vValue.end && l.realValue && !l.derived && !l.entry.placeholder) {
    const parsed = parseProperties(`k=${e.newText}`);
    const value = parsed.entries[0]?.value;
    if (value === undefined || parsed.problems.length) return undefined;
    const v = springValue(src.format, value);
    // a key with no value yet (`acks:` in YAML): the value goes after the separator
    if (l.realValue.start === l.realValue.end && src.format === 'yaml') {
      const keyEnd = l.origin.entry.keySpan.end;
      const colon = src.text.indexOf(':', keyEnd);
      if (colon < 0 || colon > l.realValue.start + 1) return undefined;
      return [{ span: { start: colon + 1, end: Math.max(colon + 1, l.realValue.end) }, newText: ` ${v}` }];
    }
    return [{ span: l.realValue, newText: v }];
  }
  return undefined;
}
