import type { Span } from '../types';

/**
 * The result of reading a file the way `java.util.Properties.load(Reader)` does,
 * with exact source spans for every piece so features can edit precisely.
 */
export interface PropertyEntry {
  /** Key after Java's unescaping (what Kafka sees). */
  key: string;
  /** Value after Java's unescaping, continuation joining and leading-whitespace stripping. */
  value: string;
  /**
   * Raw source of the key (escapes intact), from the entry's first character to just after the last
   * key character. keySpan, separatorSpan and valueSpan are contiguous and together make up `span`.
   */
  keySpan: Span;
  /**
   * Separator with the whitespace around it (`" = "`, `":"`, `"  "`; may span a continuation);
   * empty when nothing follows the key on its logical line.
   */
  separatorSpan: Span;
  /**
   * Raw source of the value (escapes and continuations intact), from its first character to the end
   * of the entry's last physical line; empty when the value is empty, except that a dangling
   * continuation backslash (before end of file or a blank line) is included.
   */
  valueSpan: Span;
  /**
   * Whole logical line: from its first non-whitespace character (the key's, or a continuation
   * backslash that starts it) to the end of its last non-blank physical line, terminator excluded.
   */
  span: Span;
  /** 0-based index of the physical line the entry starts on. */
  line: number;
  /** Number of physical lines the logical line spans (1 when there is no continuation). */
  lineCount: number;
  /** The `=` or `:` of the separator; null when the separator is whitespace only or nothing follows the key. */
  separatorChar: '=' | ':' | null;
}

export interface PropertyComment {
  /** From the `#`/`!` marker to the end of the line (terminator excluded). */
  span: Span;
  marker: '#' | '!';
  /** Comment text after the marker, untrimmed. */
  text: string;
  line: number;
}

export interface ParseProblem {
  /** e.g. `malformed-unicode-escape` (Java throws IllegalArgumentException: Malformed \uxxxx encoding). */
  code: string;
  message: string;
  span: Span;
  /** Index into `entries` of the entry the problem is in. */
  entryIndex?: number;
}

export interface ParsedProperties {
  text: string;
  entries: PropertyEntry[];
  comments: PropertyComment[];
  problems: ParseProblem[];
  /** Offsets at which each physical line starts (`\r\n`, `\r`, `\n` end lines); line 0 starts at 0, even after a BOM. */
  lineStarts: number[];
  /**
   * True when the text begins with a byte order mark: U+FEFF (text decoded as Unicode), or `ï»¿`
   * (a UTF-8 BOM decoded as ISO-8859-1, which is what `Properties.load(InputStream)` reads).
   * Java skips neither (checked on a JDK 17 JVM): the BOM characters become the start of the first
   * key (`ï»¿acks` instead of `acks`), and a first line `#...` after a BOM is not a comment but a key.
   * The parser does the same; the BOM is inside the first entry's keySpan.
   */
  hasBom: boolean;
  /** Which BOM `hasBom` saw: 'U+FEFF' (1 char) or 'latin1-utf8' (the 3 chars `ï»¿`). */
  bom: 'U+FEFF' | 'latin1-utf8' | null;
  /**
   * Source that Java reads but that yields neither entry nor comment: a line holding only a
   * continuation backslash whose logical line then ends empty (followed by a blank line, a comment
   * or the end of the file). Listed so the spans still account for every non-whitespace character.
   */
  orphanContinuations: Span[];
}
