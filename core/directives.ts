// The `# kpc:` comment grammar, read in one place: the analysis (target, allowed keys, suppressions),
// hover, completion, the "ignore" quick fixes and the preview's local fallback all ask parseDirective.
//
//   # kpc: kafka-version=3.6.1        check against this version (also kafka_version, kafka.version, `:`)
//   # kpc: client=console-producer    the file is passed to kafka-console-producer --producer.config
//   # kpc: allow my.key other.*       keys not to report as unknown
//   # kpc-disable-next-line CODE,…    silence codes (all without any) on the next line
//   # kpc-disable CODE,…              silence codes (all without any) in the whole file
//   # kpc: spring-boot=3.3            Spring Boot files: check against this Boot release (also spring-boot-version)
//   # kpc: spring-profiles=prod,eu    Spring Boot files: the active profiles
import type { ParsedProperties, PropertyComment } from './properties/types';

export type Directive =
  /** `valueOffset`: where the value starts in the comment text (the text after `#`). */
  | { kind: 'kafka-version' | 'client' | 'spring-boot'; value: string; valueOffset: number }
  /** Spring Boot files: the active profiles; `valueOffset` where the list starts. */
  | { kind: 'spring-profiles'; profiles: string[]; valueOffset: number }
  | { kind: 'allow'; keys: string[] }
  /** `argsOffset`: where the codes start in the comment text; undefined when nothing follows the keyword. */
  | { kind: 'disable-next-line' | 'disable'; codes: string[]; argsOffset?: number }
  /** Starts like a directive (`kpc:`, `kpc-…`, `kpc …`) but is none of the above. */
  | { kind: 'unknown' };

const LIST = /[\s,]+/;
const words = (s: string | undefined): string[] => (s ?? '').split(LIST).filter(Boolean);

/**
 * What a comment's text (after the `#` or `!`) says to kpc; undefined when it is not addressed to kpc.
 * Also reads a directive still being typed (the text up to the cursor): trailing blanks are kept.
 */
export function parseDirective(text: string): Directive | undefined {
  const lead = text.length - text.trimStart().length;
  const t = text.slice(lead);
  if (!t.startsWith('kpc')) return undefined;
  let m: RegExpExecArray | null;
  if ((m = /^kpc-disable-next-line(?:\s+(.*?))?\s*$/d.exec(t))) return { kind: 'disable-next-line', codes: words(m[1]), ...(m[1] !== undefined ? { argsOffset: lead + m.indices![1]![0] } : {}) };
  if ((m = /^kpc-disable(?:\s+(.*?))?\s*$/d.exec(t))) return { kind: 'disable', codes: words(m[1]), ...(m[1] !== undefined ? { argsOffset: lead + m.indices![1]![0] } : {}) };
  if ((m = /^kpc:\s*kafka[-_.]?version\s*[=:]\s*(\S*)\s*$/di.exec(t))) return { kind: 'kafka-version', value: m[1]!, valueOffset: lead + m.indices![1]![0] };
  if ((m = /^kpc:\s*client\s*[=:]\s*(\S*)\s*$/di.exec(t))) return { kind: 'client', value: m[1]!, valueOffset: lead + m.indices![1]![0] };
  if ((m = /^kpc:\s*spring[-_.]?boot(?:[-_.]?version)?\s*[=:]\s*(\S*)\s*$/di.exec(t))) return { kind: 'spring-boot', value: m[1]!, valueOffset: lead + m.indices![1]![0] };
  if ((m = /^kpc:\s*spring[-_.]?profiles?\s*[=:]\s*(.*?)\s*$/di.exec(t))) return { kind: 'spring-profiles', profiles: words(m[1]), valueOffset: lead + m.indices![1]![0] };
  if ((m = /^kpc:\s*allow\s+(.+)$/i.exec(t))) return { kind: 'allow', keys: words(m[1]) };
  if (/^kpc[:\s-]/.test(t)) return { kind: 'unknown' };
  return undefined;
}

/** A `kafka-version` or `client` directive of the file, with where its value is (offsets into the text). */
export interface ValueDirective {
  value: string;
  comment: PropertyComment;
  valueSpan: { start: number; end: number };
}

export interface Directives {
  /** The last `kpc: kafka-version=` comment (the one that counts). */
  version?: ValueDirective;
  /** The last `kpc: client=` comment. */
  client?: ValueDirective;
  /** The last `kpc: spring-boot=` comment (Spring Boot files). */
  springBoot?: ValueDirective;
  /** The last `kpc: spring-profiles=` comment (Spring Boot files). */
  springProfiles?: { profiles: string[]; comment: PropertyComment };
  /** Keys from `kpc: allow` comments. */
  allow: string[];
  /** Physical line → codes silenced on it (null = every code). */
  nextLine: Map<number, Set<string> | null>;
  /** Codes silenced in the whole file (null = every code; undefined = none). */
  file: Set<string> | null | undefined;
  /** Comments that look like directives but are none. */
  bad: PropertyComment[];
}

/** Every directive of a parsed file. `mayHaveDirectives: false` (the text has no `kpc` at all) skips the look at every comment. */
export function readDirectives(parsed: Pick<ParsedProperties, 'comments'>, mayHaveDirectives = true): Directives {
  const d: Directives = { allow: [], nextLine: new Map(), file: undefined, bad: [] };
  if (!mayHaveDirectives) return d;
  for (const c of parsed.comments) {
    if (!c.text.includes('kpc')) continue;
    const dir = parseDirective(c.text);
    if (!dir) continue;
    switch (dir.kind) {
      case 'disable-next-line': {
        const prev = d.nextLine.get(c.line + 1);
        d.nextLine.set(c.line + 1, dir.codes.length === 0 || prev === null ? null : new Set([...(prev ?? []), ...dir.codes]));
        break;
      }
      case 'disable':
        d.file = dir.codes.length === 0 || d.file === null ? null : new Set([...(d.file ?? []), ...dir.codes]);
        break;
      case 'kafka-version':
      case 'client':
      case 'spring-boot': {
        const start = c.span.start + 1 + dir.valueOffset;
        const found: ValueDirective = { value: dir.value, comment: c, valueSpan: { start, end: start + dir.value.length } };
        if (dir.kind === 'client') d.client = found;
        else if (dir.kind === 'spring-boot') d.springBoot = found;
        else d.version = found;
        break;
      }
      case 'spring-profiles':
        d.springProfiles = { profiles: dir.profiles, comment: c };
        break;
      case 'allow':
        d.allow.push(...dir.keys);
        break;
      default:
        d.bad.push(c);
    }
  }
  return d;
}
