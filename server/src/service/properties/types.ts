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
  /** Raw source of the key (escapes intact), from its first character to the end of the key. */
  keySpan: Span;
  /** Separator including surrounding whitespace (`" = "`, `":"`, `"  "`); empty span when the key has no value. */
  separatorSpan: Span;
  /** Raw source of the value (escapes and continuations intact); may be empty. */
  valueSpan: Span;
  /** Whole logical line: from first key char to end of value, excluding the line terminator. */
  span: Span;
  /** 0-based index of the physical line the entry starts on. */
  line: number;
  /** Number of physical lines the logical line spans (1 when there is no continuation). */
  lineCount: number;
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
}

export interface ParsedProperties {
  text: string;
  entries: PropertyEntry[];
  comments: PropertyComment[];
  problems: ParseProblem[];
  /** Offsets at which each physical line starts (line 0 starts at 0, or after a BOM at 1). */
  lineStarts: number[];
  /** True when the text begins with U+FEFF. Java does NOT skip a BOM: it becomes part of the first key. */
  hasBom: boolean;
}
