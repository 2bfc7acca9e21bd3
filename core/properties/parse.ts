/**
 * A `.properties` reader that sees exactly what `java.util.Properties.load` (JDK 17, `LineReader` +
 * `load0` + `loadConvert`) sees, and remembers where every piece came from.
 *
 * Java's rules, as implemented here (each is cross-checked against a real JVM in
 * test/unit/parser/java-crosscheck.test.ts):
 * - Lines end at `\r\n`, `\r` or `\n`. Whitespace is only ' ', '\t' and '\f'.
 * - Leading whitespace of a line is skipped; a line that is only whitespace is skipped.
 * - A logical line whose first non-whitespace character is `#` or `!` is a comment, to the end of
 *   the physical line. A comment-looking line that continues a logical line is content.
 * - An odd number of trailing backslashes continues the logical line on the next physical line
 *   (the last backslash is dropped, the next line's leading whitespace is skipped); an even number
 *   is that many/2 literal backslashes. A blank continuation line ends the logical line.
 * - End-of-file quirks: a trailing odd backslash at EOF is dropped; a logical line that is only a
 *   `\` at the very end (`\`, `\` + `\n`, `\` + `\r` with nothing after) yields the entry ""="", but
 *   `\` + `\r\n` at the end yields nothing (LineReader reads one terminator char before deciding).
 *   A logical line left empty after a continuation (a `\`-only line) is skipped, and then a
 *   following `#`/`!` line IS a comment.
 * - The key ends at the first unescaped '=', ':' or whitespace. The separator is whitespace, then
 *   at most one '=' or ':', then whitespace. The rest of the logical line is the value (trailing
 *   whitespace kept).
 * - Escapes: `\t \n \r \f`, `\uXXXX` (exactly four hex digits; anything else makes Java throw
 *   `IllegalArgumentException: Malformed \uxxxx encoding.` and the whole load fails), and any other
 *   `\x` is `x`. A `\uXXXX` may straddle a continuation.
 * - Duplicate keys: all entries are listed in file order; Java keeps the last one.
 *
 * One linear pass, no regular expressions; never throws.
 */
import { computeLineStarts } from '../lineIndex';
import type { Span } from '../types';
import type { ParsedProperties, ParseProblem, PropertyComment, PropertyEntry } from './types';

const SP = 0x20;
const TAB = 0x09;
const FF = 0x0c;
const LF = 0x0a;
const CR = 0x0d;
const BS = 0x5c;
const EQ = 0x3d;
const COLON = 0x3a;
const HASH = 0x23;
const BANG = 0x21;
const LOWER_U = 0x75;

/** At most this many problems are recorded (Java stops at the first one anyway). */
const MAX_PROBLEMS = 1000;

export const MALFORMED_UNICODE_MESSAGE = 'Malformed \\uxxxx encoding.';

function isWs(c: number): boolean {
  return c === SP || c === TAB || c === FF;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/**
 * The characters of one logical line: source segments [start, end) (continuation backslash and the
 * next line's leading whitespace removed). With one segment (most lines) it reads the source text in
 * place; with more it joins them and maps indices back to source offsets. Reused across lines.
 */
class Logical {
  /** The characters, at str[off, lim). */
  str = '';
  off = 0;
  lim = 0;
  private segs: number[] = [];
  /** cum[k] = index in `str` at which segment k starts (only when joined). */
  private cum: number[] | undefined;

  /** `segs[0, count)` holds the flattened [start, end) pairs. */
  reset(text: string, segs: number[], count: number): void {
    this.segs = segs;
    if (count === 2) {
      this.str = text;
      this.off = segs[0] ?? 0;
      this.lim = segs[1] ?? 0;
      this.cum = undefined;
      return;
    }
    const parts: string[] = [];
    const cum: number[] = [];
    let acc = 0;
    for (let k = 0; k < count; k += 2) {
      const s = segs[k] ?? 0;
      const e = segs[k + 1] ?? s;
      cum.push(acc);
      parts.push(text.slice(s, e));
      acc += e - s;
    }
    this.str = parts.join('');
    this.off = 0;
    this.lim = acc;
    this.cum = cum;
  }

  /** Source offset of the character at index i of `str` (off <= i < lim). */
  src(i: number): number {
    const cum = this.cum;
    if (!cum) return i;
    let lo = 0;
    let hi = cum.length - 1;
    // The last segment starting at or before i; never an empty one, because an empty segment shares
    // its start with the next segment and i < lim.
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((cum[mid] ?? 0) <= i) lo = mid;
      else hi = mid - 1;
    }
    return (this.segs[2 * lo] ?? 0) + (i - (cum[lo] ?? 0));
  }

  /** Source offset just after the character at index i. */
  after(i: number): number {
    return this.src(i) + 1;
  }
}

/**
 * Java's `loadConvert` over `s[start, end)`; malformed `\u` escapes are recorded and kept literally
 * (`\u` then whatever follows) so the result stays readable.
 */
function loadConvert(lg: Logical, start: number, end: number, problems: ParseProblem[], entryIndex: number): string {
  const s = lg.str;
  let i = start;
  while (i < end && s.charCodeAt(i) !== BS) i++;
  if (i >= end) return s.slice(start, end);
  let out = s.slice(start, i);
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c !== BS) {
      let j = i + 1;
      while (j < end && s.charCodeAt(j) !== BS) j++;
      out += s.slice(i, j);
      i = j;
      continue;
    }
    if (i + 1 >= end) {
      // Cannot happen for input LineReader produces (an odd trailing backslash never reaches here); be tolerant.
      i++;
      continue;
    }
    const e = s.charCodeAt(i + 1);
    if (e === LOWER_U) {
      let value = 0;
      let ok = i + 2 <= end - 4;
      if (ok) {
        for (let k = i + 2; k < i + 6; k++) {
          const h = hexValue(s.charCodeAt(k));
          if (h < 0) {
            ok = false;
            break;
          }
          value = (value << 4) + h;
        }
      }
      if (ok) {
        out += String.fromCharCode(value);
        i += 6;
      } else {
        if (problems.length < MAX_PROBLEMS) {
          const last = Math.min(i + 6, end) - 1;
          problems.push({
            code: 'malformed-unicode-escape',
            message: `${MALFORMED_UNICODE_MESSAGE} Java's Properties.load throws IllegalArgumentException here, so the whole file fails to load: \\u must be followed by exactly four hex digits (0-9, a-f, A-F).`,
            span: { start: lg.src(i), end: lg.after(last) },
            entryIndex,
          });
        }
        out += '\\u';
        i += 2;
      }
      continue;
    }
    switch (e) {
      case 0x74: out += '\t'; break; // t
      case 0x72: out += '\r'; break; // r
      case 0x6e: out += '\n'; break; // n
      case 0x66: out += '\f'; break; // f
      default: out += s[i + 1] ?? '';
    }
    i += 2;
  }
  return out;
}

/** Reads `text` the way `Properties.load(Reader)` does. Never throws. */
export function parseProperties(text: string): ParsedProperties {
  if (typeof text !== 'string') text = text == null ? '' : String(text);
  const n = text.length;
  const lineStarts = computeLineStarts(text);
  const entries: PropertyEntry[] = [];
  const comments: PropertyComment[] = [];
  const problems: ParseProblem[] = [];
  const orphanContinuations: Span[] = [];

  let bom: ParsedProperties['bom'] = null;
  if (n > 0 && text.charCodeAt(0) === 0xfeff) bom = 'U+FEFF';
  else if (n >= 3 && text.charCodeAt(0) === 0xef && text.charCodeAt(1) === 0xbb && text.charCodeAt(2) === 0xbf) bom = 'latin1-utf8';

  // The logical line being read.
  let active = false;
  const segs: number[] = [];
  let nsegs = 0;
  const lg = new Logical();
  let logicalLen = 0;
  let firstLine = 0;
  let lastLine = 0;
  let spanStart = 0;
  let spanEnd = 0;

  const finish = (forced: boolean): void => {
    active = false;
    if (logicalLen === 0 && !forced) {
      orphanContinuations.push({ start: spanStart, end: spanEnd });
      return;
    }
    lg.reset(text, segs, nsegs);
    const s = lg.str;
    const base = lg.off;
    const limit = lg.lim;
    // load0: find the end of the key.
    let keyStop = base;
    let valueStart = limit;
    let hasSep = false;
    let sepChar: '=' | ':' | null = null;
    let preceding = false;
    while (keyStop < limit) {
      const c = s.charCodeAt(keyStop);
      if ((c === EQ || c === COLON) && !preceding) {
        valueStart = keyStop + 1;
        hasSep = true;
        sepChar = c === EQ ? '=' : ':';
        break;
      } else if (isWs(c) && !preceding) {
        valueStart = keyStop + 1;
        break;
      }
      preceding = c === BS ? !preceding : false;
      keyStop++;
    }
    while (valueStart < limit) {
      const c = s.charCodeAt(valueStart);
      if (!isWs(c)) {
        if (!hasSep && (c === EQ || c === COLON)) {
          hasSep = true;
          sepChar = c === EQ ? '=' : ':';
        } else break;
      }
      valueStart++;
    }
    const key = loadConvert(lg, base, keyStop, problems, entries.length);
    const value = loadConvert(lg, valueStart, limit, problems, entries.length);
    const keyEnd = keyStop > base ? lg.after(keyStop - 1) : spanStart;
    const sepEnd = valueStart < limit ? lg.src(valueStart) : valueStart > keyStop ? lg.after(valueStart - 1) : keyEnd;
    entries.push({
      key,
      value,
      keySpan: { start: spanStart, end: keyEnd },
      separatorSpan: { start: keyEnd, end: sepEnd },
      valueSpan: { start: sepEnd, end: spanEnd },
      span: { start: spanStart, end: spanEnd },
      line: firstLine,
      lineCount: lastLine - firstLine + 1,
      separatorChar: sepChar,
    });
  };

  const lineCount = lineStarts.length;
  for (let li = 0; li < lineCount; li++) {
    const ls = lineStarts[li] ?? 0;
    const next = li + 1 < lineCount ? (lineStarts[li + 1] ?? n) : n;
    let le = next;
    if (le > ls && text.charCodeAt(le - 1) === LF) le--;
    if (le > ls && text.charCodeAt(le - 1) === CR) le--;
    const termLen = next - le;

    let p = ls;
    while (p < le && isWs(text.charCodeAt(p))) p++;

    if (!active) {
      if (p === le) continue; // blank or whitespace-only line
      const c = text.charCodeAt(p);
      if (c === HASH || c === BANG) {
        comments.push({ span: { start: p, end: le }, marker: c === HASH ? '#' : '!', text: text.slice(p + 1, le), line: li });
        continue;
      }
      active = true;
      nsegs = 0;
      logicalLen = 0;
      firstLine = li;
      spanStart = p;
    } else {
      // A continuation line.
      if (p === le) {
        finish(false); // a blank continuation line ends the logical line
        continue;
      }
      if (logicalLen === 0) {
        const c = text.charCodeAt(p);
        if (c === HASH || c === BANG) {
          // LineReader checks for a comment whenever the logical line is still empty.
          active = false;
          orphanContinuations.push({ start: spanStart, end: spanEnd });
          comments.push({ span: { start: p, end: le }, marker: c === HASH ? '#' : '!', text: text.slice(p + 1, le), line: li });
          continue;
        }
      }
    }

    let q = le;
    while (q > p && text.charCodeAt(q - 1) === BS) q--;
    const odd = ((le - q) & 1) === 1;
    lastLine = li;
    spanEnd = le;
    if (!odd) {
      segs[nsegs++] = p;
      segs[nsegs++] = le;
      logicalLen += le - p;
      finish(false);
      continue;
    }
    segs[nsegs++] = p;
    segs[nsegs++] = le - 1;
    logicalLen += le - 1 - p;
    // LineReader reads one terminator character, then looks for more input: when there is none the
    // line ends here (trailing backslash dropped), even if nothing is left of it.
    if (termLen === 0 || (termLen === 1 && next === n)) finish(true);
  }
  if (active) finish(false);

  return { text, entries, comments, problems, lineStarts, hasBom: bom !== null, bom, orphanContinuations };
}

/**
 * What `Properties.load(InputStream)` reads from bytes: each byte is one char (ISO-8859-1), so a
 * UTF-8 `é` (C3 A9) becomes `Ã©`. (Not TextDecoder('latin1'), which is windows-1252.)
 */
export function decodeLatin1(bytes: Uint8Array): string {
  const CHUNK = 0x2000;
  let out = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, Math.min(i + CHUNK, bytes.length))));
  }
  return out;
}

function hex4(c: number): string {
  return '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * Source text that `Properties.load` reads back as `s`, as a key or as a value written right after
 * a separator. ASCII-only output: non-ASCII and control characters become `\uXXXX` (what Kafka reads
 * correctly whatever the file's encoding). Keys escape separators, whitespace and a leading `#`/`!`;
 * values escape leading whitespace and a leading `=`/`:` (so any separator style keeps them).
 */
export function escapeForProperties(s: string, kind: 'key' | 'value'): string {
  if (typeof s !== 'string') s = s == null ? '' : String(s);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    switch (c) {
      case BS: out += '\\\\'; continue;
      case TAB: out += '\\t'; continue;
      case LF: out += '\\n'; continue;
      case CR: out += '\\r'; continue;
      case FF: out += '\\f'; continue;
      default:
    }
    if (c < 0x20 || c > 0x7e) {
      out += hex4(c);
      continue;
    }
    if (kind === 'key') {
      if (c === SP || c === EQ || c === COLON || (i === 0 && (c === HASH || c === BANG))) out += '\\';
    } else if (i === 0 && (c === SP || c === EQ || c === COLON)) {
      out += '\\';
    }
    out += s[i];
  }
  return out;
}

/** The physical lines of an entry: [start, end) of each line's content (terminator excluded). */
export function entryPhysicalLines(parsed: Pick<ParsedProperties, 'text' | 'lineStarts'>, entry: Pick<PropertyEntry, 'line' | 'lineCount'>): Span[] {
  const out: Span[] = [];
  for (let li = entry.line; li < entry.line + entry.lineCount; li++) out.push(physicalLineSpan(parsed, li));
  return out;
}

/** [start, end) of physical line `line`'s content, terminator excluded. */
export function physicalLineSpan(parsed: Pick<ParsedProperties, 'text' | 'lineStarts'>, line: number): Span {
  const { text, lineStarts } = parsed;
  const start = lineStarts[line] ?? text.length;
  let end = line + 1 < lineStarts.length ? (lineStarts[line + 1] ?? text.length) : text.length;
  if (end > start && text.charCodeAt(end - 1) === LF) end--;
  if (end > start && text.charCodeAt(end - 1) === CR) end--;
  return { start, end };
}

/**
 * Entries reduced the way `Properties` (a Hashtable) does: the last occurrence of a key wins.
 * A Map, so `__proto__` or `constructor` are ordinary keys.
 */
export function lastWins(parsed: Pick<ParsedProperties, 'entries'>): Map<string, { value: string; entryIndex: number }> {
  const m = new Map<string, { value: string; entryIndex: number }>();
  parsed.entries.forEach((e, i) => m.set(e.key, { value: e.value, entryIndex: i }));
  return m;
}
