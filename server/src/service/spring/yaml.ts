// Reads `application*.yml` / `.yaml` the way Spring Boot does (behaviours `yaml-flatten`,
// `yaml-scalars`, `yaml-duplicate-keys`, `yaml-documents`): every non-empty document is a property
// source whose nested keys are flattened to Boot's property names, each value turned into the string a
// String property would bind, and every entry keeps the exact source spans of its key, value and
// ancestor keys. Parsing is done by the `yaml` package (CST + composer, failsafe schema: every scalar
// stays text); SnakeYAML's YAML 1.1 typing is applied here (yamlScalars.ts). Never throws.
import { Composer, Parser, isAlias, isMap, isScalar, isSeq, type Document, type Node as YamlNode, type ParsedNode, type Scalar } from 'yaml';
import { computeLineStarts, lineOfOffset, type PropertyComment } from '#core';
import type { Span } from '../types';
import { readActivation } from './activation';
import { resolveScalar } from './yamlScalars';
import type { SpringDocument, SpringEntry, SpringProblem, SpringSource, SpringValueType } from './source';

export interface YamlReadOptions {
  /** keep an empty mapping as its name with value "" (Boot 4.1+, behaviour `yaml-empty-map-kept`) */
  keepEmptyMaps?: boolean;
}

/** Nesting deeper than this is not followed. */
const MAX_DEPTH = 200;
/** Entries per file past which alias expansion stops (SnakeYAML's alias limit is off in Boot, so Boot itself would keep going). */
const MAX_ENTRIES = 20_000;

interface Ctx {
  doc: Document.Parsed;
  text: string;
  entries: SpringEntry[];
  problems: SpringProblem[];
  keepEmptyMaps: boolean;
  /** collections being flattened (an alias to one of them recurses for ever) */
  open: Set<unknown>;
  /** entries emitted in the whole file so far */
  count: { n: number; stopped: boolean };
  /** alias → anchored node (the yaml package searches the whole document on every resolve) */
  aliases: Map<unknown, ParsedNode | null>;
}

function resolveAlias(alias: ParsedNode, ctx: Ctx): ParsedNode | null {
  let hit = ctx.aliases.get(alias);
  if (hit === undefined) {
    hit = ((alias as unknown as { resolve(doc: Document.Parsed): ParsedNode | undefined }).resolve(ctx.doc) as ParsedNode | undefined) ?? null;
    ctx.aliases.set(alias, hit);
  }
  return hit;
}

const span = (n: { range?: [number, number, number] | null } | null | undefined, fallback: number): Span =>
  n?.range ? { start: n.range[0], end: n.range[1] } : { start: fallback, end: fallback };

function isPlain(n: Scalar): boolean {
  return n.type === 'PLAIN' || n.type === undefined;
}

/** The text a scalar node holds (decoded for quoted and block scalars). */
function scalarText(n: Scalar): string {
  const v = n.value;
  return typeof v === 'string' ? v : v == null ? '' : String(v);
}

/** How YamlProcessor names a key: a String as is, anything else as "[" + toString + "]". */
function keyName(key: unknown, ctx: Ctx): { name: string; node: ParsedNode | null } | undefined {
  let node = key as ParsedNode | null;
  for (let hops = 0; node && isAlias(node) && hops < 50; hops++) node = resolveAlias(node, ctx);
  if (node === null || node === undefined) return { name: '[null]', node: null };
  if (isScalar(node)) {
    const r = resolveScalar(scalarText(node), isPlain(node), node.tag);
    if (r.badTag) ctx.problems.push({ code: 'yaml-unknown-tag', span: span(node, 0), data: { tag: r.badTag } });
    if (r.type === 'string') return { name: r.value, node };
    return { name: `[${r.type === 'null' ? 'null' : r.value}]`, node };
  }
  ctx.problems.push({ code: 'yaml-complex-key', span: span(node, 0) });
  return undefined;
}

interface Item {
  key: unknown;
  value: unknown;
  mergedBy?: Span;
}

/** A mapping's items after `<<` merges: merged entries first (the first source wins), then the mapping's own. */
function mergedItems(map: { items: { key: unknown; value: unknown }[] }, ctx: Ctx, merging: Set<unknown> = new Set()): Item[] {
  merging.add(map);
  const own: Item[] = [];
  const merged: Item[] = [];
  for (const pair of map.items) {
    const k = pair.key as ParsedNode | null;
    if (k && isScalar(k) && isPlain(k) && !k.tag && scalarText(k) === '<<') {
      const by = span(k, 0);
      const sources: unknown[] = [];
      let v = pair.value as ParsedNode | null;
      if (v && isAlias(v)) v = resolveAlias(v, ctx);
      if (v && isSeq(v)) sources.push(...v.items);
      else sources.push(v);
      for (let s of sources as (ParsedNode | null)[]) {
        if (s && isAlias(s)) s = resolveAlias(s, ctx);
        if (s && isMap(s) && !merging.has(s) && !ctx.open.has(s)) for (const p of mergedItems(s as never, ctx, merging)) merged.push({ key: p.key, value: p.value, mergedBy: by });
        else if (s && isMap(s)) ctx.problems.push({ code: 'yaml-recursive-alias', span: by });
        else ctx.problems.push({ code: 'yaml-syntax', span: by, data: { reason: 'merge-not-mapping' } });
      }
      continue;
    }
    own.push({ key: pair.key, value: pair.value });
  }
  return merged.length ? [...merged, ...own] : own;
}

function duplicateKeys(map: { items: { key: unknown }[] }, ctx: Ctx): void {
  const seen = new Map<string, Span>();
  for (const pair of map.items) {
    const k = pair.key as ParsedNode | null;
    let id: string;
    if (k === null || k === undefined) id = 'null';
    else if (isScalar(k)) {
      if (isPlain(k) && !k.tag && scalarText(k) === '<<') continue;
      const r = resolveScalar(scalarText(k), isPlain(k), k.tag);
      id = `${r.type}:${r.value}`;
    } else continue;
    const at = span(k, 0);
    const first = seen.get(id);
    if (first) ctx.problems.push({ code: 'yaml-duplicate-key', span: at, data: { first } });
    else seen.set(id, at);
  }
}

function join(path: string | null, key: string): string {
  if (!path) return key;
  return key.startsWith('[') ? path + key : `${path}.${key}`;
}

function emit(ctx: Ctx, name: string, value: string, type: SpringValueType, keySpan: Span, valueSpan: Span, path: Span[], extra: Partial<SpringEntry>): void {
  if (++ctx.count.n > MAX_ENTRIES) {
    if (!ctx.count.stopped) ctx.problems.push({ code: 'yaml-expansion-limit', span: valueSpan, data: { limit: MAX_ENTRIES } });
    ctx.count.stopped = true;
    return;
  }
  ctx.entries.push({ name, value, valueType: type, keySpan, valueSpan, span: { start: Math.min(keySpan.start, valueSpan.start), end: Math.max(keySpan.end, valueSpan.end) }, path, ...extra });
}

/** YamlProcessor.buildFlattenedMap for one value at `name`. */
function flattenValue(ctx: Ctx, name: string, value: unknown, keySpan: Span, path: Span[], extra: Partial<SpringEntry>, depth: number): void {
  if (depth > MAX_DEPTH || ctx.count.stopped) return;
  let node = value as ParsedNode | null | undefined;
  let aliasOf: Span | undefined;
  let valueSpan = node ? span(node, keySpan.end) : { start: keySpan.end, end: keySpan.end };
  for (let hops = 0; node && isAlias(node) && hops < 50; hops++) {
    node = resolveAlias(node, ctx);
    if (node) aliasOf = span(node, keySpan.end);
  }
  const more: Partial<SpringEntry> = aliasOf ? { ...extra, aliasOf } : extra;
  if (node && ctx.open.has(node)) {
    ctx.problems.push({ code: 'yaml-recursive-alias', span: valueSpan });
    return;
  }
  if (!node) {
    emit(ctx, name, '', 'null', keySpan, valueSpan, path, more);
    return;
  }
  if (isScalar(node)) {
    const plain = isPlain(node);
    const r = resolveScalar(scalarText(node), plain, node.tag);
    if (r.badTag) ctx.problems.push({ code: 'yaml-unknown-tag', span: span(node, keySpan.end), data: { tag: r.badTag } });
    if (!aliasOf && node.range && node.range[0] === node.range[1]) valueSpan = { start: keySpan.end, end: keySpan.end };
    emit(ctx, name, r.value, r.type, keySpan, valueSpan, path, plain ? more : { ...more, quoted: true });
    return;
  }
  if (isMap(node)) {
    if (node.items.length === 0) {
      if (ctx.keepEmptyMaps) emit(ctx, name, '', 'empty-map', keySpan, valueSpan, path, more);
      return;
    }
    ctx.open.add(node);
    flattenMap(ctx, node as never, name, [...path, keySpan], depth + 1, aliasOf);
    ctx.open.delete(node);
    return;
  }
  if (isSeq(node)) {
    if (node.items.length === 0) {
      emit(ctx, name, '', 'empty-sequence', keySpan, valueSpan, path, more);
      return;
    }
    ctx.open.add(node);
    node.items.forEach((item, i) => {
      const itemSpan = span(item as ParsedNode, valueSpan.start);
      flattenValue(ctx, `${name}[${i}]`, item, itemSpan, [...path, keySpan], aliasOf ? { aliasOf } : {}, depth + 1);
    });
    ctx.open.delete(node);
  }
}

function flattenMap(ctx: Ctx, map: { items: { key: unknown; value: unknown }[] }, path: string | null, pathSpans: Span[], depth: number, aliasOf?: Span): void {
  if (depth > MAX_DEPTH) return;
  duplicateKeys(map, ctx);
  for (const item of mergedItems(map, ctx)) {
    const k = keyName(item.key, ctx);
    if (!k) continue;
    const keySpan = span(k.node ?? (item.key as ParsedNode | null), 0);
    const extra: Partial<SpringEntry> = {};
    if (item.mergedBy) extra.mergedBy = item.mergedBy;
    if (aliasOf) extra.aliasOf = aliasOf;
    flattenValue(ctx, join(path, k.name), item.value, keySpan, pathSpans, extra, depth);
  }
}

/** Every comment token of the CST (any depth), in source order. */
function collectComments(tokens: unknown[], text: string, lineStarts: number[]): PropertyComment[] {
  const out: PropertyComment[] = [];
  const seen = new Set<number>();
  const walk = (o: unknown, depth: number): void => {
    if (!o || typeof o !== 'object' || depth > 400) return;
    if (Array.isArray(o)) {
      for (const x of o) walk(x, depth + 1);
      return;
    }
    const t = o as { type?: unknown; offset?: unknown; source?: unknown };
    if (t.type === 'comment' && typeof t.offset === 'number' && typeof t.source === 'string') {
      if (!seen.has(t.offset) && text[t.offset] === '#') {
        seen.add(t.offset);
        const end = t.offset + t.source.length;
        out.push({ span: { start: t.offset, end }, marker: '#', text: t.source.slice(1), line: lineOfOffset(lineStarts, t.offset) });
      }
      return;
    }
    for (const v of Object.values(o)) if (v && typeof v === 'object') walk(v, depth + 1);
  };
  walk(tokens, 0);
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Reads a Spring Boot YAML file. Never throws. */
export function readSpringYaml(text: string, options: YamlReadOptions = {}): SpringSource {
  if (typeof text !== 'string') text = text == null ? '' : String(text);
  const lineStarts = computeLineStarts(text);
  const problems: SpringProblem[] = [];
  const documents: SpringDocument[] = [];
  let comments: PropertyComment[] = [];
  const count = { n: 0, stopped: false };
  try {
    const tokens = Array.from(new Parser().parse(text));
    comments = collectComments(tokens, text, lineStarts);
    const composer = new Composer({ schema: 'failsafe', version: '1.1', uniqueKeys: false, strict: false, prettyErrors: false });
    const docs = Array.from(composer.compose(tokens, true, text.length)) as Document.Parsed[];
    for (const doc of docs) {
      for (const e of doc.errors) {
        // the yaml package can point one past the end of the text
        const start = Math.min(e.pos[0], text.length);
        problems.push({ code: 'yaml-syntax', span: { start, end: Math.min(Math.max(e.pos[1], start), text.length) }, data: { reason: e.code } });
      }
      const root = doc.contents as YamlNode | null;
      if (!root) continue;
      if (isScalar(root) && isPlain(root) && !root.tag && scalarText(root) === '') continue; // an empty document
      const ctx: Ctx = { doc, text, entries: [], problems, keepEmptyMaps: options.keepEmptyMaps === true, open: new Set(isMap(root) ? [root] : []), count, aliases: new Map() };
      if (isMap(root)) flattenMap(ctx, root as never, null, [], 0);
      else {
        // YamlProcessor.asMap: a document that is not a mapping is put under the name "document"
        const at = span(root as ParsedNode, 0);
        flattenValue(ctx, 'document', root, { start: at.start, end: at.start }, [], {}, 0);
      }
      const r = doc.range;
      documents.push({ index: documents.length, span: { start: r[0], end: r[2] }, entries: ctx.entries, activation: readActivation(ctx.entries, problems) });
    }
  } catch {
    // the yaml package does not throw on bad input; this guards the promise that reading never throws
    problems.push({ code: 'yaml-syntax', span: { start: 0, end: text.length }, data: { reason: 'internal' } });
  }
  return { format: 'yaml', text, documents, comments, problems, lineStarts };
}
