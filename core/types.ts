// Plain data every part shares. Offsets are UTF-16 code unit offsets into the document text (what
// JavaScript strings index); only the LSP layer and the CLI turn them into lines and characters.

/** Half-open [start, end) range of UTF-16 code unit offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

/** 0-based line and UTF-16 character, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** One text replacement: replace `span` of the current text with `newText`. */
export interface TextEdit {
  span: Span;
  newText: string;
}
