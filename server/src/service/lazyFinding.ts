// Findings whose words and fixes are built when first read. A file with 221k unknown keys (10 MB of
// generated config) has 221k findings, and their messages, fixes and data took ~100 MB of the server's
// heap, though the editor shows at most a thousand of them (limit.ts) and a user reads fewer. A lazy finding
// keeps what sorting, suppressing and limiting read (code, severity, span) and where to get the rest: its
// source builds the finding again when one of the other fields is read (keyCache.ts: the key-wise rules run
// once more over that one key), and keeps that until the finding moves. Rules are not involved: they make
// plain findings, and the engine turns them into lazy ones.
//
// A lazy finding is a plain object whose other fields are getters of its own, so it reads, spreads, prints
// (JSON) and compares (assert.deepStrictEqual) as the plain finding it stands for.
import type { Finding, Severity, Span } from './types';

/** Builds finding `index` of its source as it is now. */
export interface FindingSource {
  build(index: number): Finding;
}

const SOURCE = Symbol('source');
const INDEX = Symbol('index');
const SAFE = Symbol('safe');
const TAG = Symbol('tag');

interface Lazy extends Finding {
  [SOURCE]: FindingSource;
  [INDEX]: number;
  [SAFE]: boolean;
  [TAG]: number;
}

/** The fields built on demand (the others are kept in the finding). */
const LAZY_FIELDS = ['message', 'fixes', 'data', 'tags', 'related'] as const;
type LazyField = (typeof LAZY_FIELDS)[number];

const GETTERS: Record<LazyField, () => unknown> = {
  message(this: Lazy) {
    return this[SOURCE].build(this[INDEX]).message;
  },
  fixes(this: Lazy) {
    return this[SOURCE].build(this[INDEX]).fixes;
  },
  data(this: Lazy) {
    return this[SOURCE].build(this[INDEX]).data;
  },
  tags(this: Lazy) {
    return this[SOURCE].build(this[INDEX]).tags;
  },
  related(this: Lazy) {
    return this[SOURCE].build(this[INDEX]).related;
  },
};

/** One descriptor set per combination of fields present (shared, so lazy findings share their hidden class). */
const SHAPES = new Map<number, PropertyDescriptorMap>();
function shapeOf(f: Finding): PropertyDescriptorMap {
  let bits = 0;
  LAZY_FIELDS.forEach((k, i) => {
    if (k in f) bits |= 1 << i;
  });
  let d = SHAPES.get(bits);
  if (!d) {
    d = {};
    LAZY_FIELDS.forEach((k, i) => {
      if (bits & (1 << i)) d![k] = { get: GETTERS[k], enumerable: true, configurable: true };
    });
    d[SOURCE] = { value: undefined, writable: true };
    d[INDEX] = { value: 0, writable: true };
    d[SAFE] = { value: false, writable: true };
    d[TAG] = { value: 0, writable: true };
    SHAPES.set(bits, d);
  }
  return d;
}

/**
 * Made with `new`, so V8 keeps the hidden fields inside the object (an object literal would put them in a
 * separate array); its prototype is Object's, as a plain finding's.
 */
const Shell = function (this: Finding, code: string, severity: Severity, span: Span) {
  this.code = code;
  this.severity = severity;
  this.span = span;
} as unknown as new (code: string, severity: Severity, span: Span) => Finding;
Shell.prototype = Object.prototype;

function make(code: string, severity: Severity, span: Span, shape: PropertyDescriptorMap, source: FindingSource, index: number, safe: boolean, tag: number): Finding {
  const o = new Shell(code, severity, span) as Lazy;
  Object.defineProperties(o, shape);
  o[SOURCE] = source;
  o[INDEX] = index;
  o[SAFE] = safe;
  o[TAG] = tag;
  return o;
}

function isLazy(f: Finding): f is Lazy {
  return SOURCE in f;
}

/**
 * `f` (just made) as a lazy finding: `source.build(index)` gives it again whenever its other fields are read.
 * `tag`: a small number the source keeps with it (`tagOf`).
 */
export function lazyFinding(f: Finding, source: FindingSource, index: number, tag = 0): Finding {
  return make(f.code, f.severity, f.span, shapeOf(f), source, index, f.fixes.some((x) => x.safe === true), tag);
}

/** The index a lazy finding was made with. */
export function lazyIndex(f: Finding): number {
  return isLazy(f) ? f[INDEX] : 0;
}

/** The tag a lazy finding was made with. */
export function tagOf(f: Finding): number {
  return isLazy(f) ? f[TAG] : 0;
}

/** `f` with another severity (a lazy finding stays lazy). */
export function withSeverity(f: Finding, severity: Severity): Finding {
  if (!isLazy(f)) return { ...f, severity };
  return make(f.code, severity, f.span, shapeOf(f), f[SOURCE], f[INDEX], f[SAFE], f[TAG]);
}

/** A lazy finding at another place (its source builds it there). */
export function withSpan(f: Finding, span: Span): Finding {
  if (!isLazy(f)) throw new Error('withSpan: not a lazy finding');
  return make(f.code, f.severity, span, shapeOf(f), f[SOURCE], f[INDEX], f[SAFE], f[TAG]);
}

/** Whether one of `f`'s fixes is safe to apply without looking (fix-all), without building a lazy finding's fixes. */
export function hasSafeFix(f: Finding): boolean {
  return isLazy(f) ? f[SAFE] : f.fixes.some((x) => x.safe === true);
}
