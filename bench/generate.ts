/**
 * Deterministic generator of producer configs for the benchmark, plus their YAML and JSON(C) twins.
 *
 * A config is made of blocks that look like what people write: a comment (`#` or `!`), real
 * producer keys with realistic values, multi-line values with `\` continuations
 * (bootstrap.servers, sasl.jaas.config, interceptor.classes), a blank line, and now and then a
 * typo'd key or a value Kafka refuses. Large files repeat real keys (a 100k-line file cannot have
 * 100k distinct producer keys), so duplicate keys are part of the content for every format.
 *
 * The twins carry the same entries, in the same order, as a YAML mapping and as a JSONC object;
 * comments stay comments, continuation lines become YAML plain-scalar continuation lines (so the
 * YAML twin has exactly the same line count) and single JSON strings.
 */

// Mulberry32: a small deterministic PRNG, so every run generates the same files.
import { mulberry32 as rng } from '../server/src/simulator/random';

export type ValueType = 'boolean' | 'integer' | 'number' | 'string';

export interface KeySpec {
  key: string;
  type: ValueType;
  enum?: string[];
  min?: number;
  max?: number;
  /** Realistic values; the first is the one used in the edit site. */
  values: string[];
  /** Multi-line (continuation) value, one string per physical line, continuation backslashes implied. */
  multiline?: string[][];
}

/** Real producer keys (names, types, enums, ranges as in Kafka 3.x/4.x ProducerConfig) with realistic values. */
export const KEYS: KeySpec[] = [
  { key: 'acks', type: 'string', enum: ['all', '-1', '0', '1'], values: ['all', '1', '-1'] },
  { key: 'batch.size', type: 'integer', min: 0, values: ['16384', '32768', '65536', '131072'] },
  {
    key: 'bootstrap.servers',
    type: 'string',
    values: ['broker1:9092'],
    multiline: [
      ['broker1.prod.internal:9092,', 'broker2.prod.internal:9092,', 'broker3.prod.internal:9092'],
      ['kafka-a:9093,', 'kafka-b:9093'],
    ],
  },
  { key: 'buffer.memory', type: 'integer', min: 0, values: ['33554432', '67108864'] },
  { key: 'client.dns.lookup', type: 'string', enum: ['use_all_dns_ips', 'resolve_canonical_bootstrap_servers_only'], values: ['use_all_dns_ips'] },
  { key: 'client.id', type: 'string', values: ['orders-producer', 'billing-producer', 'audit-producer'] },
  { key: 'compression.type', type: 'string', enum: ['none', 'gzip', 'snappy', 'lz4', 'zstd'], values: ['lz4', 'zstd', 'snappy'] },
  { key: 'delivery.timeout.ms', type: 'integer', min: 0, max: 2147483647, values: ['120000', '180000'] },
  { key: 'enable.idempotence', type: 'boolean', values: ['true'] },
  {
    key: 'interceptor.classes',
    type: 'string',
    values: ['com.example.kafka.TracingInterceptor'],
    multiline: [['com.example.kafka.TracingInterceptor,', 'com.example.kafka.AuditInterceptor']],
  },
  { key: 'key.serializer', type: 'string', values: ['org.apache.kafka.common.serialization.StringSerializer'] },
  { key: 'linger.ms', type: 'integer', min: 0, values: ['5', '10', '20', '50'] },
  { key: 'max.block.ms', type: 'integer', min: 0, values: ['60000', '30000'] },
  { key: 'max.in.flight.requests.per.connection', type: 'integer', min: 1, max: 2147483647, values: ['5', '1'] },
  { key: 'max.request.size', type: 'integer', min: 0, max: 2147483647, values: ['1048576', '2097152'] },
  { key: 'metadata.max.age.ms', type: 'integer', min: 0, values: ['300000'] },
  { key: 'metrics.recording.level', type: 'string', enum: ['INFO', 'DEBUG', 'TRACE'], values: ['INFO', 'DEBUG'] },
  { key: 'partitioner.ignore.keys', type: 'boolean', values: ['false'] },
  { key: 'receive.buffer.bytes', type: 'integer', min: -1, max: 2147483647, values: ['32768', '65536'] },
  { key: 'request.timeout.ms', type: 'integer', min: 0, max: 2147483647, values: ['30000', '40000'] },
  { key: 'retries', type: 'integer', min: 0, max: 2147483647, values: ['2147483647', '10'] },
  { key: 'retry.backoff.ms', type: 'integer', min: 0, values: ['100', '200'] },
  {
    key: 'sasl.jaas.config',
    type: 'string',
    values: ['org.apache.kafka.common.security.plain.PlainLoginModule required username="app" password="secret";'],
    multiline: [['org.apache.kafka.common.security.plain.PlainLoginModule required', 'username="orders-app"', 'password="s3cr3t";']],
  },
  { key: 'sasl.mechanism', type: 'string', values: ['PLAIN', 'SCRAM-SHA-512'] },
  { key: 'security.protocol', type: 'string', enum: ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'], values: ['SASL_SSL', 'SSL'] },
  { key: 'send.buffer.bytes', type: 'integer', min: -1, max: 2147483647, values: ['131072'] },
  { key: 'ssl.endpoint.identification.algorithm', type: 'string', values: ['https'] },
  { key: 'ssl.truststore.location', type: 'string', values: ['/etc/kafka/secrets/truststore.jks'] },
  { key: 'ssl.truststore.type', type: 'string', values: ['JKS', 'PKCS12'] },
  { key: 'transaction.timeout.ms', type: 'integer', min: 0, max: 2147483647, values: ['60000', '90000'] },
  { key: 'value.serializer', type: 'string', values: ['org.apache.kafka.common.serialization.ByteArraySerializer', 'org.apache.kafka.common.serialization.StringSerializer'] },
];

/** Misspellings people make (the first is the study note's own). */
const TYPOS: [string, string][] = [
  ['enavle.idempotence', 'true'],
  ['retriess', '5'],
  ['max.in.flight.request.per.connection', '5'],
  ['lnger.ms', '10'],
  ['batch.szie', '32768'],
  ['compresion.type', 'lz4'],
];

/** Values Kafka refuses (type, enum or range). */
const BAD_VALUES: [string, string][] = [
  ['acks', '2'],
  ['compression.type', 'zip'],
  ['batch.size', '-1'],
  ['enable.idempotence', 'ture'],
  ['linger.ms', '5ms'],
  ['max.in.flight.requests.per.connection', '0'],
];

const PURPOSES = ['orders service', 'billing events', 'audit trail', 'clickstream', 'payments outbox', 'inventory sync'];

interface Entry {
  kind: 'entry';
  key: string;
  /** One string per physical line (more than one = continuation). */
  lines: string[];
  /** The logical value (continuations joined with leading whitespace stripped, as Properties.load does). */
  value: string;
  /** Marks the entry whose value the edit script changes. */
  editSite?: boolean;
}
interface Comment {
  kind: 'comment';
  marker: '#' | '!';
  text: string;
}
interface Blank {
  kind: 'blank';
}
export type Item = Entry | Comment | Blank;

function itemLines(it: Item): number {
  return it.kind === 'entry' ? it.lines.length : 1;
}

export type ContentMode = 'unique' | 'repeat';

/**
 * Builds the item list for a properties file of exactly `lineCount` physical lines.
 *
 * `unique` (the default): every live key is set once, as in a real file, and the live entries are
 * spread through the file; everything between them is documentation comments and commented-out
 * alternatives (`#linger.ms=20`), the way Kafka's own config/producer.properties is written. Findings
 * stay "some" (typos, bad values, advice) at every size.
 *
 * `repeat` (stress): every block has live entries, so real keys repeat thousands of times and each
 * earlier occurrence is a duplicate-key finding in every format (tens of thousands of diagnostics at
 * 100k lines: it measures how a server copes with huge diagnostic lists rather than analysis).
 */
export function generateItems(lineCount: number, seed = 42, mode: ContentMode = 'unique'): Item[] {
  const rand = rng(seed + lineCount);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const items: Item[] = [];
  let lines = 0;
  let keyCursor = 0;
  let block = 0;
  let editPlaced = false;
  const push = (it: Item): boolean => {
    if (lines + itemLines(it) > lineCount) return false;
    items.push(it);
    lines += itemLines(it);
    return true;
  };
  const single = (key: string, value: string, editSite = false): Entry => ({ kind: 'entry', key, lines: [value], value, editSite });
  const multiEntry = (spec: KeySpec, multi: string[]): Entry => ({
    kind: 'entry',
    key: spec.key,
    lines: multi,
    value: multi.map((l) => l.trim()).join(spec.key === 'sasl.jaas.config' ? ' ' : ''),
  });

  // The first block always has a continuation, a typo and a bad value, so even 10 lines carry findings.
  const bs = KEYS.find((k) => k.key === 'bootstrap.servers') as KeySpec;
  const first: Entry[] = [
    multiEntry(bs, (bs.multiline as string[][])[1] as string[]),
    single('acks', 'all'),
    single('enavle.idempotence', 'true'),
    ...(lineCount <= 20 || mode === 'repeat' ? [single('linger.ms', '5', lineCount <= 20)] : []),
    single('compression.type', 'zip'),
    single('key.serializer', 'org.apache.kafka.common.serialization.StringSerializer'),
    single('value.serializer', 'org.apache.kafka.common.serialization.StringSerializer'),
  ];
  if (lineCount <= 20) editPlaced = true;

  // unique mode: the other live entries, each key once (bad values take the place of the key's good value).
  const used = new Set(first.map((e) => e.key));
  used.add('linger.ms'); // set once: by the first block in tiny files, else by the edit site
  const live: Entry[] = [];
  for (const [k, v] of TYPOS) if (!used.has(k)) live.push(single(k, v));
  for (const [k, v] of BAD_VALUES) {
    if (used.has(k) || k === 'linger.ms') continue;
    used.add(k);
    live.push(single(k, v));
  }
  for (const spec of KEYS) {
    if (used.has(spec.key)) continue;
    used.add(spec.key);
    live.push(spec.multiline ? multiEntry(spec, spec.multiline[0] as string[]) : single(spec.key, spec.values[0] as string));
  }
  // Interleave typos/bad values with good entries rather than front-loading them.
  live.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const approxBlocks = Math.max(1, Math.floor(lineCount / 10));
  const liveBlocks = Math.ceil(live.length / 6);
  const every = Math.max(1, Math.floor(approxBlocks / Math.max(1, liveBlocks)));

  while (lines < lineCount) {
    const start = lines;
    if (!push({ kind: 'comment', marker: block % 3 === 2 ? '!' : '#', text: ` producer profile ${block}: ${pick(PURPOSES)}` })) break;
    if (block === 0) {
      for (const e of first) push(e);
      push({ kind: 'blank' });
    } else {
      // The edit site sits in the middle of the file; its key is not set again after it.
      if (!editPlaced && lines >= lineCount / 2) {
        if (push(single('linger.ms', '5', true))) editPlaced = true;
      }
      const isLive = mode === 'repeat' || (live.length > 0 && block % every === 0);
      const entriesInBlock = 5 + Math.floor(rand() * 3);
      for (let i = 0; i < entriesInBlock && lines < lineCount - 1; i++) {
        let ok = true;
        if (mode === 'unique' && isLive) {
          const e = live.shift();
          if (!e) break;
          ok = push(e);
          if (!ok) live.unshift(e);
        } else if (mode === 'unique') {
          // Documentation and commented-out alternatives.
          const spec = KEYS[keyCursor % KEYS.length] as KeySpec;
          keyCursor++;
          if (rand() < 0.35) ok = push({ kind: 'comment', marker: '#', text: ` ${spec.key}: tune with care, see the runbook` });
          else ok = push({ kind: 'comment', marker: '#', text: `${spec.key}=${pick(spec.values)}` });
        } else {
          const r = rand();
          if (r < 0.04) {
            const [k, v] = pick(TYPOS);
            ok = push(single(k, v));
          } else if (r < 0.08) {
            const [k, v] = pick(BAD_VALUES);
            ok = editPlaced && k === 'linger.ms' ? true : push(single(k, v));
          } else {
            let spec = KEYS[keyCursor % KEYS.length] as KeySpec;
            keyCursor++;
            if (editPlaced && spec.key === 'linger.ms') {
              spec = KEYS[keyCursor % KEYS.length] as KeySpec;
              keyCursor++;
            }
            if (spec.multiline && rand() < 0.6) {
              ok = push(multiEntry(spec, pick(spec.multiline))) || push(single(spec.key, spec.values[0] as string));
            } else {
              ok = push(single(spec.key, pick(spec.values)));
            }
          }
        }
        if (!ok) break;
      }
      if (rand() < 0.3) push({ kind: 'comment', marker: '#', text: ` see runbook section ${block}` });
      push({ kind: 'blank' });
    }
    if (lines === start) break;
    block++;
  }
  // Top up to the exact line count with comments (only reached when the last block was cut short).
  while (lines < lineCount) {
    items.push({ kind: 'comment', marker: '#', text: ' end' });
    lines++;
  }
  if (!editPlaced) {
    const e = items.find((i): i is Entry => i.kind === 'entry' && i.key === 'linger.ms');
    if (e) e.editSite = true;
  }
  return items;
}

/** Where to edit, hover and complete, as LSP positions (0-based line, UTF-16 character). */
export interface Sites {
  /** The edit site's value: [start, end) on `line`. */
  edit: { line: number; start: number; end: number; value: string };
  hover: { line: number; character: number };
  completion: { line: number; character: number };
}

export interface Twin {
  text: string;
  sites: Sites;
  lines: number;
  entries: number;
}

function siteFor(line: number, keyCol: number, valueCol: number, value: string): Sites {
  return {
    edit: { line, start: valueCol, end: valueCol + value.length, value },
    hover: { line, character: keyCol + 2 },
    completion: { line, character: keyCol + 3 },
  };
}

export function toProperties(items: Item[]): Twin {
  const out: string[] = [];
  let sites: Sites | undefined;
  let entries = 0;
  for (const it of items) {
    if (it.kind === 'blank') out.push('');
    else if (it.kind === 'comment') out.push(`${it.marker}${it.text}`);
    else {
      entries++;
      if (it.editSite) sites = siteFor(out.length, 0, it.key.length + 1, it.lines[0] as string);
      it.lines.forEach((l, i) => {
        const last = i === it.lines.length - 1;
        const cont = last ? '' : '\\';
        out.push(i === 0 ? `${it.key}=${l}${cont}` : `    ${l}${cont}`);
      });
    }
  }
  if (!sites) throw new Error('no edit site');
  return { text: out.join('\n') + '\n', sites, lines: out.length, entries };
}

/** How a value is typed in the twins: by the schema's declared type, when the raw value parses as that type. */
export type TypeOf = (key: string) => ValueType | undefined;

function typedJson(key: string, value: string, typeOf: TypeOf): string {
  const t = typeOf(key);
  if ((t === 'integer' && /^-?\d+$/.test(value)) || (t === 'number' && /^-?\d+(\.\d+)?$/.test(value))) return value;
  if (t === 'boolean' && (value === 'true' || value === 'false')) return value;
  return JSON.stringify(value);
}

function yamlScalar(key: string, value: string, typeOf: TypeOf): string {
  const j = typedJson(key, value, typeOf);
  if (!j.startsWith('"')) return j;
  // Plain scalar when YAML would read it back as the same string, otherwise double-quoted.
  const plainOk =
    /^[A-Za-z_/][^#]*$/.test(value) && !/: |:$| #|^(true|false|null|yes|no|on|off|~)$/i.test(value) && !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value);
  return plainOk ? value : j;
}

export function toYaml(items: Item[], typeOf: TypeOf): Twin {
  const out: string[] = [];
  let sites: Sites | undefined;
  let entries = 0;
  for (const it of items) {
    if (it.kind === 'blank') out.push('');
    else if (it.kind === 'comment') out.push(`#${it.text}`);
    else {
      entries++;
      if (it.lines.length === 1) {
        const v = yamlScalar(it.key, it.value, typeOf);
        if (it.editSite) sites = siteFor(out.length, 0, it.key.length + 2, v);
        out.push(`${it.key}: ${v}`);
      } else {
        // Multi-line plain scalar: same physical lines as the properties continuation.
        it.lines.forEach((l, i) => out.push(i === 0 ? `${it.key}: ${l.trim()}` : `  ${l.trim()}`));
      }
    }
  }
  if (!sites) throw new Error('no edit site');
  return { text: out.join('\n') + '\n', sites, lines: out.length, entries };
}

export function toJsonc(items: Item[], typeOf: TypeOf): Twin {
  const out: string[] = ['{'];
  let sites: Sites | undefined;
  let entries = 0;
  const entryItems = items.filter((i) => i.kind === 'entry').length;
  for (const it of items) {
    if (it.kind === 'blank') out.push('');
    else if (it.kind === 'comment') out.push(`  //${it.text}`);
    else {
      entries++;
      const comma = entries < entryItems ? ',' : '';
      const k = JSON.stringify(it.key);
      const v = typedJson(it.key, it.value, typeOf);
      if (it.editSite) sites = siteFor(out.length, 2 + 1, 2 + k.length + 2, v);
      out.push(`  ${k}: ${v}${comma}`);
    }
  }
  out.push('}');
  if (!sites) throw new Error('no edit site');
  return { text: out.join('\n') + '\n', sites, lines: out.length, entries };
}

/** The two values the edit script alternates between: valid ↔ out of range, so findings really change. */
export function editValues(original: string): [string, string] {
  if (original.startsWith('"')) return ['"-5"', original];
  return [original === '5' ? '-5' : '-1', original];
}

/** Prefixes of the dense content's custom keys (an application's own settings, merged into the producer config). */
export const CUSTOM_PREFIXES = ['app', 'orders', 'tracing', 'audit'] as const;
const CUSTOM_WORDS = ['topic', 'retry.budget', 'schema.subject', 'route', 'tenant', 'region', 'owner', 'feature.flag', 'sink', 'batch.label'];
/** The `# kpc: allow` line of the dense content's equal-work form (the peers get the same keys as patternProperties). */
export const DENSE_ALLOW = `# kpc: allow ${CUSTOM_PREFIXES.map((p) => `${p}.*`).join(' ')}`;

/**
 * The dense content: every line but the first is a live entry, as in a generated or merged config.
 * The real keys are each set once (the same typos and refused values as the realistic content, so the
 * same few findings), the edit site (`linger.ms`) sits in the middle, and thousands of custom keys
 * (`app.topic.17=…`, three in ten with `\` continuations) fill the rest. Line 0 is `# kpc: allow app.* …` when
 * `allow` (equal work: the peers' schema declares the same keys), else a plain comment (many findings:
 * every custom key is an unknown-key finding for us).
 */
export function generateDense(lineCount: number, allow: boolean, seed = 42): Item[] {
  const rand = rng(seed + lineCount * 7);
  const real = generateItems(Math.min(lineCount, 400), seed, 'unique').filter((i): i is Entry => i.kind === 'entry' && i.key !== 'linger.ms');
  const items: Item[] = [{ kind: 'comment', marker: '#', text: allow ? DENSE_ALLOW.slice(1) : ' generated by merge-producer-config' }];
  let lines = 1;
  const budget = lineCount - 1;
  const realLines = real.reduce((n, e) => n + e.lines.length, 0) + 1;
  // Real entries go at evenly spaced places; the edit site goes in the middle.
  const every = Math.max(1, Math.floor((budget - realLines) / Math.max(1, real.length)));
  let n = 0;
  let sinceReal = every;
  let editPlaced = false;
  while (lines < lineCount) {
    const left = lineCount - lines;
    if (!editPlaced && lines >= lineCount / 2) {
      items.push({ kind: 'entry', key: 'linger.ms', lines: ['5'], value: '5', editSite: true });
      editPlaced = true;
      lines++;
      continue;
    }
    if (sinceReal >= every && real.length > 0 && real[0]!.lines.length <= left - (editPlaced ? 0 : 1)) {
      const e = real.shift()!;
      items.push(e);
      lines += e.lines.length;
      sinceReal = 0;
      continue;
    }
    const prefix = CUSTOM_PREFIXES[n % CUSTOM_PREFIXES.length]!;
    const word = CUSTOM_WORDS[Math.floor(rand() * CUSTOM_WORDS.length)]!;
    const key = `${prefix}.${word}.${n}`;
    n++;
    sinceReal++;
    if (left >= 3 && rand() < 0.3) {
      const parts = [`svc-${n}-a.internal,`, `svc-${n}-b.internal,`, `svc-${n}-c.internal`];
      items.push({ kind: 'entry', key, lines: parts, value: parts.join('') });
      lines += 3;
    } else {
      const value = rand() < 0.5 ? String(Math.floor(rand() * 100000)) : `value-${n}`;
      items.push({ kind: 'entry', key, lines: [value], value });
      lines++;
    }
  }
  if (!editPlaced) throw new Error('dense: no room for the edit site');
  return items;
}
