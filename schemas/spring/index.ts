// Spring Boot Kafka facts: Boot lines, the Kafka version each Boot release manages, Boot's typed
// `spring.kafka.*` properties, the producer config merge steps and the behaviours the Spring model
// relies on. Pure data and functions (no fs, no zod at run time), like schemas/catalog.
import type { Behaviour, BootLine, BootRange, ManagedRelease, MergeStep, TypedProperty } from './model';
import { BOOT_LINE_LIST } from './versions';
import { MANAGED_RELEASES, managedRelease } from './managed';
import { TYPED_PROPERTIES, ERROR_DEPRECATED_SSL_NAMES } from './properties';
import { PRODUCER_MERGE_STEPS } from './merge';
import { BEHAVIOURS } from './behaviours';

export type { Behaviour, BootLine, BootRange, ManagedRelease, MergeStep, TypedProperty };
export { MANAGED_RELEASES, managedRelease, TYPED_PROPERTIES, PRODUCER_MERGE_STEPS, BEHAVIOURS, ERROR_DEPRECATED_SSL_NAMES };

export const BOOT_LINES: readonly BootLine[] = BOOT_LINE_LIST;
/** The newest GA Boot line covered: the default when nothing says which Boot a file runs on. */
export const LATEST_BOOT_LINE: BootLine = BOOT_LINES[BOOT_LINES.length - 1]!;

/** The Boot release a file is checked against. */
export interface BootTarget {
  line: BootLine;
  /** `3.3.7`; when only the line was given, the newest release of that line in MANAGED_RELEASES */
  release: string;
  /** true when the user named the release (patch) */
  exact: boolean;
}

export type BootResolution =
  | { ok: true; target: BootTarget }
  | { ok: false; input: string; reason: 'syntax' | 'not-covered'; nearest?: BootLine };

interface ParsedRelease {
  major: number;
  minor: number;
  patch: number;
  /** -1 for GA; milestone/RC order otherwise (M1 = 1, ..., RC1 = 100, ...) */
  pre: number;
}

function parseRelease(v: string): ParsedRelease | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:-(M|RC)(\d+))?$/.exec(v);
  if (!m) return undefined;
  const pre = m[4] === undefined ? -1 : (m[4] === 'RC' ? 100 : 0) + Number(m[5]);
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), pre };
}

/** Release order: negative when a < b. Milestones and RCs sort before their GA. Unparsable = undefined. */
export function compareBootReleases(a: string, b: string): number | undefined {
  const x = parseRelease(a);
  const y = parseRelease(b);
  if (!x || !y) return undefined;
  return x.major - y.major || x.minor - y.minor || x.patch - y.patch || (x.pre === -1 ? 1e6 : x.pre) - (y.pre === -1 ? 1e6 : y.pre);
}

const lineOf = (release: string): string => release.split('.').slice(0, 2).join('.');
const lineIndex = (line: string): number => BOOT_LINE_LIST.indexOf(line as BootLine);
function compareLines(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

/**
 * Whether `release` falls in `range`. A `since` entry holds from that release within its own line and in
 * every later line; the first entry also bounds earlier lines (before it = no). `until` reads the same way.
 */
export function inBootRange(release: string, range: BootRange): boolean {
  return startedBy(release, range.since) && !(range.until && startedBy(release, range.until));
}

function startedBy(release: string, list: readonly string[]): boolean {
  const line = lineOf(release);
  let lastLine: string | undefined;
  for (const s of list) {
    const sLine = lineOf(s);
    if (sLine === line) return (compareBootReleases(release, s) ?? -1) >= 0;
    if (lastLine === undefined || compareLines(sLine, lastLine) > 0) lastLine = sLine;
  }
  return lastLine !== undefined && compareLines(line, lastLine) > 0;
}

/** Whether behaviour `id` (schemas/spring/behaviours.ts) holds for `target`. Unknown ids throw (a programming error). */
export function behaves(id: string, target: Pick<BootTarget, 'release'>): boolean {
  const b = BEHAVIOUR_BY_ID.get(id);
  if (!b) throw new Error(`unknown Spring behaviour ${id}`);
  return inBootRange(target.release, b.versions);
}

const BEHAVIOUR_BY_ID = new Map(BEHAVIOURS.map((b) => [b.id, b]));
export function behaviour(id: string): Behaviour | undefined {
  return BEHAVIOUR_BY_ID.get(id);
}

/** The newest GA release of each covered line. */
const NEWEST_OF_LINE = new Map<string, ManagedRelease>();
for (const r of MANAGED_RELEASES) {
  if (r.prerelease) continue;
  const l = lineOf(r.boot);
  const cur = NEWEST_OF_LINE.get(l);
  if (!cur || (compareBootReleases(r.boot, cur.boot) ?? 0) > 0) NEWEST_OF_LINE.set(l, r);
}

/** The newest GA release of a Boot line (`3.3` → 3.3.13), from the managed-versions table. */
export function newestReleaseOfLine(line: string): ManagedRelease | undefined {
  return NEWEST_OF_LINE.get(line);
}

/**
 * The Kafka client version a Boot target manages: the exact release's when it is in the table, else the
 * newest release of its line. `kafka` is the full version (`3.7.2`), `minor` the catalog's `major.minor`.
 */
export function managedKafka(target: Pick<BootTarget, 'line' | 'release'>): { kafka: string; minor: string; from: ManagedRelease } | undefined {
  const r = managedRelease(target.release) ?? newestReleaseOfLine(target.line);
  if (!r || r.kafka === null) return undefined;
  return { kafka: r.kafka, minor: r.kafka.split('.').slice(0, 2).join('.'), from: r };
}

/**
 * Reads a Boot version as a user writes it: `3.3`, `3.3.7`, `3.3.x`, `v3.3.7`, `2.7.18.RELEASE`,
 * `3.3.0-RC1`. Lines outside BOOT_LINES are `not-covered` with the nearest covered line.
 */
export function resolveBootVersion(input: string): BootResolution {
  const s = String(input ?? '').trim().replace(/^v/i, '').replace(/\.RELEASE$/i, '');
  const m = /^(\d+)\.(\d+)(?:\.(\d+|x|\*|\+)(-(?:M|RC)\d+)?)?$/i.exec(s);
  if (!m) return { ok: false, input, reason: 'syntax' };
  const line = `${Number(m[1])}.${Number(m[2])}`;
  const idx = lineIndex(line);
  if (idx < 0) {
    const newer = compareLines(line, LATEST_BOOT_LINE) > 0;
    return { ok: false, input, reason: 'not-covered', nearest: newer ? LATEST_BOOT_LINE : BOOT_LINES[0] };
  }
  const bootLine = BOOT_LINES[idx]!;
  if (m[3] === undefined || !/^\d+$/.test(m[3])) {
    return { ok: true, target: { line: bootLine, release: newestReleaseOfLine(bootLine)!.boot, exact: false } };
  }
  return { ok: true, target: { line: bootLine, release: `${line}.${Number(m[3])}${m[4] ? m[4].toUpperCase() : ''}`, exact: true } };
}

/** The default Boot target: the newest covered line at its newest release. */
export function defaultBootTarget(): BootTarget {
  return { line: LATEST_BOOT_LINE, release: newestReleaseOfLine(LATEST_BOOT_LINE)!.boot, exact: false };
}

const TYPED_BY_NAME = new Map(TYPED_PROPERTIES.map((p) => [p.name, p]));
/** A typed property by canonical name, when `target` has it. */
export function typedProperty(name: string, target?: Pick<BootTarget, 'release'>): TypedProperty | undefined {
  const p = TYPED_BY_NAME.get(name);
  if (!p || (target && !inBootRange(target.release, p.versions))) return undefined;
  return p;
}

/** The typed properties `target` has. */
export function typedProperties(target?: Pick<BootTarget, 'release'>): TypedProperty[] {
  return TYPED_PROPERTIES.filter((p) => !target || inBootRange(target.release, p.versions));
}

/** The merge steps in force for `target`, in order. */
export function mergeSteps(target: Pick<BootTarget, 'release'>): MergeStep[] {
  return PRODUCER_MERGE_STEPS.filter((s) => inBootRange(target.release, s.versions)).sort((a, b) => a.order - b.order);
}
