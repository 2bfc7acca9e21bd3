// Editor features on a Spring Boot file, answered from its analysis: hover (the Kafka key's docs from
// the plain config's hover, plus the Spring property, the value Kafka gets and where it came from),
// completion under spring.kafka.producer (typed names, and Kafka keys and values under the properties
// maps, in YAML or .properties syntax), the outline, documentation links, and the view code actions use.
import { getKey, lineOfOffset, hostMessage, type Locale, type ParsedProperties } from '#core';
import { PRODUCER_MERGE_STEPS, typedProperties } from '../../../../schemas/spring/index';
import type { Analysis } from '../analyze';
import { keyItems, valueItems, type CompletionData, type CompletionItemData } from '../completion';
import { hover, type HoverData } from '../hover';
import { displayValue } from '../symbols';
import type { SymbolData } from '../symbols';
import type { Finding, Span } from '../types';
import type { SpringView } from './analysis';
import type { VirtualLine } from './projection';
import type { SpringEntry } from './source';

const KAFKA_PRODUCER_DOCS = 'https://kafka.apache.org/documentation/#producerconfigs';
const STEP = new Map(PRODUCER_MERGE_STEPS.map((s) => [s.id, s]));
const within = (offset: number, s: Span | undefined): boolean => !!s && offset >= s.start && offset <= s.end;

/** The Spring entry whose key or value covers `offset`. */
function springEntryAt(view: SpringView, offset: number): SpringEntry | undefined {
  for (const d of view.file.source.documents) for (const e of d.entries) if (within(offset, e.keySpan) || within(offset, e.valueSpan)) return e;
  return undefined;
}

/** The plain config's line a Spring entry writes (or lost to another writer of the same key). */
function lineOfEntry(view: SpringView, e: SpringEntry): { line: VirtualLine; lost: boolean } | undefined {
  for (const l of view.projection.lines) {
    if (l.origin?.entry === e) return { line: l, lost: false };
    if (l.entry.overrides.some((o) => o.writer.origin?.entry === e)) return { line: l, lost: true };
  }
  return undefined;
}

export function springHover(a: Analysis, offset: number, locale: Locale): HoverData | null {
  const view = a.spring!;
  const e = springEntryAt(view, offset);
  if (!e) return directiveHover(view, offset, locale);
  if (!/^spring\.kafka\./.test(e.name)) return null;
  const span = within(offset, e.keySpan) ? e.keySpan : e.valueSpan;
  const at = lineOfEntry(view, e);
  const typed = [...view.file.binding.typed.values()].find((b) => b.origin.entry === e || b.shadowed.some((s) => s.entry === e));
  const parts: string[] = [];
  if (at) {
    const h = hover(view.plain, at.line.vKey.start, locale);
    // the plain config's "here" line speaks of its own lines: the Spring part below says where the value is from
    const here = hostMessage(locale, 'hover.here');
    if (h) parts.push(h.contents.split('\n').filter((x) => !x.startsWith(here)).join('\n'));
    const l = at.line;
    const step = STEP.get(l.entry.by.step);
    const from = l.entry.by.origin
      ? hostMessage(locale, 'spring.hover.line', { name: l.entry.by.origin.entry.name, line: lineOfOffset(view.file.source.lineStarts, l.entry.by.origin.entry.keySpan.start) + 1 })
      : step ? step.label[locale] : l.entry.by.property;
    parts.push(
      `**Spring Boot ${view.file.target.release}**: \`${e.name}\`${typed ? ` → \`${l.key}\`` : ''}`,
      hostMessage(locale, 'spring.hover.kafkaGets', { key: l.key, value: displayValue(l.key, l.value), from }),
    );
    if (at.lost) parts.push(hostMessage(locale, 'spring.hover.overwritten'));
  } else if (typed) {
    parts.push(`**Spring Boot ${view.file.target.release}**: \`${typed.prop.name}\``, typed.prop.effect[locale]);
  } else return null;
  return { contents: parts.join('\n\n'), span };
}

function directiveHover(view: SpringView, offset: number, locale: Locale): HoverData | null {
  const c = view.file.directives.bootVersion?.comment;
  if (!c || !within(offset, c.span)) return null;
  const kafka = view.kafkaFromBoot;
  return {
    contents: `**${hostMessage(locale, 'directive.title')}**\n\n${hostMessage(locale, 'spring.hover.directive', { release: view.file.target.release, kafka: kafka ? hostMessage(locale, 'spring.hover.directiveKafka', { kafka }) : '' })}`,
    span: c.span,
  };
}

/** The YAML keys above a line (by indentation), outermost first, and the key being typed on it. */
function yamlPath(text: string, lineStarts: readonly number[], line: number): string[] {
  const lineText = (i: number): string => text.slice(lineStarts[i]!, (lineStarts[i + 1] ?? text.length)).replace(/\r?\n$|\r$/, '');
  const indentOf = (s: string): number => /^ */.exec(s)![0].length;
  let indent = indentOf(lineText(line));
  const path: string[] = [];
  for (let i = line - 1; i >= 0 && indent > 0; i--) {
    const t = lineText(i);
    if (/^\s*(#|$)/.test(t)) continue;
    const ind = indentOf(t);
    if (ind >= indent) continue;
    const m = /^\s*(?:"([^"]*)"|'([^']*)'|([^\s#:][^:#]*?))\s*:(\s|$)/.exec(t);
    if (!m) break;
    path.unshift(m[1] ?? m[2] ?? m[3]!);
    indent = ind;
  }
  return path;
}

const PRODUCER = 'spring.kafka.producer.';
const MAPS = ['spring.kafka.producer.properties.', 'spring.kafka.properties.'];

export function springComplete(a: Analysis, offset: number, locale: Locale): CompletionData {
  const view = a.spring!;
  const { text, format, lineStarts } = { text: view.text, format: view.file.source.format, lineStarts: view.file.source.lineStarts };
  offset = Math.max(0, Math.min(offset, text.length));
  const line = lineOfOffset(lineStarts, offset);
  const before = text.slice(lineStarts[line]!, offset);
  const yaml = format === 'yaml';
  // the name up to the cursor, the key as typed on this line, and whether the cursor is in the value
  const m = yaml ? /^(\s*)([^\s#:][^:#]*?)?(:\s*(.*))?$/.exec(before) : /^(\s*)([^=:\s#!]*)([=:]\s*(.*))?$/.exec(before);
  if (!m) return { context: 'none', items: [] };
  const typedKey = m[2] ?? '';
  const prefix = yaml ? yamlPath(text, lineStarts, line).join('.') : '';
  const full = prefix ? `${prefix}.${typedKey}` : typedKey;
  const keyStart = offset - before.length + m[1]!.length;
  const plain = view.plain;
  if (m[3] !== undefined) {
    // a value: the Kafka key under a map, or a typed property's Kafka key
    const valueTyped = m[4] ?? '';
    const map = MAPS.find((p) => full.startsWith(p));
    const kafkaKey = map ? full.slice(map.length) : typedProperties(view.file.target).find((p) => p.name === full)?.kafkaKey;
    if (!kafkaKey) return { context: 'none', items: [] };
    const span = { start: offset - valueTyped.length, end: offset };
    return { context: 'value', key: kafkaKey, items: valueItems(plain, kafkaKey, span, locale).map((i) => ({ ...i, insertText: i.snippet ? i.insertText : i.insertText })) };
  }
  const map = MAPS.find((p) => full.startsWith(p) || `${full}.` === p);
  if (map && full.length >= map.length) {
    // Kafka keys, after the map's name on this line
    const typedHere = full.slice(map.length);
    const span = { start: offset - typedHere.length, end: offset };
    const items = keyItems(plain, span, false, undefined, locale, typedHere).map((i) => (yaml ? { ...i, insertText: i.insertText.replace(/^([^=]*)=/, '$1: ') } : i));
    return { context: 'key', items };
  }
  if (!(`${full}`.startsWith('spring.kafka') || 'spring.kafka.'.startsWith(full) || (yaml && prefix.startsWith('spring')))) return { context: 'none', items: [] };
  // typed spring.kafka.producer.* names, written relative to the YAML keys above
  const span = { start: keyStart, end: offset };
  const items: CompletionItemData[] = [];
  const rel = (name: string): string | undefined => (prefix ? (name.startsWith(`${prefix}.`) ? name.slice(prefix.length + 1) : undefined) : name);
  let n = 0;
  for (const p of typedProperties(view.file.target)) {
    if (!p.name.startsWith(PRODUCER) && !['spring.kafka.bootstrap-servers', 'spring.kafka.client-id', 'spring.kafka.properties'].includes(p.name)) continue;
    const label = rel(p.name);
    if (!label) continue;
    const info = p.kafkaKey ? getKey(p.kafkaKey, a.version) : undefined;
    const isMap = p.conversion.kind === 'map';
    items.push({
      label,
      kind: 'property',
      description: p.kafkaKey ?? 'Spring',
      detail: `${p.javaType}${p.default !== null ? ` · ${hostMessage(locale, 'completion.default')} ${p.default}` : ''}`,
      documentation: `${p.effect[locale]}${info ? `\n\n${(info.docs[locale] ?? info.docs.en).summary}` : ''}`,
      insertText: yaml ? (isMap ? `${label}:` : `${label}: `) : isMap ? `${label}.` : `${label}=`,
      snippet: false,
      span,
      sortText: `${String(n++).padStart(3, '0')}`,
      filterText: label,
    });
  }
  return { context: 'key', items };
}

export function springSymbols(a: Analysis, locale: Locale): SymbolData[] {
  const view = a.spring!;
  const children: SymbolData[] = [];
  let span: Span | undefined;
  for (const l of view.projection.lines) {
    const o = l.origin;
    if (!o || l.derived) continue;
    const s = o.entry.span;
    span = span ? { start: Math.min(span.start, s.start), end: Math.max(span.end, s.end) } : { ...s };
    children.push({ name: l.key, detail: `${displayValue(l.key, l.value)} · ${o.entry.name}`, kind: 'property', span: s, selectionSpan: l.realKey ?? o.entry.keySpan });
  }
  if (!span) return [];
  children.sort((x, y) => x.span.start - y.span.start);
  return [{ name: hostMessage(locale, 'spring.outline.producer', { release: view.file.target.release }), kind: 'namespace', span, selectionSpan: children[0]!.selectionSpan, children }];
}

/** Kafka's documentation of the key a finding sits on. */
export function springDocsLink(view: SpringView, f: Finding): string | undefined {
  if (f.code === 'unknown-key') return KAFKA_PRODUCER_DOCS;
  if (f.code.startsWith('spring-') || f.code.endsWith('spring-boot-version')) return undefined;
  const l = view.projection.lines.find((x) => within(f.span.start, x.realKey) || within(f.span.start, x.realValue));
  return l && getKey(l.key, view.plain.version) ? `${KAFKA_PRODUCER_DOCS}_${l.key}` : undefined;
}

/** The analysis code actions see for a Spring file: its findings and fixes on the Spring text, suppressions written there. */
export function springCodeActionView(a: Analysis): Analysis {
  const view = a.spring!;
  const parsed: ParsedProperties = { text: view.text, entries: [], comments: view.file.source.comments, problems: [], lineStarts: view.file.source.lineStarts, hasBom: false, bom: null, orphanContinuations: [] };
  return { ...a, parsed };
}
